import { guidePath, isGuideSlug } from '../../lib/shared/guide-catalogue.ts';
// The dashboard is in English: each language by its English name.
import { localeNamesInEnglish, type Locale } from '../../lib/shared/locales';
import type { InsightsReport } from '../../lib/server/insights/insights-report';
import type { InsightsQuery } from '../../lib/server/insights/records';
import { testsPerDayChart } from './chart';
import { html, type Markup } from './html';
import { verdictLabel } from './verdict-colours';

/**
 * The dashboard's pages, as HTML text: sign-in, the figures, and the page saying it is off. No
 * script at all; forms do the rest. Everything a reader wrote is escaped by `html`.
 */

export const stylesheetPath = '/insights/dashboard.css';

function page(title: string, body: Markup): string {
	return html`<!doctype html>
		<html lang="en">
			<head>
				<meta charset="utf-8" />
				<meta name="viewport" content="width=device-width, initial-scale=1" />
				<meta name="robots" content="noindex, nofollow" />
				<title>${title}</title>
				<link rel="icon" href="/favicon.svg" type="image/svg+xml" />
				<link rel="stylesheet" href="${stylesheetPath}" />
			</head>
			<body>
				${body}
			</body>
		</html> `.text;
}

export interface SignInOptions {
	siteTitle: string;
	/** Why the last attempt failed, in words. */
	error?: string;
}

export function signInPage({ siteTitle, error }: SignInOptions): string {
	return page(
		`Sign in · Insights · ${siteTitle}`,
		html`<main class="sign-in">
			<h1>Insights</h1>
			<p>The help center’s page feedback and token tester outcomes. Sign in with the server’s <code>INSIGHTS_TOKEN</code>.</p>
			${error ? html`<p class="error" role="alert" id="sign-in-error">${error}</p>` : ''}
			<form method="post" action="/insights/sign-in">
				<!-- For password managers, which file a password under a user name: there is only one. -->
				<input type="text" name="username" value="insights" autocomplete="username" hidden />
				<label
					>Insights token
					<input
						type="password"
						name="token"
						autocomplete="current-password"
						required
						spellcheck="false"
						${error ? html`aria-describedby="sign-in-error" aria-invalid="true"` : ''}
						autofocus
					/>
				</label>
				<button class="primary" type="submit">Sign in</button>
			</form>
		</main>`,
	);
}

export function dashboardOffPage(siteTitle: string): string {
	return page(
		`Insights are off · ${siteTitle}`,
		html`<main class="sign-in">
			<h1>Insights are off</h1>
			<p>
				This server has no <code>INSIGHTS_TOKEN</code>, so its insights dashboard is off. Feedback and test outcomes are still recorded. Its
				operator can set <code>INSIGHTS_TOKEN</code> and restart it to read them here.
			</p>
			<p><a href="/">Back to the guides</a></p>
		</main>`,
	);
}

export interface DashboardOptions {
	siteTitle: string;
	report: InsightsReport | null;
	query: InsightsQuery;
	brands: string[];
	/** Set when the figures could not be read, or the recording is failing. */
	problem?: string | undefined;
	/** A bad filter, said next to the form. */
	filterError?: string | undefined;
}

/** A table's column headings: the row headings' column, then columns of figures. */
const tableHead = (rowHeading: string, figures: string[]) =>
	html`<thead>
		<tr>
			<th scope="col">${rowHeading}</th>
			${figures.map((figure) => html`<th scope="col" class="number">${figure}</th>`)}
		</tr>
	</thead>`;

const plural = (count: number, word: string) => `${count} ${word}${count === 1 ? '' : 's'}`;
const percent = (share: number) => `${(share * 100).toFixed((share * 100) % 1 === 0 ? 0 : 1)}%`;
// `embed` in the figures is the embeddable tester on other sites, not the /embed/ page; `api` and `other` are no page.
const guideLink = (page: string) =>
	isGuideSlug(page) && page !== 'embed' ? html`<a href="${guidePath(page)}">${guidePath(page)}</a>` : html`${page}`;

function change(points: number | null, verdict: string): Markup {
	if (points === null) return html`<span>—</span>`;
	if (points === 0) return html`<span>no change</span>`;
	// More connected is good; more of any failure is bad.
	const worse = verdict === 'connected' ? points < 0 : points > 0;
	// Said in words as well as in colour.
	return html`<span class="${worse ? 'worse' : 'better'}"
		>${points > 0 ? '+' : '−'}${Math.abs(points).toFixed(1)} pts (${worse ? 'worse' : 'better'})</span
	>`;
}

function filters({ query, brands, filterError }: DashboardOptions): Markup {
	const exportQuery = new URLSearchParams({ from: query.from, to: query.to, ...(query.brand ? { brand: query.brand } : {}) });
	return html`<form class="filters" method="get" action="/insights/" ${filterError ? html`aria-describedby="filter-error"` : ''}>
		<label>From <input type="date" name="from" value="${query.from}" required /></label>
		<label>To <input type="date" name="to" value="${query.to}" required /></label>
		<label
			>Brand
			<select name="brand">
				<option value="">All brands</option>
				${[...new Set([...brands, ...(query.brand ? [query.brand] : [])])].map(
					(brand) => html`<option value="${brand}" ${brand === query.brand ? 'selected' : ''}>${brand}</option>`,
				)}
			</select>
		</label>
		<button class="primary" type="submit">Show</button>
		<p class="downloads">
			Download: <a href="/api/insights?${exportQuery.toString()}&amp;format=csv" download>CSV</a> ·
			<a href="/api/insights?${exportQuery.toString()}">JSON</a>
		</p>
		${filterError ? html`<p class="error" id="filter-error" role="alert">${filterError}</p>` : ''}
	</form>`;
}

function testsSection(report: InsightsReport): Markup {
	const { tests, period, previousPeriod } = report;
	const connected = tests.verdicts.find((row) => row.verdict === 'connected');
	const shown = tests.verdicts.filter((row) => row.count > 0 || row.previousCount > 0);
	const usedVerdicts = shown.map((row) => row.verdict);
	return html`<section aria-labelledby="tests-heading">
		<h2 id="tests-heading">Connection tests</h2>
		<dl class="figures">
			<div>
				<dt>Tests</dt>
				<dd>${tests.total}<small>${tests.previousTotal} in the ${period.days} days before</small></dd>
			</div>
			<div>
				<dt>Connected</dt>
				<dd>${connected && tests.total ? percent(connected.share) : '—'}<small>${plural(connected?.count ?? 0, 'test')}</small></dd>
			</div>
		</dl>
		${
			tests.total === 0
				? html`<p class="empty">No connection tests from ${period.from} to ${period.to}.</p>`
				: html`<figure>
							<figcaption id="tests-chart-caption">
								Tests per day from ${period.from} to ${period.to}, stacked by verdict. The same figures are in the table below the chart.
							</figcaption>
							${testsPerDayChart(report, 'tests-chart-caption')}
							<ul class="legend" aria-label="Verdicts in the chart">
								${usedVerdicts.map((verdict) => html`<li class="v-${verdict}">${verdictLabel(verdict)}</li>`)}
							</ul>
						</figure>
						<details>
							<summary>Tests per day as a table</summary>
							<div class="table-scroll">
								<table>
									<caption>
										Tests per day, by verdict
									</caption>
									<thead>
										<tr>
											<th scope="col">Day</th>
											${usedVerdicts.map((verdict) => html`<th scope="col" class="number">${verdictLabel(verdict)}</th>`)}
											<th scope="col" class="number">Total</th>
										</tr>
									</thead>
									<tbody>
										${tests.perDay.map(
											(day) =>
												html`<tr>
													<th scope="row">${day.day}</th>
													${usedVerdicts.map((verdict) => html`<td class="number">${day.verdicts[verdict] ?? 0}</td>`)}
													<td class="number">${day.total}</td>
												</tr>`,
										)}
									</tbody>
								</table>
							</div>
						</details>`
		}
		${
			shown.length
				? html`<div class="table-scroll">
						<table>
							<caption>
								Verdicts: share of tests, and change from ${previousPeriod.from}–${previousPeriod.to}
							</caption>
							${tableHead('Verdict', ['Tests', 'Share', 'Share before', 'Change'])}
							<tbody>
								${shown.map(
									(row) =>
										html`<tr data-verdict="${row.verdict}">
											<th scope="row"><span class="v-${row.verdict}">${verdictLabel(row.verdict)}</span> <code>${row.verdict}</code></th>
											<td class="number">${row.count}</td>
											<td class="number">${percent(row.share)}</td>
											<td class="number">${report.tests.previousTotal ? percent(row.previousShare) : '—'}</td>
											<td class="number">${change(row.changePoints, row.verdict)}</td>
										</tr>`,
								)}
							</tbody>
						</table>
					</div>`
				: ''
		}
	</section>`;
}

function feedbackSection(report: InsightsReport): Markup {
	const { feedback } = report;
	return html`<section aria-labelledby="feedback-heading">
		<h2 id="feedback-heading">Page feedback</h2>
		<dl class="figures">
			<div>
				<dt>Answers</dt>
				<dd>${feedback.total}</dd>
			</div>
			<div>
				<dt>Helpful</dt>
				<dd>
					${feedback.total ? percent(feedback.helpful / feedback.total) : '—'}<small
						>${feedback.helpful} yes, ${feedback.notHelpful} no</small
					>
				</dd>
			</div>
		</dl>
		${
			feedback.total === 0
				? html`<p class="empty">No answers to “Was this page helpful?” in this period.</p>`
				: html`<div class="table-scroll">
							<table>
								<caption>
									Was this page helpful? Answers per guide
								</caption>
								${tableHead('Guide', ['Yes', 'No', 'Helpful'])}
								<tbody>
									${feedback.guides.map(
										(guide) =>
											html`<tr data-page="${guide.page}">
												<th scope="row">${guideLink(guide.page)}</th>
												<td class="number">${guide.helpful}</td>
												<td class="number">${guide.notHelpful}</td>
												<td class="number">${percent(guide.helpfulShare)}</td>
											</tr>`,
									)}
								</tbody>
							</table>
						</div>
						<h3>Guides with the most “No”</h3>
						${
							feedback.mostNotHelpful.length
								? html`<ol class="most-no">
										${feedback.mostNotHelpful.map((guide) => html`<li>${guideLink(guide.page)}: ${guide.notHelpful} of ${guide.total} said no</li>`)}
									</ol>`
								: html`<p class="empty">No guide was found unhelpful in this period.</p>`
						}`
		}
		<h3>Latest comments, by guide</h3>
		${
			feedback.latestComments.length
				? feedback.guides
						.filter((guide) => guide.latestComments.length)
						// The guides readers found least helpful first: their comments say why.
						.sort((a, b) => b.notHelpful - a.notHelpful)
						.map(
							(guide) =>
								html`<h4>${guideLink(guide.page)}</h4>
									<ul class="comments">
										${guide.latestComments.map(
											(comment) =>
												html`<li>
													<blockquote>${comment.comment}</blockquote>
													<p>${comment.helpful ? 'Helpful' : 'Not helpful'} · ${comment.brand} · ${comment.day}</p>
												</li>`,
										)}
									</ul>`,
						)
				: html`<p class="empty">No comments in this period.</p>`
		}
		${agentFeedback(report)}
	</section>`;
}

/**
 * What AI assistants said through the docs MCP server's `submit_feedback`, apart from readers: a
 * model's "No" is about the text as it read it, not as an admin followed it.
 */
function agentFeedback(report: InsightsReport): Markup {
	const { fromAgents } = report.feedback;
	const comments = fromAgents.latestComments;
	const allBrands = report.brand === null;
	return html`<h3 id="agent-feedback-heading">From AI assistants</h3>
		${
			fromAgents.total === 0
				? html`<p class="empty">
						No AI assistant answered through the docs MCP server in this period. These answers are not in the figures above.
					</p>`
				: html`<p>
							${fromAgents.total} answers from AI assistants (${fromAgents.helpful} yes, ${fromAgents.notHelpful} no), not counted in the
							figures above.
						</p>
						<div class="table-scroll">
							<table aria-describedby="agent-feedback-heading">
								<caption>
									AI assistants’ answers per guide
								</caption>
								${tableHead('Guide', ['Yes', 'No'])}
								<tbody>
									${fromAgents.guides.map(
										(guide) =>
											html`<tr data-agent-page="${guide.page}">
												<th scope="row">${guideLink(guide.page)}${allBrands ? html` <small>${guide.brand}</small>` : ''}</th>
												<td class="number">${guide.helpful}</td>
												<td class="number">${guide.notHelpful}</td>
											</tr>`,
									)}
								</tbody>
							</table>
						</div>
						${
							comments.length
								? html`<ul class="comments" aria-label="AI assistants’ latest comments">
										${comments.map(
											(comment) =>
												html`<li>
													<blockquote>${comment.comment}</blockquote>
													<p>
														${guideLink(comment.page)} · ${comment.helpful ? 'Helpful' : 'Not helpful'} · ${comment.brand} · ${comment.day}
													</p>
												</li>`,
										)}
									</ul>`
								: ''
						}`
		}`;
}

/** With all brands shown and more than one with figures: each brand side by side. */
function brandsSection(report: InsightsReport): Markup | '' {
	if (report.brand !== null || report.brands.length < 2) return '';
	return html`<section aria-labelledby="brands-heading">
		<h2 id="brands-heading">By brand</h2>
		<div class="table-scroll">
			<table>
				<caption>
					Tests and answers per brand
				</caption>
				${tableHead('Brand', ['Tests', 'Connected', 'Helpful', 'Not helpful'])}
				<tbody>
					${report.brands.map(
						(row) =>
							html`<tr>
								<th scope="row">
									<a
										href="/insights/?${new URLSearchParams({ from: report.period.from, to: report.period.to, brand: row.brand }).toString()}"
										>${row.brand}</a
									>
								</th>
								<td class="number">${row.tests}</td>
								<td class="number">${row.tests ? percent(row.connected / row.tests) : '—'}</td>
								<td class="number">${row.helpful}</td>
								<td class="number">${row.notHelpful}</td>
							</tr>`,
					)}
				</tbody>
			</table>
		</div>
	</section>`;
}

/** Each language's tests and answers, the one whose readers fail or say "No" most first. */
function languagesSection(report: InsightsReport): Markup | '' {
	if (report.languages.length === 0) return '';
	return html`<section aria-labelledby="languages-heading">
		<h2 id="languages-heading">By language</h2>
		<div class="table-scroll">
			<table>
				<caption>
					Tests that did not connect and answers that said No, per language of the page
				</caption>
				${tableHead('Language', ['Tests', 'Not connected', 'Helpful', 'Not helpful', 'Said No'])}
				<tbody>
					${report.languages.map(
						(row) =>
							html`<tr>
								<th scope="row">${localeNamesInEnglish[row.locale as Locale] ?? row.locale} (${row.locale})</th>
								<td class="number">${row.tests}</td>
								<td class="number">${row.tests ? percent(row.failedShare) : '—'}</td>
								<td class="number">${row.helpful}</td>
								<td class="number">${row.notHelpful}</td>
								<td class="number">${row.helpful + row.notHelpful ? percent(row.notHelpfulShare) : '—'}</td>
							</tr>`,
					)}
				</tbody>
			</table>
		</div>
	</section>`;
}

export function dashboardPage(options: DashboardOptions): string {
	const { siteTitle, report, problem, query } = options;
	return page(
		`Insights · ${siteTitle}`,
		html`<a class="skip" href="#figures">Skip to the figures</a>
			<header>
				<h1>Insights · ${siteTitle}</h1>
				<form method="post" action="/insights/sign-out"><button type="submit">Sign out</button></form>
			</header>
			<main id="figures" tabindex="-1">
				${filters(options)} ${problem ? html`<p class="notice" role="status">${problem}</p>` : ''}
				<p>${query.brand ? html`Brand <strong>${query.brand}</strong>` : 'All brands'}, ${query.from} to ${query.to} (days in UTC).</p>
				${report ? [testsSection(report), feedbackSection(report), languagesSection(report), brandsSection(report)] : ''}
			</main>`,
	);
}
