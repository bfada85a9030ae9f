import { dayMs, dayOf, startOf } from './days';
import type { InsightsQuery } from './records';

/**
 * The period and brand a reader of the insights asks for (`?from=&to=&brand=`), with the same
 * defaults and limits for the dashboard and `GET /api/insights`: the last 30 days, all brands.
 */

export const defaultPeriodDays = 30;
export const longestPeriodDays = 366;

export type ParsedQuery = { ok: true; query: InsightsQuery; format: 'json' | 'csv' } | { ok: false; field: string; message: string };

function parseDay(value: string): number | null {
	if (!/^\d{4}-\d{2}-\d{2}$/.test(value)) return null;
	const ms = startOf(value);
	// Date.parse rolls 2026-02-31 over to March: only a day that exists reads back the same.
	return Number.isNaN(ms) || dayOf(ms) !== value ? null : ms;
}

export function parseInsightsQuery(parameters: URLSearchParams, today: Date = new Date()): ParsedQuery {
	const fromText = parameters.get('from') || '';
	const toText = parameters.get('to') || '';
	const to = toText ? parseDay(toText) : startOf(dayOf(today));
	if (to === null) return { ok: false, field: 'to', message: '"to" must be a day written YYYY-MM-DD, such as 2026-11-30.' };
	const from = fromText ? parseDay(fromText) : to - (defaultPeriodDays - 1) * dayMs;
	if (from === null) return { ok: false, field: 'from', message: '"from" must be a day written YYYY-MM-DD, such as 2026-11-01.' };
	if (from > to) return { ok: false, field: 'from', message: '"from" must be the same day as "to" or earlier.' };
	if ((to - from) / dayMs + 1 > longestPeriodDays)
		return { ok: false, field: 'from', message: `A period can be at most ${longestPeriodDays} days long.` };
	const brand = parameters.get('brand') || null;
	if (brand !== null && !/^[a-z0-9][a-z0-9-]{0,59}$/.test(brand))
		return {
			ok: false,
			field: 'brand',
			message: '"brand" must be a brand id (lower-case letters, digits and hyphens), or left out for all brands.',
		};
	const format = parameters.get('format') || 'json';
	if (format !== 'json' && format !== 'csv') return { ok: false, field: 'format', message: '"format" must be "json" or "csv".' };
	return { ok: true, query: { from: dayOf(from), to: dayOf(to), brand }, format };
}

/** The period shown when none is asked for (or the one asked for cannot be read): the last 30 days, all brands. */
export function defaultQuery(today: Date = new Date()): InsightsQuery {
	const parsed = parseInsightsQuery(new URLSearchParams(), today);
	if (!parsed.ok) throw new Error('The default period cannot be invalid.');
	return parsed.query;
}
