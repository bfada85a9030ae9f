import type { Environment } from '../../shared/environments';
import type { Locale } from '../../shared/locales';

/**
 * What the insights keep, and nothing more: the shapes the store writes and reads back. A reader's
 * token, company, address and user agent have no field here, so no code path can store them.
 */

/** A day in UTC, `YYYY-MM-DD`: the finest time any record keeps. */
export type Day = string;

/** The class of Remote's answer to a live check, or `none` when Remote was not asked or did not answer. */
export type StatusClass = '2xx' | '4xx' | '5xx' | 'none';
export const statusClasses = ['2xx', '4xx', '5xx', 'none'] as const satisfies readonly StatusClass[];

/** How long Remote took, in coarse buckets (a precise latency could help tell readers apart). */
export type LatencyBucket = 'none' | 'under-250ms' | '250ms-1s' | '1s-3s' | 'over-3s';
export const latencyBuckets = ['none', 'under-250ms', '250ms-1s', '1s-3s', 'over-3s'] as const satisfies readonly LatencyBucket[];

/** One completed connection test. `page` is a guide's slug, `embed` for the embeddable tester, `api` for a direct call. */
export interface OutcomeRecord {
	day: Day;
	brand: string;
	page: string;
	/** The language the test was answered in: the page's, for the testers on the guides. */
	locale: Locale;
	environment: Environment | 'none';
	verdict: string;
	statusClass: StatusClass;
	latencyBucket: LatencyBucket;
}

/**
 * Who gave an answer: a reader on the page (`reader`), or an AI assistant through the docs MCP
 * server's `submit_feedback` (`agent`). Counted apart: an agent's "No" says something about the
 * guide as a model read it, not as an admin followed it.
 */
export const feedbackSources = ['reader', 'agent'] as const;
export type FeedbackSource = (typeof feedbackSources)[number];

/** One answer to "Was this page helpful?", its comment already redacted. */
export interface FeedbackRecord {
	day: Day;
	brand: string;
	page: string;
	/** The language of the page the answer is about. */
	locale: Locale;
	helpful: boolean;
	comment: string | null;
	source: FeedbackSource;
	/**
	 * The answer's random id, when it has one: a record with the id of one already kept only adds its
	 * comment to it (once), so Yes or No then a comment is one answer.
	 */
	answer?: string | undefined;
}

/** A period, both days included, and one brand or all of them (null). */
export interface InsightsQuery {
	from: Day;
	to: Day;
	brand: string | null;
}

export interface OutcomeCount extends OutcomeRecord {
	count: number;
}

export interface FeedbackCount {
	day: Day;
	brand: string;
	page: string;
	locale: Locale;
	helpful: boolean;
	source: FeedbackSource;
	count: number;
}

/** A comment as the dashboard lists it, newest first. */
export interface FeedbackComment {
	day: Day;
	brand: string;
	page: string;
	helpful: boolean;
	comment: string;
	source: FeedbackSource;
}

/**
 * The insights database, whichever engine holds it. Every method throws when the database fails
 * (locked, full, unreachable); the recorder (recorder.ts) turns that into a dropped record and one
 * `insights_degraded` log line, so no reader ever waits on it.
 */
export interface InsightsStore {
	readonly engine: 'sqlite' | 'postgres';
	/** Counts `count` (1 by default) more of `record`. */
	recordOutcome(record: OutcomeRecord, count?: number): Promise<void>;
	/** Keeps an answer, or completes the one with the same `answer` id with its comment. */
	recordFeedback(record: FeedbackRecord): Promise<void>;
	/** Outcomes in the period, counted by every field of the record. */
	outcomeCounts(query: InsightsQuery): Promise<OutcomeCount[]>;
	/** Answers in the period, counted by day, brand, page, language, helpful and source. */
	feedbackCounts(query: InsightsQuery): Promise<FeedbackCount[]>;
	/** The newest comments in the period, at most `limit`. */
	latestComments(query: InsightsQuery, limit: number): Promise<FeedbackComment[]>;
	/** Every brand with any record, sorted, for the dashboard's choice of brand. */
	brands(): Promise<string[]>;
	/** Deletes every record of a day before `day`; answers how many rows went. */
	deleteBefore(day: Day): Promise<{ outcomes: number; feedback: number }>;
	/** Whether a record could be written now, without waiting on a lock; throws when not. */
	probe(): Promise<void>;
	close(): Promise<void>;
}
