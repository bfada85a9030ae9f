import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DatabaseSync } from 'node:sqlite';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, test } from 'vitest';
import { openDatabase } from '../../src/lib/server/insights/database';
import { migrate, migrations } from '../../src/lib/server/insights/migrations';
import type { FeedbackRecord, InsightsStore, OutcomeRecord } from '../../src/lib/server/insights/records';
import { openInsightsStore } from '../../src/lib/server/insights/store';
import { startPostgres, type RunningPostgres } from '../support/postgres';

/**
 * The insights store against both engines it supports, the same suite for each: a SQLite file and a
 * real PostgreSQL server, each test on an empty database. Then what each engine does when it fails:
 * a locked SQLite file and a PostgreSQL that goes away must make a call throw soon, never hang.
 */
let postgres: RunningPostgres;
let folder: string;
let databases = 0;
const opened: InsightsStore[] = [];

beforeAll(async () => {
	folder = mkdtempSync(join(tmpdir(), 'insights-store-'));
	postgres = await startPostgres();
});
afterAll(async () => {
	await postgres?.remove();
	rmSync(folder, { recursive: true, force: true });
});
afterEach(async () => {
	await Promise.all(opened.splice(0).map((store) => store.close().catch(() => {})));
});

const engines = [
	{ engine: 'sqlite', emptyDatabase: async () => `sqlite:${join(folder, `insights-${++databases}.db`)}` },
	{ engine: 'postgres', emptyDatabase: () => postgres.createDatabase(`insights_${++databases}`) },
] as const;

async function open(url: string): Promise<InsightsStore> {
	const store = await openInsightsStore(url);
	opened.push(store);
	return store;
}

const outcome = (fields: Partial<OutcomeRecord> = {}): OutcomeRecord => ({
	day: '2025-03-10',
	brand: 'acme',
	page: 'environments',
	locale: 'en',
	environment: 'production',
	verdict: 'valid',
	statusClass: '2xx',
	latencyBucket: 'under-250ms',
	...fields,
});

const feedback = (fields: Partial<FeedbackRecord> = {}): FeedbackRecord => ({
	day: '2025-03-10',
	brand: 'acme',
	page: 'environments',
	locale: 'en',
	helpful: true,
	comment: null,
	source: 'reader',
	...fields,
});

const march = { from: '2025-03-01', to: '2025-03-31', brand: null };

describe.each(engines)('the insights store on $engine', ({ engine, emptyDatabase }) => {
	let url: string;
	let store: InsightsStore;
	beforeEach(async () => {
		url = await emptyDatabase();
		store = await open(url);
	});

	test('says which engine it is', () => {
		expect(store.engine).toBe(engine);
	});

	test('counts the same outcome in one row, and a different one in another', async () => {
		await store.recordOutcome(outcome());
		await store.recordOutcome(outcome());
		await store.recordOutcome(outcome());
		await store.recordOutcome(outcome({ verdict: 'invalid', statusClass: '4xx' }));
		await store.recordOutcome(outcome({ environment: 'none', statusClass: 'none', latencyBucket: 'none', verdict: 'bad_format' }));
		expect(await store.outcomeCounts(march)).toEqual([
			{ ...outcome({ environment: 'none', statusClass: 'none', latencyBucket: 'none', verdict: 'bad_format' }), count: 1 },
			{ ...outcome({ verdict: 'invalid', statusClass: '4xx' }), count: 1 },
			{ ...outcome(), count: 3 },
		]);
	});

	test('adds a batch of the same outcome in one write', async () => {
		await store.recordOutcome(outcome(), 5);
		await store.recordOutcome(outcome(), 2);
		expect(await store.outcomeCounts(march)).toEqual([{ ...outcome(), count: 7 }]);
	});

	test('counts outcomes recorded at once without losing any', async () => {
		await Promise.all(Array.from({ length: 20 }, () => store.recordOutcome(outcome())));
		expect(await store.outcomeCounts(march)).toEqual([{ ...outcome(), count: 20 }]);
	});

	test('keeps feedback with and without a comment, counted by day, brand, page and answer', async () => {
		await store.recordFeedback(feedback());
		await store.recordFeedback(feedback({ comment: 'Clear, thanks.' }));
		await store.recordFeedback(feedback({ helpful: false, comment: 'Which token do I need?' }));
		await store.recordFeedback(feedback({ helpful: false }));
		await store.recordFeedback(feedback({ helpful: false, page: 'tokens' }));
		expect(await store.feedbackCounts(march)).toEqual([
			{ day: '2025-03-10', brand: 'acme', page: 'environments', locale: 'en', helpful: false, source: 'reader', count: 2 },
			{ day: '2025-03-10', brand: 'acme', page: 'environments', locale: 'en', helpful: true, source: 'reader', count: 2 },
			{ day: '2025-03-10', brand: 'acme', page: 'tokens', locale: 'en', helpful: false, source: 'reader', count: 1 },
		]);
		// Only answers with a comment are comments.
		expect(await store.latestComments(march, 10)).toEqual([
			{ day: '2025-03-10', brand: 'acme', page: 'environments', helpful: false, comment: 'Which token do I need?', source: 'reader' },
			{ day: '2025-03-10', brand: 'acme', page: 'environments', helpful: true, comment: 'Clear, thanks.', source: 'reader' },
		]);
	});

	test('an answer and the comment completing it, written at once, are one answer with that comment', async () => {
		const answer = '0b7c2f9e-4d1a-4c55-9a3e-7f1d2c3b4a50';
		// The comment's write starts while the Yes or No is still being written, as two requests can.
		await Promise.all([
			store.recordFeedback(feedback({ answer })),
			store.recordFeedback(feedback({ answer, comment: 'Which button?' })),
			store.recordFeedback(feedback({ answer, comment: 'Again' })),
		]);
		expect(await store.feedbackCounts(march)).toEqual([
			{ day: '2025-03-10', brand: 'acme', page: 'environments', locale: 'en', helpful: true, source: 'reader', count: 1 },
		]);
		const comments = (await store.latestComments(march, 10)).map((row) => row.comment);
		expect(comments).toHaveLength(1);
		expect(['Which button?', 'Again']).toContain(comments[0]);
		// A later comment never replaces the first.
		await store.recordFeedback(feedback({ answer, comment: 'Later' }));
		expect((await store.latestComments(march, 10)).map((row) => row.comment)).toEqual(comments);
	});

	test('answers a period with both days included, for one brand or all', async () => {
		for (const day of ['2025-02-28', '2025-03-01', '2025-03-15', '2025-03-31', '2025-04-01']) {
			await store.recordOutcome(outcome({ day }));
			await store.recordOutcome(outcome({ day, brand: 'larkspur' }));
			await store.recordFeedback(feedback({ day, comment: `acme on ${day}` }));
			await store.recordFeedback(feedback({ day, brand: 'larkspur', comment: `larkspur on ${day}` }));
		}
		const days = (rows: { day: string }[]) => [...new Set(rows.map((row) => row.day))];
		const brands = (rows: { brand: string }[]) => [...new Set(rows.map((row) => row.brand))].sort();

		const all = await store.outcomeCounts(march);
		expect(days(all)).toEqual(['2025-03-01', '2025-03-15', '2025-03-31']);
		expect(brands(all)).toEqual(['acme', 'larkspur']);
		const acme = { ...march, brand: 'acme' };
		expect(brands(await store.outcomeCounts(acme))).toEqual(['acme']);
		expect(days(await store.feedbackCounts(acme))).toEqual(['2025-03-01', '2025-03-15', '2025-03-31']);
		expect(brands(await store.feedbackCounts(acme))).toEqual(['acme']);
		expect((await store.latestComments(acme, 10)).map((row) => row.comment)).toEqual([
			'acme on 2025-03-31',
			'acme on 2025-03-15',
			'acme on 2025-03-01',
		]);
		// One day is a period too.
		const oneDay = { from: '2025-03-15', to: '2025-03-15', brand: 'larkspur' };
		expect(await store.outcomeCounts(oneDay)).toEqual([{ ...outcome({ day: '2025-03-15', brand: 'larkspur' }), count: 1 }]);
		expect(await store.outcomeCounts({ ...march, brand: 'nobody' })).toEqual([]);
	});

	test('lists the newest comments first, at most the limit, whatever their day', async () => {
		// Recorded in this order; an answer's day does not order comments, the order they came in does.
		for (const [index, day] of ['2025-03-05', '2025-03-02', '2025-03-09', '2025-03-09', '2025-03-01'].entries()) {
			await store.recordFeedback(feedback({ day, comment: `comment ${index}` }));
		}
		expect((await store.latestComments(march, 3)).map((row) => row.comment)).toEqual(['comment 4', 'comment 3', 'comment 2']);
		expect(await store.latestComments(march, 0)).toEqual([]);
		expect(await store.latestComments(march, 100)).toHaveLength(5);
	});

	test('lists every brand with any record, sorted, once each', async () => {
		expect(await store.brands()).toEqual([]);
		await store.recordOutcome(outcome({ brand: 'larkspur' }));
		await store.recordOutcome(outcome({ brand: 'acme' }));
		await store.recordFeedback(feedback({ brand: 'acme' }));
		await store.recordFeedback(feedback({ brand: 'Zeta' }));
		await store.recordFeedback(feedback({ brand: 'default' }));
		expect(await store.brands()).toEqual(['Zeta', 'acme', 'default', 'larkspur']);
	});

	test('deletes the days before a day, keeps that day, and says how many rows went', async () => {
		for (const day of ['2025-01-01', '2025-01-31', '2025-02-01', '2025-02-02']) {
			await store.recordOutcome(outcome({ day }));
			await store.recordOutcome(outcome({ day, page: 'tokens' }));
			await store.recordFeedback(feedback({ day, comment: day }));
		}
		expect(await store.deleteBefore('2025-02-01')).toEqual({ outcomes: 4, feedback: 2 });
		const everything = { from: '0000-01-01', to: '9999-12-31', brand: null };
		expect([...new Set((await store.outcomeCounts(everything)).map((row) => row.day))]).toEqual(['2025-02-01', '2025-02-02']);
		expect((await store.latestComments(everything, 10)).map((row) => row.comment)).toEqual(['2025-02-02', '2025-02-01']);
		expect(await store.deleteBefore('2025-02-01')).toEqual({ outcomes: 0, feedback: 0 });
	});

	test('keeps its data across a close and a reopen, and migrates each database once', async () => {
		await store.recordOutcome(outcome());
		await store.recordFeedback(feedback({ comment: 'still here' }));
		await store.close();
		const reopened = await open(url);
		await reopened.recordOutcome(outcome());
		expect(await reopened.outcomeCounts(march)).toEqual([{ ...outcome(), count: 2 }]);
		expect((await reopened.latestComments(march, 1))[0]?.comment).toBe('still here');

		const db = await openDatabase(url);
		try {
			expect(await migrate(db)).toEqual([]);
			const versions = await db.all<{ version: number }>('SELECT version FROM schema_migrations ORDER BY version');
			expect(versions.map((row) => Number(row.version))).toEqual(migrations.map((migration) => migration.version));
		} finally {
			await db.close();
		}
	});

	test('a database with an answer counted twice by an earlier release keeps one row, with the comment', async () => {
		const db = await openDatabase(await emptyDatabase());
		try {
			expect(await migrate(db, migrations.slice(0, 2))).toEqual([1, 2]);
			const insert = 'INSERT INTO feedback (day, brand, page, helpful, comment, answer) VALUES (?, ?, ?, ?, ?, ?)';
			await db.run(insert, ['2025-03-10', 'acme', 'environments', 1, null, 'answer-one']);
			await db.run(insert, ['2025-03-10', 'acme', 'environments', 1, 'Which button?', 'answer-one']);
			await db.run(insert, ['2025-03-10', 'acme', 'environments', 0, null, null]);
			await db.run(insert, ['2025-03-10', 'acme', 'environments', 0, null, null]);
			expect(await migrate(db)).toEqual(migrations.slice(2).map((migration) => migration.version));
			const rows = await db.all<{ answer: string | null; comment: string | null }>('SELECT answer, comment FROM feedback ORDER BY id');
			expect(rows).toEqual([
				{ answer: 'answer-one', comment: 'Which button?' },
				{ answer: null, comment: null },
				{ answer: null, comment: null },
			]);
		} finally {
			await db.close();
		}
	});

	test('counts recorded before languages keep their number and are read as English, the only language there was', async () => {
		const url = await emptyDatabase();
		const db = await openDatabase(url);
		try {
			expect(await migrate(db, migrations.slice(0, 3))).toEqual([1, 2, 3]);
			await db.run(
				`INSERT INTO outcomes (day, brand, page, environment, verdict, status_class, latency_bucket, count)
				VALUES ('2025-03-10', 'acme', 'environments', 'sandbox', 'connected', '2xx', 'under-250ms', 7)`,
			);
			await db.run(
				`INSERT INTO feedback (day, brand, page, helpful, comment, answer) VALUES ('2025-03-10', 'acme', 'index', 0, NULL, NULL)`,
			);
			expect(await migrate(db)).toEqual(migrations.slice(3).map((migration) => migration.version));
		} finally {
			await db.close();
		}
		const migrated = await open(url);
		const period = { from: '2025-03-01', to: '2025-03-31', brand: null };
		expect(await migrated.outcomeCounts(period)).toEqual([expect.objectContaining({ locale: 'en', count: 7 })]);
		expect(await migrated.feedbackCounts(period)).toEqual([
			expect.objectContaining({ locale: 'en', helpful: false, source: 'reader', count: 1 }),
		]);
		// A German test of the same kind is counted apart from the English ones.
		await migrated.recordOutcome(outcome({ day: '2025-03-10', verdict: 'connected', locale: 'de', environment: 'sandbox' }), 2);
		expect((await migrated.outcomeCounts(period)).map(({ locale, count }) => [locale, count])).toEqual([
			['de', 2],
			['en', 7],
		]);
	});

	test('throws once closed', async () => {
		await store.close();
		await expect(store.recordOutcome(outcome())).rejects.toThrow();
	});
});

describe('when the database fails', () => {
	test('a locked SQLite file makes a write throw at once, and it works again once the lock goes', async () => {
		const path = join(folder, 'locked.db');
		const store = await open(`sqlite:${path}`);
		const other = new DatabaseSync(path);
		try {
			other.exec('BEGIN EXCLUSIVE');
			const started = performance.now();
			await expect(store.recordOutcome(outcome())).rejects.toThrow(/locked/);
			await expect(store.recordFeedback(feedback())).rejects.toThrow(/locked/);
			// The busy timeout is 200 ms; the margin is for a loaded machine, far below a hang.
			expect(performance.now() - started).toBeLessThan(2000);
			other.exec('ROLLBACK');
		} finally {
			other.close();
		}
		await store.recordOutcome(outcome());
		expect(await store.outcomeCounts(march)).toEqual([{ ...outcome(), count: 1 }]);
	});

	test('four instances migrating a new PostgreSQL database at once apply each migration once, between them', async () => {
		const url = await postgres.createDatabase('insights_together');
		const databases = await Promise.all(Array.from({ length: 4 }, () => openDatabase(url)));
		try {
			// What each instance applied: every migration by exactly one of them.
			const applied = await Promise.all(databases.map((db) => migrate(db)));
			const all = migrations.map((migration) => migration.version);
			expect(applied.flat().sort((a, b) => a - b)).toEqual(all);
			const versions = await databases[0]!.all<{ version: number }>('SELECT version FROM schema_migrations ORDER BY version');
			expect(versions.map((row) => Number(row.version))).toEqual(all);
		} finally {
			await Promise.all(databases.map((db) => db.close()));
		}
		// And the stores opened on it afterwards count together.
		const stores = await Promise.all(Array.from({ length: 4 }, () => open(url)));
		await Promise.all(stores.map((store) => store.recordOutcome(outcome())));
		expect(await stores[0]!.outcomeCounts(march)).toEqual([{ ...outcome(), count: 4 }]);
	});

	test('a PostgreSQL that stops makes every call throw soon, and a new call works once it is back', { timeout: 30_000 }, async () => {
		const store = await open(await postgres.createDatabase('insights_outage'));
		await store.recordOutcome(outcome());
		try {
			await postgres.stop();
			const started = performance.now();
			await expect(store.recordOutcome(outcome())).rejects.toThrow();
			await expect(store.outcomeCounts(march)).rejects.toThrow();
			await expect(store.deleteBefore('2025-01-01')).rejects.toThrow();
			expect(performance.now() - started).toBeLessThan(3000);
		} finally {
			await postgres.start();
		}
		await store.recordOutcome(outcome());
		expect(await store.outcomeCounts(march)).toEqual([{ ...outcome(), count: 2 }]);
	});

	test('a PostgreSQL that stops answering makes a call throw within the query timeout', { timeout: 30_000 }, async () => {
		const store = await open(await postgres.createDatabase('insights_silent'));
		await store.recordOutcome(outcome());
		try {
			postgres.pause();
			// A connection the pool holds (the query timeout) and a new one (the connect timeout) alike.
			const started = performance.now();
			const calls = await Promise.allSettled(Array.from({ length: 6 }, () => store.recordOutcome(outcome())));
			expect(calls.map((call) => call.status)).toEqual(Array(6).fill('rejected'));
			expect(performance.now() - started).toBeLessThan(3000);
		} finally {
			postgres.resume();
		}
		await store.recordOutcome(outcome());
		// The write sent on the held connection reached the server before it froze: when it wakes, it
		// may still run it, though the caller was told it failed: a count can come out one too high.
		const counts = await store.outcomeCounts(march);
		expect(counts).toHaveLength(1);
		expect([2, 3]).toContain(counts[0]!.count);
	});
});
