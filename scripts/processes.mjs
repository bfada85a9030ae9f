// Helpers the scripts share for the servers they start on 127.0.0.1 (bench, audit, demo, screenshot).
import { spawn } from 'node:child_process';
import { createServer } from 'node:net';

/**
 * A loopback port nothing listens on right now: for programs that cannot listen on port 0 and say
 * which port they got (nginx, Redis, PostgreSQL), and for tests of an address nobody answers. Our
 * servers, Node's inspector and Chromium all listen on 0 instead.
 * @returns {Promise<number>}
 */
export function unusedPort() {
	return new Promise((resolve) => {
		const probe = createServer().listen(0, '127.0.0.1', () => {
			const { port } = probe.address();
			probe.close(() => resolve(port));
		});
	});
}

/** What a help center logs once it listens (server_listening), with its address as group 1. */
export const helpCenterListening = /"event":"server_listening","url":"([^"]+)"/;

/**
 * Starts `command` and resolves with the child, what it printed and `match` once its output
 * contains `ready` (a string, or a pattern whose match is returned: the address it listens on). Its output keeps being drained afterwards (by a listener, not `for await`: leaving that
 * loop would destroy the pipe, and a server that logs later would die of EPIPE).
 */
export function startProcess(command, args, { env = {}, cwd, ready = 'listening', showErrors = true } = {}) {
	const child = spawn(command, args, { cwd, env: { ...process.env, ...env }, stdio: ['ignore', 'pipe', showErrors ? 'inherit' : 'pipe'] });
	child.stderr?.resume();
	return new Promise((resolve, reject) => {
		let printed = '';
		let match = null;
		const find = () => (typeof ready === 'string' ? (printed.includes(ready) ? [ready] : null) : ready.exec(printed));
		child.stdout.on('data', (chunk) => {
			if (match) return;
			printed += chunk;
			match = find();
			if (match) resolve({ child, printed, match });
		});
		child.once('exit', (code) => reject(new Error(`${command} ${args.join(' ')} exited with ${code} before it was ready`)));
	});
}
