import type * as NodeSqlite from 'node:sqlite';
import { chmodSync, closeSync, mkdirSync, openSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import type { DatabaseSync } from 'node:sqlite';
import pg from 'pg';

/**
 * The insights database behind one small interface and one SQL dialect, so the store's queries are
 * written once: SQLite (Node's built-in `node:sqlite`) for a single instance, PostgreSQL for several
 * instances sharing their insights. Queries use `?` placeholders; PostgreSQL gets them as `$1…`.
 *
 * Both engines fail fast rather than make anyone wait: a locked SQLite file gives up after
 * `sqliteBusyTimeoutMs`, an unreachable PostgreSQL after `postgresConnectTimeoutMs`, a silent one after
 * `postgresQueryTimeoutMs`. The caller decides what a failure means (the recorder drops the record).
 */

export type Engine = 'sqlite' | 'postgres';
export type SqlValue = string | number | null;

/** What a query can do, in a transaction or not. */
export interface Queries {
	/** Runs a statement; answers how many rows it changed. */
	run(sql: string, params?: readonly SqlValue[]): Promise<number>;
	/** Runs a query; answers its rows, columns named as the query names them. */
	all<Row extends object>(sql: string, params?: readonly SqlValue[]): Promise<Row[]>;
}

export interface Database extends Queries {
	readonly engine: Engine;
	/** Runs `work` in one transaction: committed when it resolves, rolled back when it throws. */
	transaction<T>(work: (queries: Queries) => Promise<T>): Promise<T>;
	/**
	 * Whether a write could go ahead now (SQLite: the write lock, taken and given back at once; a
	 * lock held elsewhere fails it without the busy timeout's wait). Throws when it could not.
	 */
	probe(): Promise<void>;
	close(): Promise<void>;
}

/**
 * How long a write waits on a SQLite file another connection has locked. Short, because
 * `node:sqlite` waits synchronously: the whole server pauses while it does.
 */
export const sqliteBusyTimeoutMs = 200;
export const postgresConnectTimeoutMs = 1000;
export const postgresQueryTimeoutMs = 2000;

export type DatabaseLocation = { engine: 'sqlite'; path: string } | { engine: 'postgres'; connectionString: string };

/**
 * A URL as an error may show it: without the user and password. Everything up to the last `@` goes,
 * since a password written without percent-encoding may itself hold `@` or `/`.
 */
export function maskDatabaseUrl(url: string): string {
	return url.replace(/(\/\/).*@/s, '$1***@');
}

/** Reads a database URL: `sqlite:<path>` (relative to the working directory) or `postgres://…`/`postgresql://…`. */
export function parseDatabaseUrl(url: string, cwd = process.cwd()): DatabaseLocation {
	const accepted = 'sqlite:<path> (a file, such as sqlite:data/insights.db) or postgres://user:password@host:5432/database';
	if (url.startsWith('sqlite:')) {
		const path = url.slice('sqlite:'.length);
		// `sqlite://…` reads as a host to some and as a path to others: refuse it rather than guess.
		if (path === '' || path.startsWith('//')) {
			throw new Error(
				`Invalid insights database URL "${maskDatabaseUrl(url)}": a SQLite URL is sqlite:<path>, such as sqlite:data/insights.db or sqlite:/var/lib/remote-connect-docs/insights.db.`,
			);
		}
		return { engine: 'sqlite', path: resolve(cwd, path) };
	}
	if (/^postgres(ql)?:\/\//.test(url)) {
		if (!URL.canParse(url)) throw new Error(`Invalid insights database URL "${maskDatabaseUrl(url)}": expected ${accepted}.`);
		return { engine: 'postgres', connectionString: url };
	}
	throw new Error(`Unsupported insights database URL "${maskDatabaseUrl(url)}": expected ${accepted} (postgresql:// too).`);
}

/** Opens the database a URL names; SQLite's file and its folder are created when missing. */
export async function openDatabase(url: string): Promise<Database> {
	const location = parseDatabaseUrl(url);
	return location.engine === 'sqlite' ? openSqlite(location.path) : openPostgres(location.connectionString);
}

/** True for the warning Node 22 prints when `node:sqlite` is loaded (newer Node prints none). */
function isSqliteExperimentalWarning(warning: string | Error, typeOrOptions: unknown): boolean {
	const type =
		warning instanceof Error
			? warning.name
			: typeof typeOrOptions === 'string'
				? typeOrOptions
				: (typeOrOptions as { type?: unknown } | undefined)?.type;
	const message = warning instanceof Error ? warning.message : warning;
	return type === 'ExperimentalWarning' && message.startsWith('SQLite ');
}

/**
 * Runs `load` with SQLite's ExperimentalWarning held back: the server's output is one JSON line per
 * event, and that warning would be a plain-text line on stderr at every start. Every other warning
 * still goes through.
 */
export function withoutSqliteWarning<T>(load: () => T): T {
	const emitWarning = process.emitWarning;
	process.emitWarning = function (this: unknown, warning: string | Error, ...rest: unknown[]) {
		if (isSqliteExperimentalWarning(warning, rest[0])) return;
		return (emitWarning as (...args: unknown[]) => void).call(process, warning, ...rest);
	} as typeof process.emitWarning;
	try {
		return load();
	} finally {
		process.emitWarning = emitWarning;
	}
}

function openSqlite(path: string): Database {
	// Loaded only when the URL asks for SQLite; getBuiltinModule also keeps bundlers away from it.
	const sqlite = withoutSqliteWarning(() => process.getBuiltinModule('node:sqlite')) as typeof NodeSqlite | undefined;
	// Node 22.12 has node:sqlite behind a flag only: say so by a code the log can name.
	if (!sqlite)
		throw Object.assign(new Error('node:sqlite needs Node 22.13 or newer; use PostgreSQL on older versions'), {
			code: 'NODE_SQLITE_UNAVAILABLE',
		});
	const { DatabaseSync } = sqlite;
	// Readers' comments are in it: a new database, its folder, and the -wal and -shm files SQLite
	// makes beside it with the database's own permissions, are readable by this user alone.
	mkdirSync(dirname(path), { recursive: true, mode: 0o700 });
	closeSync(openSync(path, 'a', 0o600));
	// A database from before this rule keeps its old mode otherwise.
	chmodSync(path, 0o600);
	const db: DatabaseSync = new DatabaseSync(path);
	try {
		// WAL lets the dashboard read while a test is recorded; busy_timeout turns a lock into an error soon.
		db.exec(`PRAGMA busy_timeout = ${sqliteBusyTimeoutMs}`);
		db.exec('PRAGMA journal_mode = WAL');
		// In WAL mode, NORMAL syncs at checkpoints rather than at every commit: a power cut may lose the
		// last records, never corrupt the file. A record is a count, and node:sqlite is synchronous, so an
		// fsync per commit (about half a millisecond here) would stall every reader behind each test.
		db.exec('PRAGMA synchronous = NORMAL');
	} catch (error) {
		db.close();
		throw error;
	}

	// Each statement is prepared once: the store runs the same few, and preparing costs as much as an insert.
	const prepared = new Map<string, ReturnType<DatabaseSync['prepare']>>();
	const statement = (sql: string) => {
		let found = prepared.get(sql);
		if (!found) prepared.set(sql, (found = db.prepare(sql)));
		return found;
	};
	const queries: Queries = {
		async run(sql, params = []) {
			return Number(statement(sql).run(...params).changes);
		},
		async all<Row extends object>(sql: string, params: readonly SqlValue[] = []) {
			return statement(sql).all(...params) as Row[];
		},
	};

	// One connection for every caller: while a transaction awaits, other queries wait their turn
	// instead of landing inside it.
	let queue: Promise<unknown> = Promise.resolve();
	const inTurn = <T>(task: () => Promise<T>): Promise<T> => {
		const result = queue.then(task);
		queue = result.catch(() => {});
		return result;
	};

	return {
		engine: 'sqlite',
		run: (sql, params) => inTurn(() => queries.run(sql, params)),
		all: <Row extends object>(sql: string, params?: readonly SqlValue[]) => inTurn(() => queries.all<Row>(sql, params)),
		transaction: (work) =>
			inTurn(async () => {
				// IMMEDIATE takes the write lock at once, so two processes migrating cannot both read "not applied yet".
				db.exec('BEGIN IMMEDIATE');
				try {
					const result = await work(queries);
					db.exec('COMMIT');
					return result;
				} catch (error) {
					if (db.isTransaction) db.exec('ROLLBACK');
					throw error;
				}
			}),
		probe: () =>
			inTurn(async () => {
				// Run while the server is degraded, every few seconds: it must not pause the server the way a
				// write waiting on a lock would.
				db.exec('PRAGMA busy_timeout = 0');
				try {
					db.exec('BEGIN IMMEDIATE');
					db.exec('ROLLBACK');
				} finally {
					db.exec(`PRAGMA busy_timeout = ${sqliteBusyTimeoutMs}`);
				}
			}),
		close: () =>
			inTurn(async () => {
				if (db.isOpen) db.close();
			}),
	};
}

/** `?` to `$1`, `$2`…, leaving any `?` inside a quoted string or identifier alone. */
export function toPostgresPlaceholders(sql: string): string {
	let index = 0;
	return sql.replace(/'(?:[^']|'')*'|"(?:[^"]|"")*"|\?/g, (match) => (match === '?' ? `$${++index}` : match));
}

function openPostgres(connectionString: string): Database {
	const pool = new pg.Pool({
		connectionString,
		// The insights write a few small rows per test: a few connections are plenty, per instance.
		max: 4,
		connectionTimeoutMillis: postgresConnectTimeoutMs,
		// Both sides: the server cancels a slow statement, the client gives up on a silent server.
		statement_timeout: postgresQueryTimeoutMs,
		query_timeout: postgresQueryTimeoutMs,
		idleTimeoutMillis: 30_000,
	});
	// An idle connection that breaks (PostgreSQL restarted) is reported here; without a listener it
	// would crash the process. The pool drops it, and the next query connects afresh or fails then.
	pool.on('error', () => {});

	const queriesOf = (client: pg.Pool | pg.PoolClient): Queries => ({
		async run(sql, params = []) {
			return (await client.query(toPostgresPlaceholders(sql), [...params])).rowCount ?? 0;
		},
		async all<Row extends object>(sql: string, params: readonly SqlValue[] = []) {
			return (await client.query(toPostgresPlaceholders(sql), [...params])).rows as Row[];
		},
	});
	const queries = queriesOf(pool);

	return {
		engine: 'postgres',
		...queries,
		async transaction(work) {
			const client = await pool.connect();
			try {
				await client.query('BEGIN');
				const result = await work(queriesOf(client));
				await client.query('COMMIT');
				client.release();
				return result;
			} catch (error) {
				// Closing the connection rolls the transaction back without another round trip, which
				// matters when the failure is a silent server: a ROLLBACK would wait out its own timeout.
				client.release(error instanceof Error ? error : new Error('transaction failed'));
				throw error;
			}
		},
		async probe() {
			await pool.query('SELECT 1');
		},
		close: () => pool.end(),
	};
}
