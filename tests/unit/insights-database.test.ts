import { existsSync, mkdtempSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { describe, expect, test } from 'vitest';
import {
	maskDatabaseUrl,
	openDatabase,
	parseDatabaseUrl,
	toPostgresPlaceholders,
	withoutSqliteWarning,
} from '../../src/lib/server/insights/database';

describe('parseDatabaseUrl', () => {
	test.each([
		[
			'a relative SQLite path resolves from the working directory',
			'sqlite:data/insights.db',
			{ engine: 'sqlite', path: '/srv/app/data/insights.db' },
		],
		['an absolute SQLite path is kept', 'sqlite:/var/lib/insights.db', { engine: 'sqlite', path: '/var/lib/insights.db' }],
		[
			'postgres:// is PostgreSQL',
			'postgres://app:pw@db:5432/insights',
			{ engine: 'postgres', connectionString: 'postgres://app:pw@db:5432/insights' },
		],
		['postgresql:// too', 'postgresql://db/insights', { engine: 'postgres', connectionString: 'postgresql://db/insights' }],
	])('%s', (_reason, url, expected) => {
		expect(parseDatabaseUrl(url, '/srv/app')).toEqual(expected);
	});

	test.each([
		[
			'another engine names what is accepted',
			'mysql://app:secret@db/insights',
			/Unsupported insights database URL "mysql:\/\/\*\*\*@db\/insights": expected sqlite:<path>.*postgres:\/\//,
		],
		['a bare path is not a URL', 'data/insights.db', /Unsupported insights database URL "data\/insights.db"/],
		['an empty SQLite path', 'sqlite:', /a SQLite URL is sqlite:<path>/],
		['sqlite:// is ambiguous, so refused', 'sqlite:///var/lib/insights.db', /a SQLite URL is sqlite:<path>/],
		[
			'a PostgreSQL URL that does not parse',
			'postgres://app:secret@db:port/insights',
			/Invalid insights database URL "postgres:\/\/\*\*\*@db:port\/insights"/,
		],
	])('refuses %s, clearly', (_reason, url, message) => {
		expect(() => parseDatabaseUrl(url)).toThrow(message);
	});

	test('never shows the password of a URL it refuses', () => {
		for (const url of ['mysql://app:s3cret-pw@db/insights', 'postgres://app:s3cret-pw@db:port/x', 'redis://:s3cret-pw@cache']) {
			expect(() => parseDatabaseUrl(url)).toThrow();
			try {
				parseDatabaseUrl(url);
			} catch (error) {
				expect((error as Error).message).not.toContain('s3cret-pw');
			}
		}
	});
});

test.each([
	['user and password', 'postgres://app:pw@db/insights', 'postgres://***@db/insights'],
	['user alone', 'postgres://app@db/insights', 'postgres://***@db/insights'],
	['a password with @ and / in it', 'postgres://app:p@ss/w@rd@db/insights', 'postgres://***@db/insights'],
	['nothing to hide', 'postgres://db/insights', 'postgres://db/insights'],
	['a path', 'sqlite:data/insights.db', 'sqlite:data/insights.db'],
])('maskDatabaseUrl hides %s', (_reason, url, masked) => {
	expect(maskDatabaseUrl(url)).toBe(masked);
});

test.each([
	['numbers each ? in order', 'SELECT a FROM t WHERE b = ? AND c = ?', 'SELECT a FROM t WHERE b = $1 AND c = $2'],
	['leaves a ? in a string literal', "SELECT '?' AS q, a FROM t WHERE b = ?", "SELECT '?' AS q, a FROM t WHERE b = $1"],
	['leaves a ? in a quoted name', 'SELECT "why?" FROM t WHERE b = ?', 'SELECT "why?" FROM t WHERE b = $1'],
	["reads '' as a quote inside a literal", "SELECT 'it''s ?' WHERE b = ?", "SELECT 'it''s ?' WHERE b = $1"],
	['keeps a query without parameters', 'SELECT 1', 'SELECT 1'],
])('toPostgresPlaceholders %s', (_reason, sql, expected) => {
	expect(toPostgresPlaceholders(sql)).toBe(expected);
});

test("withoutSqliteWarning holds back SQLite's ExperimentalWarning alone", () => {
	const emitWarning = process.emitWarning;
	// Stands in for Node's own, so the warnings that go through are seen here rather than printed.
	const passed: string[] = [];
	const recordWarning = (warning: string | Error, typeOrOptions?: string | { type?: string }) => {
		passed.push(`${typeof typeOrOptions === 'string' ? typeOrOptions : typeOrOptions?.type}: ${String(warning)}`);
	};
	process.emitWarning = recordWarning as typeof process.emitWarning;
	try {
		withoutSqliteWarning(() => {
			// The forms Node's emitExperimentalWarning and other code use.
			process.emitWarning('SQLite is an experimental feature and might change at any time', 'ExperimentalWarning');
			process.emitWarning('SQLite is an experimental feature and might change at any time', { type: 'ExperimentalWarning' });
			process.emitWarning('WASI is an experimental feature and might change at any time', 'ExperimentalWarning');
			process.emitWarning('SQLite said something else', 'DeprecationWarning');
		});
		// Only while the module loads: afterwards the warning goes through again.
		process.emitWarning('SQLite is an experimental feature and might change at any time', 'ExperimentalWarning');
	} finally {
		process.emitWarning = emitWarning;
	}
	expect(passed).toEqual([
		'ExperimentalWarning: WASI is an experimental feature and might change at any time',
		'DeprecationWarning: SQLite said something else',
		'ExperimentalWarning: SQLite is an experimental feature and might change at any time',
	]);
});

test("opening a SQLite file creates its folder, and the file's journal is WAL", async () => {
	const folder = mkdtempSync(join(tmpdir(), 'insights-db-'));
	try {
		const path = join(folder, 'not', 'yet', 'insights.db');
		const db = await openDatabase(`sqlite:${path}`);
		try {
			expect(existsSync(path)).toBe(true);
			expect(await db.all('PRAGMA journal_mode')).toEqual([{ journal_mode: 'wal' }]);
			// Readers' comments live here: the file, its WAL and the folder are this user's alone.
			await db.run('CREATE TABLE t (x INTEGER)');
			for (const file of [path, `${path}-wal`]) expect(statSync(file).mode & 0o777, file).toBe(0o600);
			expect(statSync(dirname(path)).mode & 0o777).toBe(0o700);
		} finally {
			await db.close();
		}
	} finally {
		rmSync(folder, { recursive: true, force: true });
	}
});

test('a SQLite file made before the rule is made the owner’s alone when opened', async () => {
	const folder = mkdtempSync(join(tmpdir(), 'insights-db-'));
	try {
		const path = join(folder, 'insights.db');
		writeFileSync(path, '', { mode: 0o644 });
		const db = await openDatabase(`sqlite:${path}`);
		await db.close();
		expect(statSync(path).mode & 0o777).toBe(0o600);
	} finally {
		rmSync(folder, { recursive: true, force: true });
	}
});

test('a rolled-back transaction leaves nothing, and queries outside it wait their turn', async () => {
	const folder = mkdtempSync(join(tmpdir(), 'insights-db-'));
	const db = await openDatabase(`sqlite:${join(folder, 'insights.db')}`);
	try {
		await db.run('CREATE TABLE t (n INTEGER)');
		const failing = db.transaction(async (queries) => {
			await queries.run('INSERT INTO t (n) VALUES (?)', [1]);
			await new Promise((resolve) => setTimeout(resolve, 20));
			throw new Error('changed its mind');
		});
		// Started while the transaction is open: it must not land inside it and be rolled back with it.
		const outside = db.run('INSERT INTO t (n) VALUES (?)', [2]);
		await expect(failing).rejects.toThrow('changed its mind');
		await outside;
		expect(await db.all('SELECT n FROM t')).toEqual([{ n: 2 }]);
	} finally {
		await db.close();
		rmSync(folder, { recursive: true, force: true });
	}
});
