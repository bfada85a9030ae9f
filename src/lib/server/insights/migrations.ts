import type { Database, Engine } from './database';

/**
 * The insights schema as an ordered list of changes, each applied once per database and recorded in
 * `schema_migrations`. A change is never edited once released: a new one is added at the end.
 *
 * One schema for both engines. Key columns are never NULL (`none` stands for "no value"), because
 * NULLs never conflict in a primary key and the upsert that counts outcomes would stop counting.
 */

/** A statement for both engines, or one per engine where their DDL differs. */
type Statement = string | Record<Engine, string>;

export interface Migration {
	version: number;
	name: string;
	statements: readonly Statement[];
}

/** The feedback table of version 1, with each engine's spelling of its id column. */
const feedbackTable = (idColumn: string) => `CREATE TABLE feedback (
	${idColumn},
	day TEXT NOT NULL,
	brand TEXT NOT NULL,
	page TEXT NOT NULL,
	helpful INTEGER NOT NULL CHECK (helpful IN (0, 1)),
	comment TEXT
)`;

export const migrations: readonly Migration[] = [
	{
		version: 1,
		name: 'outcomes and feedback',
		statements: [
			`CREATE TABLE outcomes (
				day TEXT NOT NULL,
				brand TEXT NOT NULL,
				page TEXT NOT NULL,
				environment TEXT NOT NULL,
				verdict TEXT NOT NULL,
				status_class TEXT NOT NULL,
				latency_bucket TEXT NOT NULL,
				count INTEGER NOT NULL,
				PRIMARY KEY (day, brand, page, environment, verdict, status_class, latency_bucket)
			)`,
			// The primary key already serves "by day"; the dashboard also asks "one brand, by day".
			'CREATE INDEX outcomes_brand_day ON outcomes (brand, day)',
			// The id orders comments newest first. SQLite's INTEGER PRIMARY KEY and PostgreSQL's identity
			// column both hand out ever larger ids, but neither engine accepts the other's spelling.
			{
				sqlite: feedbackTable('id INTEGER PRIMARY KEY AUTOINCREMENT'),
				postgres: feedbackTable('id BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY'),
			},
			'CREATE INDEX feedback_day ON feedback (day)',
			'CREATE INDEX feedback_brand_day ON feedback (brand, day)',
		],
	},
	{
		version: 2,
		name: 'feedback answers completed by a comment',
		statements: [
			// A random id per answer (never per reader): the widget records Yes or No at once, and a
			// comment sent after it completes that answer instead of counting a second one.
			'ALTER TABLE feedback ADD COLUMN answer TEXT',
			'CREATE INDEX feedback_answer ON feedback (answer)',
		],
	},
	{
		version: 3,
		name: 'one row per feedback answer',
		statements: [
			// A comment that arrived while its Yes or No was still being written was counted as a second
			// answer: the check and the insert were two statements. One row per answer id is now the
			// database's rule (answers without an id are NULL, which a unique index lets repeat); the
			// second row of any pair written before is folded into the first, keeping a comment.
			`UPDATE feedback SET comment = (
				SELECT later.comment FROM feedback AS later
				WHERE later.answer = feedback.answer AND later.id > feedback.id AND later.comment IS NOT NULL
				ORDER BY later.id LIMIT 1
			)
			WHERE answer IS NOT NULL AND comment IS NULL
				AND id = (SELECT MIN(first.id) FROM feedback AS first WHERE first.answer = feedback.answer)`,
			'DELETE FROM feedback WHERE answer IS NOT NULL AND id > (SELECT MIN(first.id) FROM feedback AS first WHERE first.answer = feedback.answer)',
			'DROP INDEX feedback_answer',
			'CREATE UNIQUE INDEX feedback_answer ON feedback (answer)',
		],
	},
	{
		version: 4,
		name: 'the language of each test and answer',
		statements: [
			// The language is part of what a test is counted by, so the outcomes' key gains it: a table
			// cannot change its primary key in SQLite, so the counts move to a new one. Everything
			// recorded before was read in English, the only language there was, and so is a row written
			// without one. An older instance still running during a deploy counts its feedback as
			// before; its test counts, upserted on the old key, are dropped (and logged) until it stops.
			`CREATE TABLE outcomes_by_language (
				day TEXT NOT NULL,
				brand TEXT NOT NULL,
				page TEXT NOT NULL,
				locale TEXT NOT NULL DEFAULT 'en',
				environment TEXT NOT NULL,
				verdict TEXT NOT NULL,
				status_class TEXT NOT NULL,
				latency_bucket TEXT NOT NULL,
				count INTEGER NOT NULL,
				PRIMARY KEY (day, brand, page, locale, environment, verdict, status_class, latency_bucket)
			)`,
			`INSERT INTO outcomes_by_language (day, brand, page, locale, environment, verdict, status_class, latency_bucket, count)
				SELECT day, brand, page, 'en', environment, verdict, status_class, latency_bucket, count FROM outcomes`,
			'DROP TABLE outcomes',
			'ALTER TABLE outcomes_by_language RENAME TO outcomes',
			'CREATE INDEX outcomes_brand_day_by_language ON outcomes (brand, day)',
			`ALTER TABLE feedback ADD COLUMN locale TEXT NOT NULL DEFAULT 'en'`,
		],
	},
	{
		version: 5,
		name: 'who gave each answer',
		statements: [
			// Answers from AI assistants (the docs MCP server's submit_feedback) are counted apart from
			// readers'. Every answer before came from a reader, and so does one an older instance writes.
			`ALTER TABLE feedback ADD COLUMN source TEXT NOT NULL DEFAULT 'reader'`,
		],
	},
];

/**
 * Every instance that opens the database holds this PostgreSQL lock while it migrates, so two
 * instances started together apply each change once (the second waits, then finds it applied).
 * Any fixed number does that nothing else using the database takes; this one is "insi" in ASCII.
 */
const postgresMigrationLock = 0x696e7369;

/**
 * Applies the changes this database lacks, each in its own transaction; answers the versions it
 * applied (`upTo`, all of them unless a test stops at an earlier release). Versions the database has
 * beyond the last one here (a newer release ran) are left alone,
 * so an older instance still running during a deploy keeps working.
 */
export async function migrate(db: Database, upTo: readonly Migration[] = migrations): Promise<number[]> {
	const applied: number[] = [];
	for (const migration of upTo) {
		const ran = await db.transaction(async (queries) => {
			// In the transaction and under the lock: two instances creating the table at once would collide.
			if (db.engine === 'postgres') await queries.run(`SELECT pg_advisory_xact_lock(${postgresMigrationLock})`);
			await queries.run(
				'CREATE TABLE IF NOT EXISTS schema_migrations (version INTEGER PRIMARY KEY, name TEXT NOT NULL, applied_at TEXT NOT NULL)',
			);
			const done = await queries.all('SELECT version FROM schema_migrations WHERE version = ?', [migration.version]);
			if (done.length > 0) return false;
			for (const statement of migration.statements) await queries.run(typeof statement === 'string' ? statement : statement[db.engine]);
			await queries.run('INSERT INTO schema_migrations (version, name, applied_at) VALUES (?, ?, ?)', [
				migration.version,
				migration.name,
				new Date().toISOString(),
			]);
			return true;
		});
		if (ran) applied.push(migration.version);
	}
	return applied;
}
