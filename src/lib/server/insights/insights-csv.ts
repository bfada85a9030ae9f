import { shareOf, type InsightsReport } from './insights-report';

/**
 * The report as one CSV file for a spreadsheet: one row per figure, a `section` column saying
 * which table it belongs to. Readers' comments are in it, so every cell is made safe to open: a
 * cell that a spreadsheet would run as a formula starts with an apostrophe.
 */

export const csvColumns = [
	'section',
	'day',
	'brand',
	'page',
	'verdict',
	'count',
	'share',
	'change_points',
	'helpful',
	'not_helpful',
	'comment',
	'locale',
	// Last, so a spreadsheet reading the columns by position before it came still reads them right.
	'source',
] as const;
type Row = Partial<Record<(typeof csvColumns)[number], string | number | boolean | null>>;
type GuideAnswers = InsightsReport['feedback']['guidesByBrand'][number];

/**
 * One cell: neutralised if a spreadsheet would evaluate it, and quoted whenever it has a value.
 * Quoting only cells that hold a comma is not enough: a spreadsheet set to split on semicolons or
 * tabs would cut `x;=HYPERLINK(…)` into a harmless cell and a formula. Quoted, a cell is one cell
 * whatever the separator; quotes are CSV's syntax, so a quoted number still reads as a number.
 */
export function csvCell(value: string | number | boolean | null | undefined): string {
	if (value === null || value === undefined) return '';
	let text = String(value);
	if (typeof value === 'string' && /^[=+\-@\t\r|%]/.test(text)) text = `'${text}`;
	return `"${text.replace(/"/g, '""')}"`;
}

export function reportToCsv(report: InsightsReport): string {
	const brand = report.brand ?? 'all';
	const rows: Row[] = [];
	// Per brand and day, each row with its own brand, even when the report is for all of them.
	for (const { day, brand: ofBrand, verdict, count } of report.tests.perDayByBrand)
		rows.push({ section: 'tests_per_day', day, brand: ofBrand, verdict, count });
	for (const { verdict, count, share, changePoints } of report.tests.verdicts)
		rows.push({ section: 'verdict_share', brand, verdict, count, share, change_points: changePoints });
	/** A guide's answers from readers or, counted apart, from AI assistants: per brand and guide. */
	const guideRow = (section: string, source: 'reader' | 'agent', { brand: ofBrand, page, helpful, notHelpful }: GuideAnswers): Row => ({
		section,
		brand: ofBrand,
		page,
		count: helpful + notHelpful,
		share: shareOf(helpful, helpful + notHelpful),
		helpful,
		not_helpful: notHelpful,
		source,
	});
	for (const guide of report.feedback.guidesByBrand) rows.push(guideRow('guide_feedback', 'reader', guide));
	for (const guide of report.feedback.fromAgents.guides) rows.push(guideRow('agent_feedback', 'agent', guide));
	for (const { locale, tests, failedShare, helpful, notHelpful } of report.languages)
		rows.push({ section: 'language', brand, locale, count: tests, share: failedShare, helpful, not_helpful: notHelpful });
	for (const comment of [...report.feedback.latestComments, ...report.feedback.fromAgents.latestComments])
		rows.push({
			section: 'comment',
			day: comment.day,
			brand: comment.brand,
			page: comment.page,
			helpful: comment.helpful,
			comment: comment.comment,
			source: comment.source,
		});
	const lines = [csvColumns.join(','), ...rows.map((row) => csvColumns.map((column) => csvCell(row[column])).join(','))];
	return `${lines.join('\r\n')}\r\n`;
}
