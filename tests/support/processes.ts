import type { ChildProcess } from 'node:child_process';

/**
 * Ends `child` when this process ends, however it ends: a server a test started (Redis, nginx,
 * PostgreSQL) must not outlive a test run or a bench that crashed before stopping it.
 */
export function stopWithParent(child: ChildProcess): void {
	const stop = () => child.kill('SIGKILL');
	process.once('exit', stop);
	child.once('exit', () => process.off('exit', stop));
}
