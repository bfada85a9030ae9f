import { openDatabase, type Database, type SqlValue } from './database';
import type { Locale } from '../../shared/locales';
import { migrate } from './migrations';
import type {
	FeedbackSource,
	FeedbackComment,
	FeedbackCount,
	InsightsQuery,
	InsightsStore,
	LatencyBucket,
	OutcomeCount,
	OutcomeRecord,
	StatusClass,
} from './records';

/**
 * The insights store over SQLite or PostgreSQL (see database.ts), with every query it runs in this
 * file. Nothing here catches a database failure: the recorder decides what one means.
 */

/** The period and brand of a query as a WHERE clause: both days included, every brand when null. */
function inPeriod(query: InsightsQuery): { where: string; params: SqlValue[] } {
	// Days are `YYYY-MM-DD`, so comparing them as text compares them as dates.
	if (query.brand === null) return { where: 'day >= ? AND day <= ?', params: [query.from, query.to] };
	return { where: 'day >= ? AND day <= ? AND brand = ?', params: [query.from, query.to, query.brand] };
}

interface OutcomeRow {
	day: string;
	brand: string;
	page: string;
	locale: Locale;
	environment: OutcomeRecord['environment'];
	verdict: string;
	status_class: StatusClass;
	latency_bucket: LatencyBucket;
	count: number;
}

interface FeedbackCountRow {
	day: string;
	brand: string;
	page: string;
	locale: Locale;
	helpful: number;
	source: FeedbackSource;
	count: number;
}

interface CommentRow {
	day: string;
	brand: string;
	page: string;
	helpful: number;
	comment: string;
	source: FeedbackSource;
}

/** Opens the database `databaseUrl` names, brings its schema up to date, and answers the store over it. */
export async function openInsightsStore(databaseUrl: string): Promise<InsightsStore> {
	const db = await openDatabase(databaseUrl);
	try {
		await migrate(db);
	} catch (error) {
		await db.close().catch(() => {});
		throw error;
	}
	return insightsStoreOver(db);
}

function insightsStoreOver(db: Database): InsightsStore {
	return {
		engine: db.engine,

		async recordOutcome(record, count = 1) {
			// One row per combination, counted up: the table grows with the variety of outcomes, not their number.
			await db.run(
				`INSERT INTO outcomes (day, brand, page, locale, environment, verdict, status_class, latency_bucket, count)
				VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)
				ON CONFLICT (day, brand, page, locale, environment, verdict, status_class, latency_bucket)
				DO UPDATE SET count = outcomes.count + excluded.count`,
				[
					record.day,
					record.brand,
					record.page,
					record.locale,
					record.environment,
					record.verdict,
					record.statusClass,
					record.latencyBucket,
					count,
				],
			);
		},

		async recordFeedback(record) {
			// One statement, so a comment completing an answer whose Yes or No is still being written
			// cannot count a second answer: the answer's id is unique, and a second write for it only
			// adds the comment when the answer has none yet.
			await db.run(
				`INSERT INTO feedback (day, brand, page, locale, helpful, comment, answer, source) VALUES (?, ?, ?, ?, ?, ?, ?, ?)
				ON CONFLICT (answer) DO UPDATE SET comment = COALESCE(feedback.comment, excluded.comment)`,
				[
					record.day,
					record.brand,
					record.page,
					record.locale,
					record.helpful ? 1 : 0,
					record.comment,
					record.answer ?? null,
					record.source,
				],
			);
		},

		async outcomeCounts(query): Promise<OutcomeCount[]> {
			const { where, params } = inPeriod(query);
			const rows = await db.all<OutcomeRow>(
				`SELECT day, brand, page, locale, environment, verdict, status_class, latency_bucket, count
				FROM outcomes WHERE ${where}
				ORDER BY day, brand, page, locale, environment, verdict, status_class, latency_bucket`,
				params,
			);
			return rows.map((row) => ({
				day: row.day,
				brand: row.brand,
				page: row.page,
				locale: row.locale,
				environment: row.environment,
				verdict: row.verdict,
				statusClass: row.status_class,
				latencyBucket: row.latency_bucket,
				count: Number(row.count),
			}));
		},

		async feedbackCounts(query): Promise<FeedbackCount[]> {
			const { where, params } = inPeriod(query);
			// COUNT is a bigint in PostgreSQL, which pg hands over as a string; an INTEGER comes back a number.
			const rows = await db.all<FeedbackCountRow>(
				`SELECT day, brand, page, locale, helpful, source, CAST(COUNT(*) AS INTEGER) AS count
				FROM feedback WHERE ${where}
				GROUP BY day, brand, page, locale, helpful, source
				ORDER BY day, brand, page, locale, helpful, source`,
				params,
			);
			return rows.map((row) => ({
				day: row.day,
				brand: row.brand,
				page: row.page,
				locale: row.locale,
				helpful: row.helpful === 1,
				source: row.source,
				count: Number(row.count),
			}));
		},

		async latestComments(query, limit): Promise<FeedbackComment[]> {
			const { where, params } = inPeriod(query);
			// Ids only grow, so the highest id is the newest answer (a day is all the time a record keeps).
			const rows = await db.all<CommentRow>(
				`SELECT day, brand, page, helpful, comment, source
				FROM feedback WHERE ${where} AND comment IS NOT NULL
				ORDER BY id DESC LIMIT ?`,
				[...params, Math.max(0, Math.floor(limit))],
			);
			return rows.map((row) => ({
				day: row.day,
				brand: row.brand,
				page: row.page,
				helpful: row.helpful === 1,
				comment: row.comment,
				source: row.source,
			}));
		},

		async brands() {
			const rows = await db.all<{ brand: string }>('SELECT brand FROM outcomes UNION SELECT brand FROM feedback');
			// Sorted here, not in SQL: PostgreSQL's order depends on the database's collation, this one does not.
			return rows.map((row) => row.brand).sort();
		},

		deleteBefore(day) {
			return db.transaction(async (queries) => ({
				outcomes: await queries.run('DELETE FROM outcomes WHERE day < ?', [day]),
				feedback: await queries.run('DELETE FROM feedback WHERE day < ?', [day]),
			}));
		},

		probe: () => db.probe(),
		close: () => db.close(),
	};
}
