import { spawn, type ChildProcess } from 'node:child_process';
import { once } from 'node:events';
import { mkdtempSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/**
 * Runs the built help center (`node server.mjs`, exactly what `npm start` runs) as a
 * child process on a free loopback port, with the settings a test needs, and keeps everything it
 * prints so tests can check that no token ever reaches the logs.
 */
export interface RunningHelpCenter {
	url: string;
	/** The server process's id, e.g. to read its memory use from /proc. */
	pid: number;
	/** Everything the server wrote to stdout and stderr so far. */
	output(): string;
	/** Sends SIGTERM and resolves with the exit code once the server has exited. */
	stop(): Promise<number | null>;
}

export async function freePort(): Promise<number> {
	return new Promise((resolve, reject) => {
		const probe = createServer().listen(0, '127.0.0.1', () => {
			const address = probe.address();
			probe.close(() => (typeof address === 'object' && address ? resolve(address.port) : reject(new Error('no port'))));
		});
	});
}

/** Starts `node server.mjs` (or another copy of it) on a free loopback port, collecting everything it prints. */
async function spawnServer(
	env: Record<string, string>,
	entryPoint = 'server.mjs',
): Promise<{ child: ChildProcess; port: number; output(): string }> {
	const port = await freePort();
	// Each server keeps its insights in a database of its own, never the repository's data/.
	const databaseUrl = `sqlite:${join(mkdtempSync(join(tmpdir(), 'help-center-insights-')), 'insights.db')}`;
	const child = spawn(process.execPath, [entryPoint], {
		env: { ...process.env, HOST: '127.0.0.1', PORT: String(port), DATABASE_URL: databaseUrl, ...env },
		stdio: ['ignore', 'pipe', 'pipe'],
	});
	let output = '';
	child.stdout!.on('data', (chunk) => (output += chunk));
	child.stderr!.on('data', (chunk) => (output += chunk));
	return { child, port, output: () => output };
}

/**
 * Starts the help center with `env`; `entryPoint` runs another copy of server.mjs (one deployed
 * with `dist/` alone, say) instead of the repository's.
 */
export async function startHelpCenter(env: Record<string, string> = {}, entryPoint?: string): Promise<RunningHelpCenter> {
	const { child, port, output } = await spawnServer(env, entryPoint);
	const url = `http://127.0.0.1:${port}`;
	const deadline = Date.now() + 15_000;
	for (;;) {
		if (child.exitCode !== null) throw new Error(`The server exited with ${child.exitCode}:\n${output()}`);
		try {
			if ((await fetch(`${url}/api/health`)).ok) break;
		} catch {
			// Not listening yet.
		}
		if (Date.now() > deadline) throw new Error(`The server did not start within 15 s:\n${output()}`);
		await new Promise((resolve) => setTimeout(resolve, 50));
	}
	return {
		url,
		pid: child.pid!,
		output,
		async stop() {
			if (child.exitCode !== null) return child.exitCode;
			child.kill('SIGTERM');
			const [code] = (await once(child, 'exit')) as [number | null];
			return code;
		},
	};
}

/** Runs `node server.mjs` with settings it should refuse, and returns how it exited and what it said. */
export async function startHelpCenterExpectingFailure(env: Record<string, string>): Promise<{ code: number | null; output: string }> {
	const { child, output } = await spawnServer(env);
	const timer = setTimeout(() => child.kill('SIGKILL'), 15_000);
	const [code] = (await once(child, 'exit')) as [number | null];
	clearTimeout(timer);
	return { code, output: output() };
}
