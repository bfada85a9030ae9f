import type { InsightsReport } from '../../lib/server/insights/insights-report';
import { html, type Markup } from './html';
import { verdictLabel } from './verdict-colours';

/**
 * Tests per day, stacked by verdict, drawn on the server as SVG: no script, so it works under
 * the dashboard's policy and without JavaScript. Each bar segment has a title (a tooltip); the
 * figures themselves are in the data table beside it, for screen readers and for copying.
 */

const width = 720;
const height = 240;
const margin = { top: 12, right: 8, bottom: 28, left: 40 };

/** A round upper bound for the axis: 1, 2 or 5 times a power of ten, at least `value`. */
export function niceCeiling(value: number): number {
	if (value <= 1) return 1;
	const power = 10 ** Math.floor(Math.log10(value));
	return [1, 2, 5, 10].map((step) => step * power).find((candidate) => candidate >= value)!;
}

export function testsPerDayChart(report: InsightsReport, captionId: string): Markup {
	const days = report.tests.perDay;
	const top = niceCeiling(Math.max(0, ...days.map((day) => day.total)));
	const plotWidth = width - margin.left - margin.right;
	const plotHeight = height - margin.top - margin.bottom;
	const slot = plotWidth / days.length;
	const barWidth = Math.max(1, slot * 0.72);
	const y = (count: number) => margin.top + plotHeight - (count / top) * plotHeight;
	// Whole numbers only: the middle line is drawn where it falls on one (not at 2.5 of 5).
	const ticks = [...new Set([0, Math.round(top / 2), top])];
	// The first, the middle and the last day are labelled; more would collide on a month.
	const labelled = new Set([0, Math.floor((days.length - 1) / 2), days.length - 1]);

	return html`<svg class="chart" viewBox="0 0 ${width} ${height}" role="img" aria-labelledby="${captionId}" focusable="false">
		${ticks.map(
			(tick) =>
				html`<line class="grid" x1="${margin.left}" x2="${width - margin.right}" y1="${y(tick)}" y2="${y(tick)}"></line>
					<text x="${margin.left - 6}" y="${y(tick) + 4}" text-anchor="end">${tick}</text>`,
		)}
		${days.map((day, index) => {
			const x = margin.left + index * slot + (slot - barWidth) / 2;
			let stacked = 0;
			const segments = Object.entries(day.verdicts)
				.filter(([, count]) => count > 0)
				.map(([verdict, count]) => {
					const segment = html`<rect
						class="v-${verdict}"
						x="${x.toFixed(2)}"
						y="${y(stacked + count).toFixed(2)}"
						width="${barWidth.toFixed(2)}"
						height="${((count / top) * plotHeight).toFixed(2)}"
						><title>${day.day}: ${count} ${verdictLabel(verdict)}</title></rect
					>`;
					stacked += count;
					return segment;
				});
			const label = labelled.has(index)
				? html`<text x="${(x + barWidth / 2).toFixed(2)}" y="${height - 8}" text-anchor="middle">${day.day.slice(5)}</text>`
				: '';
			return html`${segments}${label}`;
		})}
	</svg>`;
}
