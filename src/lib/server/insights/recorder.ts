import { logEvent } from '../log';
import { buildReport, previousPeriodOf, type InsightsReport } from './insights-report';
import { dayMs, dayOf } from './days';
import type { FeedbackRecord, InsightsQuery, InsightsStore, OutcomeRecord } from './records';

/**
 * Between the routes and the database: records are written in the background, never awaited by a
 * reader, and a database that fails (locked, full, unreachable) costs only the records made while
 * it does. The first failure logs one `insights_degraded` line and `/api/health` says `degraded`;
 * from then on records are dropped at once (a locked SQLite file would otherwise make every one
 * wait out its busy timeout) while a probe writes to the database every few seconds. When a probe
 * succeeds, recording resumes by itself, with one `insights_restored` line saying how many were dropped.
 */

export type InsightsStatus = 'ok' | 'degraded';

export interface InsightsRecorder {
	recordOutcome(record: OutcomeRecord): void;
	recordFeedback(record: FeedbackRecord): void;
	readonly status: InsightsStatus;
	/** The figures for a period; rejects with InsightsUnavailableError when the database cannot answer. */
	report(query: InsightsQuery): Promise<InsightsReport>;
	/** The brands with any record. */
	brands(): Promise<string[]>;
	/** Waits for the records in flight, then closes the database. */
	close(): Promise<void>;
}

/** The database could not answer a read: the dashboard and the API say so with 503. */
export class InsightsUnavailableError extends Error {
	override name = 'InsightsUnavailableError';
}

export interface RecorderOptions {
	open(): Promise<InsightsStore>;
	/** Days of records kept; older days are deleted at start and then daily. */
	retentionDays: number;
	/** The guides in task order, for the report's ties. */
	guideOrder?: readonly string[];
	now?: () => Date;
	/** How often a degraded recorder checks on the database by itself. */
	probeIntervalMs?: number;
	/** Writes waiting on the database beyond this are dropped at once: a slow database cannot hold memory. */
	maxPendingWrites?: number;
	/** How long outcomes are counted in memory before they are written together. */
	outcomeWriteDelayMs?: number;
}

/** An error as a log may name it: SQLite's description of its code, or the code (ECONNREFUSED, 53300), never its message. */
function reasonOf(error: unknown): string {
	// node:sqlite's code is always ERR_SQLITE_ERROR; SQLite's own description ("database is locked",
	// "database or disk is full") is a fixed phrase for its error code, never input.
	const sqliteReason = (error as { errstr?: unknown } | null)?.errstr;
	if (typeof sqliteReason === 'string' && /^[a-z ]{3,60}$/.test(sqliteReason)) return sqliteReason;
	const code = (error as { code?: unknown } | null)?.code;
	if (typeof code === 'string' && /^[\w-]{1,40}$/.test(code)) return code;
	return error instanceof Error ? error.name : typeof error;
}

export function createInsightsRecorder({
	open,
	retentionDays,
	guideOrder = [],
	now = () => new Date(),
	probeIntervalMs = 2000,
	maxPendingWrites = 200,
	outcomeWriteDelayMs = 1000,
}: RecorderOptions): InsightsRecorder {
	let store: InsightsStore | null = null;
	let opening: Promise<InsightsStore> | null = null;
	let status: InsightsStatus = 'ok';
	let closed = false;
	let probe: ReturnType<typeof setInterval> | undefined;
	let dropped = 0;
	const pending = new Set<Promise<unknown>>();
	/**
	 * Outcomes counted since the last write, by record: written together `outcomeWriteDelayMs`
	 * after the first, so a busy tester costs one write per kind a second, not one a test (a
	 * SQLite commit takes its locks each time, and node:sqlite holds the server while it does). A
	 * report and closing write them first; a crash loses at most that last second of counts.
	 */
	const unwritten = new Map<string, { record: OutcomeRecord; count: number }>();
	let flushing: ReturnType<typeof setTimeout> | undefined;
	/** Writes what is counted now (and cancels the write scheduled for it, if any). */
	const flushOutcomes = () => {
		clearTimeout(flushing);
		flushing = undefined;
		for (const { record, count } of unwritten.values()) write('record_outcome', (database) => database.recordOutcome(record, count), count);
		unwritten.clear();
	};

	const degrade = (operation: string, error: unknown) => {
		if (status === 'degraded') return;
		status = 'degraded';
		logEvent('error', 'insights_degraded', { operation, reason: reasonOf(error) });
		probe = setInterval(() => {
			// What a record needs (a connection, the write lock), asked without waiting for it.
			connected()
				.then((database) => database.probe())
				.then(restore, () => undefined);
		}, probeIntervalMs);
		probe.unref();
	};
	const restore = () => {
		if (status === 'ok') return;
		status = 'ok';
		clearInterval(probe);
		logEvent('info', 'insights_restored', { dropped });
		dropped = 0;
	};

	/** The open store, opening it (migrations included) when it is not yet or failed to. */
	function connected(): Promise<InsightsStore> {
		if (store) return Promise.resolve(store);
		opening ??= open().then(
			(opened) => {
				store = opened;
				opening = null;
				if (closed) void opened.close();
				void deleteExpired();
				return opened;
			},
			(error: unknown) => {
				opening = null;
				throw error;
			},
		);
		return opening;
	}

	async function deleteExpired(): Promise<void> {
		const before = dayOf(now().getTime() - retentionDays * dayMs);
		try {
			const database = await connected();
			const deleted = await database.deleteBefore(before);
			if (deleted.outcomes || deleted.feedback) logEvent('info', 'insights_retention', { before, ...deleted });
		} catch (error) {
			degrade('retention', error);
		}
	}
	const retention = setInterval(() => void deleteExpired(), dayMs);
	retention.unref();

	/** Writes in the background; `records` is how many records the write holds, counted if it is dropped. */
	function write(operation: string, run: (database: InsightsStore) => Promise<void>, records = 1): void {
		if (closed) return;
		if (status === 'degraded') {
			dropped += records;
			return;
		}
		if (pending.size >= maxPendingWrites) {
			dropped += records;
			return degrade(operation, { code: 'backlog' });
		}
		const done = connected()
			.then(run)
			.then(undefined, (error: unknown) => {
				dropped += records;
				degrade(operation, error);
			})
			.finally(() => pending.delete(done));
		pending.add(done);
	}

	async function read<T>(run: (database: InsightsStore) => Promise<T>): Promise<T> {
		try {
			// A read that works says nothing of writes (SQLite reads through a writer's lock): only the probe restores.
			return await run(await connected());
		} catch (error) {
			degrade('read', error);
			throw new InsightsUnavailableError(`The insights database cannot answer (${reasonOf(error)}).`);
		}
	}

	// Opened at once, so migrations run at startup and a bad database is in the log before the first reader.
	void connected().catch((error: unknown) => degrade('open', error));

	return {
		get status() {
			return status;
		},
		recordOutcome(record) {
			if (closed) return;
			const key = JSON.stringify(record);
			const counted = unwritten.get(key);
			if (counted) counted.count++;
			else unwritten.set(key, { record, count: 1 });
			flushing ??= setTimeout(flushOutcomes, outcomeWriteDelayMs).unref();
		},
		recordFeedback: (record) => write('record_feedback', (database) => database.recordFeedback(record)),
		report: (query) =>
			read(async (database) => {
				// What was counted before the question is in the answer.
				flushOutcomes();
				await Promise.allSettled([...pending]);
				const [outcomes, previousOutcomes, feedback, comments] = await Promise.all([
					database.outcomeCounts(query),
					database.outcomeCounts(previousPeriodOf(query)),
					database.feedbackCounts(query),
					database.latestComments(query, 500),
				]);
				return buildReport({ query, outcomes, previousOutcomes, feedback, comments, guideOrder });
			}),
		brands: () => read((database) => database.brands()),
		async close() {
			flushOutcomes();
			closed = true;
			clearInterval(retention);
			clearInterval(probe);
			await Promise.allSettled([...pending]);
			await store?.close();
		},
	};
}
