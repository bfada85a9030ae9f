import { describe, expect, test } from 'vitest';
import { reportToCsv, csvCell } from '../../src/lib/server/insights/insights-csv';
import { parseInsightsQuery } from '../../src/lib/server/insights/insights-query';
import { buildReport, daysBetween, InsightsReportSchema, previousPeriodOf } from '../../src/lib/server/insights/insights-report';
import { latencyBucketOf, statusClassOf } from '../../src/lib/server/insights/outcome-record';
import type { OutcomeCount } from '../../src/lib/server/insights/records';

const outcome = (day: string, verdict: string, count: number, extra: Partial<OutcomeCount> = {}): OutcomeCount => ({
	day,
	brand: 'acme',
	page: 'environments',
	locale: 'en',
	environment: 'sandbox',
	verdict,
	statusClass: verdict === 'connected' ? '2xx' : '4xx',
	latencyBucket: 'under-250ms',
	count,
	...extra,
});

const query = { from: '2026-11-01', to: '2026-11-03', brand: 'acme' };

describe('the report', () => {
	const report = buildReport({
		query,
		outcomes: [
			outcome('2026-11-01', 'connected', 3),
			outcome('2026-11-01', 'unauthorized', 1),
			outcome('2026-11-03', 'environment_mismatch', 4, { environment: 'production', page: 'embed' }),
			outcome('2026-11-03', 'connected', 2, { statusClass: '2xx', latencyBucket: '1s-3s' }),
		],
		previousOutcomes: [outcome('2026-10-30', 'connected', 8), outcome('2026-10-31', 'unauthorized', 2)],
		feedback: [
			{ day: '2026-11-01', brand: 'acme', page: 'troubleshooting', locale: 'en', source: 'reader', helpful: false, count: 3 },
			{ day: '2026-11-02', brand: 'acme', page: 'troubleshooting', locale: 'en', source: 'reader', helpful: true, count: 1 },
			{ day: '2026-11-02', brand: 'acme', page: 'environments', locale: 'en', source: 'reader', helpful: true, count: 2 },
			{ day: '2026-11-02', brand: 'acme', page: 'link-account', locale: 'en', source: 'reader', helpful: false, count: 1 },
		],
		comments: [
			{ day: '2026-11-02', brand: 'acme', page: 'troubleshooting', helpful: false, comment: 'Step 2 is unclear', source: 'reader' },
		],
		guideOrder: ['index', 'environments', 'link-account', 'troubleshooting'],
	});

	test('matches its schema', () => expect(InsightsReportSchema.parse(report)).toEqual(report));

	test('counts tests per day, every day of the period included, stacked by verdict', () => {
		expect(report.tests.total).toBe(10);
		expect(report.tests.perDay.map((day) => [day.day, day.total])).toEqual([
			['2026-11-01', 4],
			['2026-11-02', 0],
			['2026-11-03', 6],
		]);
		expect(report.tests.perDay[2]!.verdicts).toMatchObject({ connected: 2, environment_mismatch: 4, unauthorized: 0 });
	});

	test('gives each verdict its share and its change from the period before, in points', () => {
		const byVerdict = Object.fromEntries(report.tests.verdicts.map((row) => [row.verdict, row]));
		expect(byVerdict.connected).toMatchObject({ count: 5, share: 0.5, previousCount: 8, previousShare: 0.8, changePoints: -30 });
		expect(byVerdict.environment_mismatch).toMatchObject({ count: 4, share: 0.4, previousShare: 0, changePoints: 40 });
		expect(byVerdict.unauthorized).toMatchObject({ count: 1, share: 0.1, previousShare: 0.2, changePoints: -10 });
		expect(report.tests.previousTotal).toBe(10);
		expect(report.previousPeriod).toEqual({ from: '2026-10-29', to: '2026-10-31' });
	});

	test('breaks tests down by environment, page, status class and latency', () => {
		expect(report.tests.environments).toEqual([
			{ environment: 'sandbox', count: 6 },
			{ environment: 'production', count: 4 },
		]);
		expect(report.tests.pages).toEqual([
			{ page: 'environments', count: 6 },
			{ page: 'embed', count: 4 },
		]);
		expect(report.tests.statusClasses).toContainEqual({ statusClass: '2xx', count: 5 });
		expect(report.tests.latencyBuckets).toContainEqual({ latencyBucket: '1s-3s', count: 2 });
	});

	test('counts helpful and not helpful per guide, in task order, and ranks the guides with the most No', () => {
		expect(report.feedback).toMatchObject({ total: 7, helpful: 3, notHelpful: 4 });
		expect(report.feedback.guides).toEqual([
			{ page: 'environments', helpful: 2, notHelpful: 0, helpfulShare: 1, latestComments: [] },
			{ page: 'link-account', helpful: 0, notHelpful: 1, helpfulShare: 0, latestComments: [] },
			{ page: 'troubleshooting', helpful: 1, notHelpful: 3, helpfulShare: 0.25, latestComments: [report.feedback.latestComments[0]] },
		]);
		expect(report.feedback.mostNotHelpful).toEqual([
			{ page: 'troubleshooting', notHelpful: 3, total: 4 },
			{ page: 'link-account', notHelpful: 1, total: 1 },
		]);
	});

	test('keeps every figure per brand and day too, for a report on all brands', () => {
		const all = buildReport({
			query: { ...query, brand: null },
			outcomes: [outcome('2026-11-01', 'connected', 3), outcome('2026-11-01', 'connected', 2, { brand: 'larkspur' })],
			previousOutcomes: [],
			feedback: [
				{ day: '2026-11-01', brand: 'acme', page: 'index', locale: 'en', source: 'reader', helpful: true, count: 2 },
				{ day: '2026-11-02', brand: 'larkspur', page: 'index', locale: 'en', source: 'reader', helpful: false, count: 1 },
			],
			comments: [],
		});
		expect(all.brands).toEqual([
			{ brand: 'acme', tests: 3, connected: 3, helpful: 2, notHelpful: 0 },
			{ brand: 'larkspur', tests: 2, connected: 2, helpful: 0, notHelpful: 1 },
		]);
		expect(all.tests.perDayByBrand).toEqual([
			{ day: '2026-11-01', brand: 'acme', verdict: 'connected', count: 3 },
			{ day: '2026-11-01', brand: 'larkspur', verdict: 'connected', count: 2 },
		]);
		expect(all.feedback.guidesByBrand).toEqual([
			{ brand: 'acme', page: 'index', helpful: 2, notHelpful: 0 },
			{ brand: 'larkspur', page: 'index', helpful: 0, notHelpful: 1 },
		]);
		const csv = reportToCsv(all).split('\r\n');
		expect(csv).toContain('"tests_per_day","2026-11-01","larkspur",,"connected","2",,,,,,,');
		expect(csv).toContain('"guide_feedback",,"larkspur","index",,"1","0",,"0","1",,,"reader"');
		expect(csv).toContain('"verdict_share",,"all",,"connected","5","1",,,,,,');
	});

	test('gives each guide its newest comments, at most three', () => {
		const comments = Array.from({ length: 5 }, (_, index) => ({
			day: '2026-11-02',
			brand: 'acme',
			page: 'troubleshooting',
			helpful: false,
			comment: `comment ${index}`,
			source: 'reader' as const,
		}));
		const withComments = buildReport({
			query,
			outcomes: [],
			previousOutcomes: [],
			feedback: [{ day: '2026-11-02', brand: 'acme', page: 'troubleshooting', locale: 'en', source: 'reader', helpful: false, count: 5 }],
			comments,
		});
		expect(withComments.feedback.guides[0]!.latestComments.map((comment) => comment.comment)).toEqual([
			'comment 0',
			'comment 1',
			'comment 2',
		]);
	});

	test('has no change to show when either period had no tests', () => {
		const empty = buildReport({
			query,
			outcomes: [outcome('2026-11-02', 'connected', 1)],
			previousOutcomes: [],
			feedback: [],
			comments: [],
		});
		expect(empty.tests.verdicts.every((row) => row.changePoints === null)).toBe(true);
		expect(empty.feedback.mostNotHelpful).toEqual([]);
	});

	test('as CSV: one row per figure, comments made safe for spreadsheets', () => {
		const withFormula = {
			...report,
			feedback: {
				...report.feedback,
				latestComments: [{ ...report.feedback.latestComments[0]!, comment: '=HYPERLINK("x","y"), and more' }],
			},
		};
		const csv = reportToCsv(withFormula);
		const lines = csv.trimEnd().split('\r\n');
		expect(lines[0]).toBe('section,day,brand,page,verdict,count,share,change_points,helpful,not_helpful,comment,locale,source');
		expect(lines).toContain('"tests_per_day","2026-11-03","acme",,"environment_mismatch","4",,,,,,,');
		expect(lines).toContain('"verdict_share",,"acme",,"connected","5","0.5","-30",,,,,');
		expect(lines).toContain('"guide_feedback",,"acme","troubleshooting",,"4","0.25",,"1","3",,,"reader"');
		expect(lines).toContain('"language",,"acme",,,"10","0.5",,"3","4",,"en",');
		expect(lines).toContain(`"comment","2026-11-02","acme","troubleshooting",,,,,"false",,"'=HYPERLINK(""x"",""y""), and more",,"reader"`);
	});

	test('counts AI assistants’ answers apart: in none of the readers’ figures, with their own per guide, CSV rows and comments', () => {
		const withAgents = buildReport({
			query,
			outcomes: [],
			previousOutcomes: [],
			feedback: [
				{ day: '2026-11-02', brand: 'acme', page: 'environments', locale: 'en', source: 'reader', helpful: true, count: 2 },
				{ day: '2026-11-02', brand: 'acme', page: 'environments', locale: 'en', source: 'agent', helpful: false, count: 3 },
				{ day: '2026-11-02', brand: 'acme', page: 'troubleshooting', locale: 'de', source: 'agent', helpful: true, count: 1 },
			],
			comments: [
				{
					day: '2026-11-02',
					brand: 'acme',
					page: 'environments',
					helpful: false,
					comment: 'No word on EU data residency',
					source: 'agent',
				},
				{ day: '2026-11-02', brand: 'acme', page: 'environments', helpful: true, comment: 'Clear', source: 'reader' },
			],
			guideOrder: ['environments', 'troubleshooting'],
		});
		expect(InsightsReportSchema.parse(withAgents)).toEqual(withAgents);
		expect(withAgents.feedback).toMatchObject({ total: 2, helpful: 2, notHelpful: 0, mostNotHelpful: [] });
		expect(withAgents.feedback.guides).toEqual([
			{ page: 'environments', helpful: 2, notHelpful: 0, helpfulShare: 1, latestComments: [withAgents.feedback.latestComments[0]] },
		]);
		expect(withAgents.brands).toEqual([{ brand: 'acme', tests: 0, connected: 0, helpful: 2, notHelpful: 0 }]);
		expect(withAgents.languages.map((row) => row.locale)).toEqual(['en']);
		// Readers' comments and agents' apart: an agent's never takes a reader's place.
		expect(withAgents.feedback.latestComments.map((comment) => comment.comment)).toEqual(['Clear']);
		expect(withAgents.feedback.fromAgents).toEqual({
			total: 4,
			helpful: 1,
			notHelpful: 3,
			guides: [
				{ brand: 'acme', page: 'environments', helpful: 0, notHelpful: 3 },
				{ brand: 'acme', page: 'troubleshooting', helpful: 1, notHelpful: 0 },
			],
			latestComments: [expect.objectContaining({ comment: 'No word on EU data residency', source: 'agent' })],
		});
		const lines = reportToCsv(withAgents).trimEnd().split('\r\n');
		expect(lines).toContain('"agent_feedback",,"acme","environments",,"3","0",,"0","3",,,"agent"');
		expect(lines).toContain('"comment","2026-11-02","acme","environments",,,,,"false",,"No word on EU data residency",,"agent"');
	});
});

describe('CSV cells', () => {
	test.each([
		['plain', '"plain"'],
		['a, b', '"a, b"'],
		['say "hi"', '"say ""hi"""'],
		['=1+1', `"'=1+1"`],
		['+1', `"'+1"`],
		['-1', `"'-1"`],
		['@SUM(A1)', `"'@SUM(A1)"`],
		['line\nbreak', '"line\nbreak"'],
		// A spreadsheet that splits on semicolons or tabs keeps a quoted cell whole.
		['x;=HYPERLINK("https://evil.example","open")', '"x;=HYPERLINK(""https://evil.example"",""open"")"'],
		['x\t=1+1', '"x\t=1+1"'],
	])('%j → %j', (input, output) => expect(csvCell(input)).toBe(output));
	test('numbers are written as they are, negative ones included, quoted as every cell is', () => expect(csvCell(-30)).toBe('"-30"'));
	test('an empty value is an empty cell', () => expect(csvCell(null)).toBe(''));
});

describe('periods', () => {
	const today = new Date('2026-11-30T15:00:00Z');
	const parse = (search: string) => parseInsightsQuery(new URLSearchParams(search), today);

	test('the last 30 days and every brand by default', () => {
		expect(parse('')).toEqual({ ok: true, format: 'json', query: { from: '2026-11-01', to: '2026-11-30', brand: null } });
	});
	test('a period, a brand and CSV as asked', () => {
		expect(parse('from=2026-10-01&to=2026-10-31&brand=acme&format=csv')).toEqual({
			ok: true,
			format: 'csv',
			query: { from: '2026-10-01', to: '2026-10-31', brand: 'acme' },
		});
	});
	test.each([
		['from=2026-02-31', 'from'],
		['to=yesterday', 'to'],
		['from=2026-11-10&to=2026-11-01', 'from'],
		['from=2024-01-01&to=2026-01-01', 'from'],
		['brand=Not%20a%20brand', 'brand'],
		['format=xml', 'format'],
	])('%s is refused, naming %s', (search, field) => {
		const parsed = parse(search);
		expect(parsed.ok).toBe(false);
		if (!parsed.ok) expect(parsed.field).toBe(field);
	});
	test('the period before has the same length', () => {
		expect(previousPeriodOf({ from: '2026-11-01', to: '2026-11-30', brand: null })).toEqual({
			from: '2026-10-02',
			to: '2026-10-31',
			brand: null,
		});
		expect(daysBetween('2026-02-27', '2026-03-01')).toEqual(['2026-02-27', '2026-02-28', '2026-03-01']);
	});
});

describe('what an outcome keeps of Remote’s answer', () => {
	test.each([
		[null, 'none'],
		[200, '2xx'],
		[201, '2xx'],
		[401, '4xx'],
		[429, '4xx'],
		[503, '5xx'],
		[302, '5xx'],
	] as const)('status %s is %s', (status, statusClass) => expect(statusClassOf(status)).toBe(statusClass));
	test.each([
		[null, 'none'],
		[0, 'under-250ms'],
		[249, 'under-250ms'],
		[250, '250ms-1s'],
		[999, '250ms-1s'],
		[1000, '1s-3s'],
		[3000, 'over-3s'],
	] as const)('%s ms is %s', (latency, bucket) => expect(latencyBucketOf(latency)).toBe(bucket));
});

describe('figures per language', () => {
	test('each language’s tests and answers, the one whose readers fail or say No most first', () => {
		const report = buildReport({
			query,
			outcomes: [
				outcome('2026-11-01', 'connected', 8),
				outcome('2026-11-01', 'unauthorized', 2),
				outcome('2026-11-02', 'environment_mismatch', 3, { locale: 'de' }),
				outcome('2026-11-02', 'connected', 1, { locale: 'de' }),
			],
			previousOutcomes: [],
			feedback: [
				{ day: '2026-11-01', brand: 'acme', page: 'environments', locale: 'en', source: 'reader', helpful: true, count: 4 },
				{ day: '2026-11-02', brand: 'acme', page: 'environments', locale: 'fr', source: 'reader', helpful: false, count: 2 },
			],
			comments: [],
		});
		expect(report.languages).toEqual([
			{ locale: 'fr', tests: 0, failed: 0, failedShare: 0, helpful: 0, notHelpful: 2, notHelpfulShare: 1 },
			{ locale: 'de', tests: 4, failed: 3, failedShare: 0.75, helpful: 0, notHelpful: 0, notHelpfulShare: 0 },
			{ locale: 'en', tests: 10, failed: 2, failedShare: 0.2, helpful: 4, notHelpful: 0, notHelpfulShare: 0 },
		]);
		expect(InsightsReportSchema.parse(report)).toEqual(report);
	});
});
