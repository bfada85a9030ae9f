import { spawn, type ChildProcess } from 'node:child_process';
import { once } from 'node:events';
import { existsSync } from 'node:fs';
import { createConnection } from 'node:net';
import { unusedPort } from '../../scripts/processes.mjs';
import { stopWithParent } from './processes.ts';

/**
 * A real Redis server (Debian's `redis-server`) on 127.0.0.1 for the shared-limits tests: started
 * and stopped by the test, on a port of its own, keeping nothing on disk. `stop()` and `start()`
 * again on the same port stand for an outage and a recovery.
 */
export interface RunningRedis {
	url: string;
	port: number;
	start(): Promise<void>;
	stop(): Promise<void>;
	readonly running: boolean;
}

/** Where Debian puts it; tests that need it say how to get it when it is missing. */
export const redisServerPath = ['/usr/bin/redis-server', '/usr/local/bin/redis-server'].find((path) => existsSync(path));

async function listening(port: number): Promise<boolean> {
	return new Promise((resolve) => {
		const socket = createConnection({ port, host: '127.0.0.1' }, () => {
			socket.end();
			resolve(true);
		});
		socket.on('error', () => resolve(false));
	});
}

export async function startRedis(): Promise<RunningRedis> {
	if (!redisServerPath) throw new Error('redis-server is not installed: run `apt-get install -y redis-server` (as root), as .ci/run does.');
	const port = await unusedPort();
	let child: ChildProcess | undefined;
	const redis: RunningRedis = {
		url: `redis://127.0.0.1:${port}`,
		port,
		async start() {
			child = spawn(
				redisServerPath!,
				['--port', String(port), '--bind', '127.0.0.1', '--save', '', '--appendonly', 'no', '--enable-debug-command', 'yes'],
				{
					stdio: 'ignore',
				},
			);
			stopWithParent(child);
			const deadline = Date.now() + 10_000;
			while (!(await listening(port))) {
				if (child.exitCode !== null) throw new Error(`redis-server exited with ${child.exitCode}`);
				if (Date.now() > deadline) throw new Error('redis-server did not start within 10 s');
				await new Promise((resolve) => setTimeout(resolve, 50));
			}
		},
		get running() {
			return child !== undefined && child.exitCode === null && child.signalCode === null;
		},
		async stop() {
			if (!child || child.exitCode !== null || child.signalCode !== null) return;
			child.kill('SIGKILL');
			await once(child, 'exit');
		},
	};
	await redis.start();
	return redis;
}
