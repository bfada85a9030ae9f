import { z } from 'zod';
import { verdicts } from '../../shared/connection-test-schema';
import { dayMs, dayOf, startOf } from './days';
import { feedbackSources, type Day, type FeedbackComment, type FeedbackCount, type InsightsQuery, type OutcomeCount } from './records';

/**
 * The figures the dashboard and `GET /api/insights` show for a period and a brand, computed from
 * the store's counts: tests per day by verdict, each verdict's share and its change from the
 * period before, and what readers said of each guide. The schema is the answer's shape.
 */

const DaySchema = z.string().regex(/^\d{4}-\d{2}-\d{2}$/);
const share = z.number().min(0).max(1);
/** A comment as the report lists it, marked with who gave it. */
const CommentSchema = z.object({
	day: DaySchema,
	brand: z.string(),
	page: z.string(),
	helpful: z.boolean(),
	comment: z.string(),
	source: z.enum(feedbackSources),
});

export const InsightsReportSchema = z.object({
	period: z.object({ from: DaySchema, to: DaySchema, days: z.number().int().positive() }),
	/** The period of the same length just before, which each change is measured against. */
	previousPeriod: z.object({ from: DaySchema, to: DaySchema }),
	brand: z.string().nullable(),
	/** Each brand's totals in the period, most tests first: the brands side by side when all are asked for. */
	brands: z.array(
		z.object({
			brand: z.string(),
			tests: z.number().int().nonnegative(),
			connected: z.number().int().nonnegative(),
			helpful: z.number().int().nonnegative(),
			notHelpful: z.number().int().nonnegative(),
		}),
	),
	/**
	 * Each language's tests and answers, the languages whose readers fail or say "No" most first:
	 * a test fails unless Remote connects it.
	 */
	languages: z.array(
		z.object({
			locale: z.string(),
			tests: z.number().int().nonnegative(),
			failed: z.number().int().nonnegative(),
			failedShare: share,
			helpful: z.number().int().nonnegative(),
			notHelpful: z.number().int().nonnegative(),
			notHelpfulShare: share,
		}),
	),
	tests: z.object({
		total: z.number().int().nonnegative(),
		previousTotal: z.number().int().nonnegative(),
		/** Every day of the period, in order, with its tests counted by verdict (zero included). */
		perDay: z.array(z.object({ day: DaySchema, total: z.number().int(), verdicts: z.record(z.string(), z.number().int()) })),
		/** The same counts by day, brand and verdict, only those above zero: per brand and day even when all brands are asked for. */
		perDayByBrand: z.array(z.object({ day: DaySchema, brand: z.string(), verdict: z.string(), count: z.number().int().positive() })),
		verdicts: z.array(
			z.object({
				verdict: z.string(),
				count: z.number().int().nonnegative(),
				share,
				previousCount: z.number().int().nonnegative(),
				previousShare: share,
				/** The change in share, in percentage points; null when the period before had no tests. */
				changePoints: z.number().nullable(),
			}),
		),
		environments: z.array(z.object({ environment: z.string(), count: z.number().int() })),
		pages: z.array(z.object({ page: z.string(), count: z.number().int() })),
		statusClasses: z.array(z.object({ statusClass: z.string(), count: z.number().int() })),
		latencyBuckets: z.array(z.object({ latencyBucket: z.string(), count: z.number().int() })),
	}),
	feedback: z.object({
		total: z.number().int().nonnegative(),
		helpful: z.number().int().nonnegative(),
		notHelpful: z.number().int().nonnegative(),
		guides: z.array(
			z.object({
				page: z.string(),
				helpful: z.number().int().nonnegative(),
				notHelpful: z.number().int().nonnegative(),
				helpfulShare: share,
				/** This guide's newest comments from readers, at most three. */
				latestComments: z.array(CommentSchema),
			}),
		),
		/** Answers by brand and guide: per brand even when all brands are asked for. */
		guidesByBrand: z.array(
			z.object({
				brand: z.string(),
				page: z.string(),
				helpful: z.number().int().nonnegative(),
				notHelpful: z.number().int().nonnegative(),
			}),
		),
		/** The guides with the most "No", most first (only those with any). */
		mostNotHelpful: z.array(z.object({ page: z.string(), notHelpful: z.number().int(), total: z.number().int() })),
		latestComments: z.array(CommentSchema),
		/**
		 * Answers that AI assistants gave through the docs MCP server (`submit_feedback`), counted apart:
		 * none of the figures or comments above includes them.
		 */
		fromAgents: z.object({
			total: z.number().int().nonnegative(),
			helpful: z.number().int().nonnegative(),
			notHelpful: z.number().int().nonnegative(),
			/** Per brand and guide, even when all brands are asked for. */
			guides: z.array(
				z.object({
					brand: z.string(),
					page: z.string(),
					helpful: z.number().int().nonnegative(),
					notHelpful: z.number().int().nonnegative(),
				}),
			),
			/** Their newest comments, apart from readers' (which never make room for them). */
			latestComments: z.array(CommentSchema),
		}),
	}),
});
export type InsightsReport = z.infer<typeof InsightsReportSchema>;

/** How many comments a guide shows, and the whole report, at most. */
export const commentsPerGuide = 3;
export const latestCommentsShown = 20;

/** Every day from `from` to `to`, both included. */
export function daysBetween(from: Day, to: Day): Day[] {
	const days: Day[] = [];
	for (let ms = startOf(from); ms <= startOf(to); ms += dayMs) days.push(dayOf(ms));
	return days;
}

/** The period of the same length that ends the day before `query` starts. */
export function previousPeriodOf({ from, to, brand }: InsightsQuery): InsightsQuery {
	const length = startOf(to) - startOf(from) + dayMs;
	return { from: dayOf(startOf(from) - length), to: dayOf(startOf(from) - dayMs), brand };
}

/** Adds `count` under `key`, keeping first-seen order. */
function tally<K>(into: Map<K, number>, key: K, count: number): void {
	into.set(key, (into.get(key) ?? 0) + count);
}

const ratio = (part: number, whole: number) => (whole === 0 ? 0 : part / whole);
/** Rounded to 4 places: a share is shown as a percentage with at most two decimals. */
const round = (value: number) => Math.round(value * 10_000) / 10_000;
/** `part` of `whole` as the report gives every share: 0 of nothing, rounded to 4 places. */
export const shareOf = (part: number, whole: number) => round(ratio(part, whole));

export interface ReportInput {
	query: InsightsQuery;
	outcomes: OutcomeCount[];
	previousOutcomes: OutcomeCount[];
	feedback: FeedbackCount[];
	comments: FeedbackComment[];
	/** The order guides are listed in when their figures tie: the task order. */
	guideOrder?: readonly string[];
}

export function buildReport({ query, outcomes, previousOutcomes, feedback, comments, guideOrder = [] }: ReportInput): InsightsReport {
	const days = daysBetween(query.from, query.to);
	const previous = previousPeriodOf(query);

	// Known verdicts in their documented order, then any other a newer version recorded.
	const verdictOrder: string[] = [...verdicts];
	for (const { verdict } of [...outcomes, ...previousOutcomes]) if (!verdictOrder.includes(verdict)) verdictOrder.push(verdict);

	const perDay = new Map(days.map((day) => [day, new Map<string, number>()]));
	const byVerdict = new Map<string, number>();
	const byPreviousVerdict = new Map<string, number>();
	const environments = new Map<string, number>();
	const pages = new Map<string, number>();
	const statusClasses = new Map<string, number>();
	const latencyBuckets = new Map<string, number>();
	const byBrand = new Map<string, { brand: string; tests: number; connected: number; helpful: number; notHelpful: number }>();
	const brandRow = (brand: string) => {
		let row = byBrand.get(brand);
		if (!row) byBrand.set(brand, (row = { brand, tests: 0, connected: 0, helpful: 0, notHelpful: 0 }));
		return row;
	};
	const byLanguage = new Map<string, { locale: string; tests: number; failed: number; helpful: number; notHelpful: number }>();
	const languageRow = (locale: string) => {
		let row = byLanguage.get(locale);
		if (!row) byLanguage.set(locale, (row = { locale, tests: 0, failed: 0, helpful: 0, notHelpful: 0 }));
		return row;
	};
	const perDayByBrand = new Map<string, { day: Day; brand: string; verdict: string; count: number }>();
	let total = 0;
	for (const outcome of outcomes) {
		const day = perDay.get(outcome.day);
		if (!day) continue;
		total += outcome.count;
		const brand = brandRow(outcome.brand);
		brand.tests += outcome.count;
		if (outcome.verdict === 'connected') brand.connected += outcome.count;
		const language = languageRow(outcome.locale);
		language.tests += outcome.count;
		if (outcome.verdict !== 'connected') language.failed += outcome.count;
		const key = `${outcome.day}\u0000${outcome.brand}\u0000${outcome.verdict}`;
		const counted = perDayByBrand.get(key);
		if (counted) counted.count += outcome.count;
		else perDayByBrand.set(key, { day: outcome.day, brand: outcome.brand, verdict: outcome.verdict, count: outcome.count });
		tally(day, outcome.verdict, outcome.count);
		tally(byVerdict, outcome.verdict, outcome.count);
		tally(environments, outcome.environment, outcome.count);
		tally(pages, outcome.page, outcome.count);
		tally(statusClasses, outcome.statusClass, outcome.count);
		tally(latencyBuckets, outcome.latencyBucket, outcome.count);
	}
	let previousTotal = 0;
	for (const outcome of previousOutcomes) {
		previousTotal += outcome.count;
		tally(byPreviousVerdict, outcome.verdict, outcome.count);
	}
	const sorted = <K extends string>(counts: Map<string, number>, key: K) =>
		[...counts].sort(([, a], [, b]) => b - a).map(([name, count]) => ({ [key]: name, count }) as { [P in K]: string } & { count: number });

	// Readers' comments and agents' are listed apart, so agents' never crowd readers' out.
	const readerComments = comments.filter((comment) => comment.source === 'reader');
	const guides = new Map<string, { helpful: number; notHelpful: number }>();
	const guidesByBrand = new Map<string, { brand: string; page: string; helpful: number; notHelpful: number }>();
	let helpful = 0;
	let notHelpful = 0;
	const agentGuides = new Map<string, { brand: string; page: string; helpful: number; notHelpful: number }>();
	for (const answer of feedback) {
		if (answer.source === 'agent') {
			const key = `${answer.brand}\u0000${answer.page}`;
			const guide = agentGuides.get(key) ?? { brand: answer.brand, page: answer.page, helpful: 0, notHelpful: 0 };
			guide[answer.helpful ? 'helpful' : 'notHelpful'] += answer.count;
			agentGuides.set(key, guide);
			continue;
		}
		const guide = guides.get(answer.page) ?? { helpful: 0, notHelpful: 0 };
		const key = `${answer.brand}\u0000${answer.page}`;
		const ofBrand = guidesByBrand.get(key) ?? { brand: answer.brand, page: answer.page, helpful: 0, notHelpful: 0 };
		const brand = brandRow(answer.brand);
		const side = answer.helpful ? 'helpful' : 'notHelpful';
		guide[side] += answer.count;
		ofBrand[side] += answer.count;
		brand[side] += answer.count;
		languageRow(answer.locale)[side] += answer.count;
		if (answer.helpful) helpful += answer.count;
		else notHelpful += answer.count;
		guides.set(answer.page, guide);
		guidesByBrand.set(key, ofBrand);
	}
	const rank = (page: string) => {
		const at = guideOrder.indexOf(page);
		return at === -1 ? guideOrder.length : at;
	};
	const guideRows = [...guides]
		.map(([page, { helpful, notHelpful }]) => ({
			page,
			helpful,
			notHelpful,
			helpfulShare: shareOf(helpful, helpful + notHelpful),
			latestComments: readerComments.filter((comment) => comment.page === page).slice(0, commentsPerGuide),
		}))
		.sort((a, b) => rank(a.page) - rank(b.page) || a.page.localeCompare(b.page));

	return {
		period: { from: query.from, to: query.to, days: days.length },
		previousPeriod: { from: previous.from, to: previous.to },
		brand: query.brand,
		brands: [...byBrand.values()].sort((a, b) => b.tests - a.tests || a.brand.localeCompare(b.brand)),
		languages: [...byLanguage.values()]
			.map((row) => ({
				...row,
				failedShare: shareOf(row.failed, row.tests),
				notHelpfulShare: shareOf(row.notHelpful, row.helpful + row.notHelpful),
			}))
			.sort(
				(a, b) =>
					b.failedShare + b.notHelpfulShare - (a.failedShare + a.notHelpfulShare) || b.tests - a.tests || a.locale.localeCompare(b.locale),
			),
		tests: {
			total,
			previousTotal,
			perDay: days.map((day) => {
				const counts = perDay.get(day)!;
				return {
					day,
					total: [...counts.values()].reduce((sum, count) => sum + count, 0),
					verdicts: Object.fromEntries(verdictOrder.map((verdict) => [verdict, counts.get(verdict) ?? 0])),
				};
			}),
			perDayByBrand: [...perDayByBrand.values()].sort(
				(a, b) =>
					a.day.localeCompare(b.day) || a.brand.localeCompare(b.brand) || verdictOrder.indexOf(a.verdict) - verdictOrder.indexOf(b.verdict),
			),
			verdicts: verdictOrder.map((verdict) => {
				const count = byVerdict.get(verdict) ?? 0;
				const previousCount = byPreviousVerdict.get(verdict) ?? 0;
				const currentShare = ratio(count, total);
				const previousShare = ratio(previousCount, previousTotal);
				return {
					verdict,
					count,
					share: round(currentShare),
					previousCount,
					previousShare: round(previousShare),
					changePoints: previousTotal === 0 || total === 0 ? null : Math.round((currentShare - previousShare) * 10_000) / 100,
				};
			}),
			environments: sorted(environments, 'environment'),
			pages: sorted(pages, 'page'),
			statusClasses: sorted(statusClasses, 'statusClass'),
			latencyBuckets: sorted(latencyBuckets, 'latencyBucket'),
		},
		feedback: {
			total: helpful + notHelpful,
			helpful,
			notHelpful,
			guides: guideRows,
			guidesByBrand: [...guidesByBrand.values()].sort((a, b) => a.brand.localeCompare(b.brand) || rank(a.page) - rank(b.page)),
			mostNotHelpful: guideRows
				.filter((guide) => guide.notHelpful > 0)
				.sort((a, b) => b.notHelpful - a.notHelpful || rank(a.page) - rank(b.page))
				.slice(0, 5)
				.map(({ page, helpful, notHelpful }) => ({ page, notHelpful, total: helpful + notHelpful })),
			latestComments: readerComments.slice(0, latestCommentsShown),
			fromAgents: {
				total: [...agentGuides.values()].reduce((sum, guide) => sum + guide.helpful + guide.notHelpful, 0),
				helpful: [...agentGuides.values()].reduce((sum, guide) => sum + guide.helpful, 0),
				notHelpful: [...agentGuides.values()].reduce((sum, guide) => sum + guide.notHelpful, 0),
				guides: [...agentGuides.values()].sort((a, b) => a.brand.localeCompare(b.brand) || rank(a.page) - rank(b.page)),
				latestComments: comments.filter((comment) => comment.source === 'agent').slice(0, latestCommentsShown),
			},
		},
	};
}
