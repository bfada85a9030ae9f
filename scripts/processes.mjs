// Helpers the scripts share for the servers they start on 127.0.0.1 (bench, audit, demo, screenshot).
import { spawn } from 'node:child_process';
import { createServer } from 'node:net';

/** A port nothing listens on right now, on 127.0.0.1. */
export function freePort() {
	return new Promise((resolve) => {
		const probe = createServer().listen(0, '127.0.0.1', () => {
			const { port } = probe.address();
			probe.close(() => resolve(port));
		});
	});
}

/**
 * Starts `command` and resolves with the child and what it printed once its output contains
 * `ready`. Its output keeps being drained afterwards (by a listener, not `for await`: leaving that
 * loop would destroy the pipe, and a server that logs later would die of EPIPE).
 */
export function startProcess(command, args, { env = {}, cwd, ready = 'listening', showErrors = true } = {}) {
	const child = spawn(command, args, { cwd, env: { ...process.env, ...env }, stdio: ['ignore', 'pipe', showErrors ? 'inherit' : 'pipe'] });
	child.stderr?.resume();
	return new Promise((resolve, reject) => {
		let printed = '';
		child.stdout.on('data', (chunk) => {
			if (printed.includes(ready)) return;
			printed += chunk;
			if (printed.includes(ready)) resolve({ child, printed });
		});
		child.once('exit', (code) => reject(new Error(`${command} ${args.join(' ')} exited with ${code} before it was ready`)));
	});
}
