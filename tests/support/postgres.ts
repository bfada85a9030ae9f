import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { once } from 'node:events';
import { chownSync, existsSync, mkdtempSync, readdirSync, readFileSync, realpathSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { delimiter, dirname, join } from 'node:path';
import pg from 'pg';
import { unusedPort } from '../../scripts/processes.mjs';
import { stopWithParent } from './processes.ts';

/**
 * A real PostgreSQL server (Debian's `postgresql` package) on 127.0.0.1 for the insights tests: a
 * cluster of its own in a temporary folder, on a port of its own, trusting every local connection.
 * `stop()` and `start()` again stand for an outage and a recovery, `pause()` and `resume()` for a
 * server that stops answering; `remove()` stops it and deletes the folder.
 */
export interface RunningPostgres {
	/** The `postgres` database, as its superuser. */
	url: string;
	port: number;
	start(): Promise<void>;
	stop(): Promise<void>;
	/** Freezes the server and every process it forked: connections stay open, nothing answers. */
	pause(): void;
	resume(): void;
	readonly running: boolean;
	/** Creates an empty database and answers its URL, so each test can start from nothing. */
	createDatabase(name: string): Promise<string>;
	remove(): Promise<void>;
}

/** The newest PostgreSQL's programs: Debian keeps each version under /usr/lib/postgresql/<version>/bin. */
function findPostgresBin(): string | undefined {
	const root = '/usr/lib/postgresql';
	if (existsSync(root)) {
		const newest = readdirSync(root)
			.filter((version) => existsSync(join(root, version, 'bin', 'initdb')))
			.sort((a, b) => Number.parseFloat(b) - Number.parseFloat(a))[0];
		if (newest) return join(root, newest, 'bin');
	}
	for (const folder of (process.env['PATH'] ?? '').split(delimiter)) {
		const initdb = join(folder, 'initdb');
		if (folder && existsSync(initdb) && existsSync(join(dirname(realpathSync(initdb)), 'postgres'))) return dirname(realpathSync(initdb));
	}
	return undefined;
}

export const postgresBinPath = findPostgresBin();

/**
 * Signals a backend that may have ended since the list of them was read (a backend exits when its
 * connection closes): one that is gone needs no signal.
 */
function signalIfAlive(pid: number, signal: NodeJS.Signals): void {
	try {
		process.kill(pid, signal);
	} catch (error) {
		if ((error as NodeJS.ErrnoException).code !== 'ESRCH') throw error;
	}
}

/**
 * initdb and postgres refuse to run as root: as root, they run as the `postgres` user the package
 * creates. setpriv execs the program itself (no process in between), so signals reach it directly.
 */
function asPostgresUser(program: string, args: string[]): [string, string[]] {
	if (process.getuid?.() !== 0) return [program, args];
	return ['setpriv', ['--reuid=postgres', '--regid=postgres', '--init-groups', '--', program, ...args]];
}

async function answers(url: string): Promise<boolean> {
	const client = new pg.Client({ connectionString: url, connectionTimeoutMillis: 1000 });
	client.on('error', () => {});
	try {
		await client.connect();
		await client.query('SELECT 1');
		return true;
	} catch {
		return false;
	} finally {
		await client.end().catch(() => {});
	}
}

export async function startPostgres(): Promise<RunningPostgres> {
	if (!postgresBinPath) throw new Error('PostgreSQL is not installed: run `apt-get install -y postgresql` (as root), as .ci/run does.');
	const bin = postgresBinPath;
	const folder = mkdtempSync(join(tmpdir(), 'insights-pg-'));
	if (process.getuid?.() === 0) chownSync(folder, uidOf('postgres'), gidOf('postgres'));
	const dataDir = join(folder, 'data');
	const [initdb, initdbArgs] = asPostgresUser(join(bin, 'initdb'), [
		'--pgdata',
		dataDir,
		'--username',
		'postgres',
		'--auth',
		'trust',
		'--encoding',
		'UTF8',
		'--locale',
		'C',
		'--no-sync',
	]);
	const init = spawnSync(initdb, initdbArgs, { cwd: folder, encoding: 'utf8' });
	if (init.status !== 0) {
		rmSync(folder, { recursive: true, force: true });
		throw new Error(`initdb failed (${init.status}):\n${init.stdout}\n${init.stderr}`);
	}

	const port = await unusedPort();
	const url = `postgres://postgres@127.0.0.1:${port}/postgres`;
	let child: ChildProcess | undefined;
	let output = '';
	// If the test process ends without remove(), the server must not outlive it (SIGQUIT: stop now).
	const killOnExit = () => child?.kill('SIGQUIT');
	process.once('exit', killOnExit);

	const running = () => child !== undefined && child.exitCode === null && child.signalCode === null;
	const server: RunningPostgres = {
		url,
		port,
		async start() {
			const [program, args] = asPostgresUser(join(bin, 'postgres'), [
				'-D',
				dataDir,
				'-p',
				String(port),
				'-k',
				folder,
				'-c',
				'listen_addresses=127.0.0.1',
				// Test data: nothing needs to survive a power cut.
				'-c',
				'fsync=off',
				'-c',
				'full_page_writes=off',
			]);
			output = '';
			child = spawn(program, args, { cwd: folder, stdio: ['ignore', 'pipe', 'pipe'] });
			stopWithParent(child);
			child.stdout!.on('data', (chunk) => (output += chunk));
			child.stderr!.on('data', (chunk) => (output += chunk));
			const deadline = Date.now() + 15_000;
			while (!(await answers(url))) {
				if (!running()) throw new Error(`postgres exited with ${child.exitCode}:\n${output}`);
				if (Date.now() > deadline) throw new Error(`postgres did not start within 15 s:\n${output}`);
				await new Promise((resolve) => setTimeout(resolve, 50));
			}
		},
		get running() {
			return running();
		},
		async stop() {
			if (!child || !running()) return;
			const exited = once(child, 'exit');
			// A paused server would never hear the signal.
			server.resume();
			// SIGINT is PostgreSQL's fast shutdown: clients are disconnected, the data is kept.
			child.kill('SIGINT');
			await exited;
		},
		pause() {
			if (!child?.pid || !running()) return;
			// The server first, so it starts no new backend while they are being frozen.
			process.kill(child.pid, 'SIGSTOP');
			for (const pid of childrenOf(child.pid)) signalIfAlive(pid, 'SIGSTOP');
		},
		resume() {
			if (!child?.pid || !running()) return;
			for (const pid of childrenOf(child.pid)) signalIfAlive(pid, 'SIGCONT');
			process.kill(child.pid, 'SIGCONT');
		},
		async createDatabase(name) {
			if (!/^[a-z_][a-z0-9_]*$/.test(name)) throw new Error(`not a plain database name: ${name}`);
			const client = new pg.Client({ connectionString: url });
			await client.connect();
			try {
				await client.query(`CREATE DATABASE ${name}`);
			} finally {
				await client.end();
			}
			return `postgres://postgres@127.0.0.1:${port}/${name}`;
		},
		async remove() {
			await server.stop();
			process.off('exit', killOnExit);
			rmSync(folder, { recursive: true, force: true });
		},
	};
	try {
		await server.start();
	} catch (error) {
		await server.remove();
		throw error;
	}
	return server;
}

/**
 * The processes PostgreSQL forked: one per connection, and its helpers. Each runs in a session of
 * its own (PostgreSQL calls setsid()), so a signal to the server's process group misses them.
 */
function childrenOf(parent: number): number[] {
	const children: number[] = [];
	for (const entry of readdirSync('/proc')) {
		if (!/^\d+$/.test(entry)) continue;
		try {
			const status = readFileSync(`/proc/${entry}/status`, 'utf8');
			if (new RegExp(`^PPid:\\s+${parent}$`, 'm').test(status)) children.push(Number(entry));
		} catch {
			// The process ended while the list was read.
		}
	}
	return children;
}

function idOf(flag: '-u' | '-g', user: string): number {
	const result = spawnSync('id', [flag, user], { encoding: 'utf8' });
	if (result.status !== 0)
		throw new Error(`there is no ${user} user: install PostgreSQL with \`apt-get install -y postgresql\`, which creates it`);
	return Number(result.stdout.trim());
}
const uidOf = (user: string) => idOf('-u', user);
const gidOf = (user: string) => idOf('-g', user);
