import { spawn, type ChildProcess } from 'node:child_process';
import { once } from 'node:events';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { helpCenterListening } from '../../scripts/processes.mjs';

/**
 * Runs the built help center (`node server.mjs`, exactly what `npm start` runs) as a
 * child process on a loopback port the system picks, with the settings a test needs, and keeps everything it
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

/** Starts `node server.mjs` (or another copy of it) on a port the system picks, collecting everything it prints. */
function spawnServer(env: Record<string, string>, entryPoint = 'server.mjs'): { child: ChildProcess; output(): string } {
	// Each server keeps its insights in a database of its own, never the repository's data/.
	const databaseUrl = `sqlite:${join(mkdtempSync(join(tmpdir(), 'help-center-insights-')), 'insights.db')}`;
	const child = spawn(process.execPath, [entryPoint], {
		env: { ...process.env, HOST: '127.0.0.1', PORT: '0', DATABASE_URL: databaseUrl, ...env },
		stdio: ['ignore', 'pipe', 'pipe'],
	});
	let output = '';
	child.stdout!.on('data', (chunk) => (output += chunk));
	child.stderr!.on('data', (chunk) => (output += chunk));
	return { child, output: () => output };
}

/** The address the server logged once it listened (its `server_listening` event). */
async function listeningUrl(child: ChildProcess, output: () => string): Promise<string> {
	const logged = () => helpCenterListening.exec(output())?.[1];
	return new Promise((resolve, reject) => {
		const timer = setTimeout(() => finish(new Error(`The server did not start within 15 s:\n${output()}`)), 15_000);
		const onOutput = () => {
			const url = logged();
			if (url) finish(url);
		};
		const onExit = (code: number | null) => finish(new Error(`The server exited with ${code}:\n${output()}`));
		function finish(result: string | Error) {
			clearTimeout(timer);
			child.stdout!.off('data', onOutput);
			child.off('exit', onExit);
			if (typeof result === 'string') resolve(result);
			else reject(result);
		}
		child.stdout!.on('data', onOutput);
		child.once('exit', onExit);
		onOutput();
	});
}

/**
 * Starts the help center with `env`; `entryPoint` runs another copy of server.mjs (one deployed
 * with `dist/` alone, say) instead of the repository's.
 */
export async function startHelpCenter(env: Record<string, string> = {}, entryPoint?: string): Promise<RunningHelpCenter> {
	const { child, output } = spawnServer(env, entryPoint);
	const url = await listeningUrl(child, output);
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
	const { child, output } = spawnServer(env);
	const timer = setTimeout(() => child.kill('SIGKILL'), 15_000);
	const [code] = (await once(child, 'exit')) as [number | null];
	clearTimeout(timer);
	return { code, output: output() };
}
