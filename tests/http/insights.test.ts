import { randomBytes } from 'node:crypto';
import { mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DatabaseSync } from 'node:sqlite';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect } from 'vitest';
import { fakeRemoteTest as test } from '../support/http-fixtures';
import { InsightsReportSchema, type InsightsReport } from '../../src/lib/server/insights/insights-report';
import { ErrorResponseSchema } from '../../src/lib/shared/connection-test-schema';
import { gatewayEnvOf, uniqueDemoToken, type FakeRemote } from '../support/fake-remote';
import { startHelpCenter, type RunningHelpCenter } from '../support/help-center';
import { startPostgres, type RunningPostgres } from '../support/postgres';

/**
 * The insights through the built server over real HTTP, on each engine: SQLite (the default) and a
 * real PostgreSQL. What readers send is recorded and read back, nothing secret reaches the
 * database, a restart keeps it all, and a database that fails never reaches a reader.
 */

const insightsToken = 'http-insights-token-0123456789abcdef';
const today = new Date().toISOString().slice(0, 10);
/** A day both in the default period and the one asked for, whatever the time zone of the run. */
const period = `from=${today}&to=${today}`;

let fake: FakeRemote;
let postgres: RunningPostgres;

test.beforeAll(async ({ fake: started }) => {
	fake = started;
	postgres = await startPostgres();
});
afterAll(async () => {
	await postgres?.remove();
});

/** A token the fake Remote accepts (or refuses), unique to this run so it can be searched for. */
const demoToken = (behaviour: 'connected' | 'revoked', environment: 'sandbox' | 'production' = 'sandbox') =>
	uniqueDemoToken(behaviour, environment);

const post = (server: RunningHelpCenter, route: string, body: unknown, headers: Record<string, string> = {}) =>
	fetch(`${server.url}${route}`, {
		method: 'POST',
		headers: { 'Content-Type': 'application/json', ...headers },
		body: typeof body === 'string' ? body : JSON.stringify(body),
	});

async function report(server: RunningHelpCenter, query = period): Promise<InsightsReport> {
	const response = await fetch(`${server.url}/api/insights?${query}`, { headers: { Authorization: `Bearer ${insightsToken}` } });
	expect(response.status, await response.clone().text()).toBe(200);
	return InsightsReportSchema.parse(await response.json());
}

const verdictCount = (figures: InsightsReport, verdict: string) =>
	figures.tests.verdicts.find((row) => row.verdict === verdict)?.count ?? 0;

/** Waits until `check` passes: records are written in the background, never awaited by a reader. */
async function eventually(check: () => Promise<void>, withinMs = 5000): Promise<void> {
	const deadline = Date.now() + withinMs;
	for (;;) {
		try {
			return await check();
		} catch (error) {
			if (Date.now() > deadline) throw error;
			await new Promise((resolve) => setTimeout(resolve, 50));
		}
	}
}

interface Engine {
	name: 'SQLite' | 'PostgreSQL';
	/** A new, empty database's URL. */
	fresh(): Promise<string>;
	/** Every row of both tables, as text, for a search. */
	everything(url: string): Promise<string>;
}

const sqlite: Engine = {
	name: 'SQLite',
	fresh: async () => `sqlite:${join(mkdtempSync(join(tmpdir(), 'insights-http-')), 'insights.db')}`,
	async everything(url) {
		const path = url.slice('sqlite:'.length);
		// The file and its write-ahead log, byte for byte: what a copy of the database would hold.
		const folder = join(path, '..');
		return readdirSync(folder)
			.map((name) => readFileSync(join(folder, name)).toString('latin1'))
			.join('\n');
	},
};

const postgresEngine: Engine = {
	name: 'PostgreSQL',
	fresh: async () => postgres.createDatabase(`insights_${randomBytes(6).toString('hex')}`),
	async everything(url) {
		const client = new pg.Client({ connectionString: url });
		await client.connect();
		try {
			const rows = await Promise.all(['outcomes', 'feedback'].map((table) => client.query(`SELECT * FROM ${table}`)));
			return JSON.stringify(rows.map((result) => result.rows));
		} finally {
			await client.end();
		}
	},
};

describe.each([sqlite, postgresEngine])('insights on $name', (engine) => {
	let databaseUrl: string;
	let server: RunningHelpCenter;
	const start = async (env: Record<string, string> = {}) =>
		(server = await startHelpCenter({
			...gatewayEnvOf(fake),
			DATABASE_URL: databaseUrl,
			INSIGHTS_TOKEN: insightsToken,
			// Every answer and test this file sends comes from one address.
			TESTER_RATE_LIMIT: '1000',
			...env,
		}));

	beforeAll(async () => {
		databaseUrl = await engine.fresh();
		await start();
	});
	afterAll(async () => {
		await server?.stop();
	});

	const connected = demoToken('connected');
	const revoked = demoToken('revoked');
	const production = demoToken('connected', 'production');

	test('records feedback and completed tests, and nothing secret reaches the database', async () => {
		const answers = [
			post(server, '/api/feedback', { page: 'environments', helpful: true }),
			post(server, '/api/feedback', { page: 'troubleshooting', helpful: false, comment: `Pasted ${connected} and it said no <b>bold</b>` }),
			post(server, '/api/feedback', { page: 'troubleshooting', helpful: false, comment: '   ' }),
		];
		for (const answer of await Promise.all(answers)) {
			expect(answer.status).toBe(202);
			expect(await answer.json()).toEqual({ status: 'received', answer: expect.stringMatching(/^[0-9a-f-]{36}$/) });
		}
		const tests = await Promise.all([
			post(server, '/api/connection-test', { token: connected, page: 'environments' }),
			post(server, '/api/connection-test', { token: revoked, page: 'link-account' }),
			post(server, '/api/connection-test', { token: production, environment: 'sandbox', page: 'embed' }),
			post(server, '/api/connection-test', { token: 'ra_test_short' }),
		]);
		expect(await Promise.all(tests.map(async (answer) => ((await answer.json()) as { verdict: string }).verdict))).toEqual([
			'connected',
			'unauthorized',
			'environment_mismatch',
			'invalid_format',
		]);

		await eventually(async () => {
			const figures = await report(server);
			expect(figures.tests.total).toBe(4);
			expect(figures.feedback.total).toBe(3);
		});
		const figures = await report(server);
		expect(verdictCount(figures, 'connected')).toBe(1);
		expect(verdictCount(figures, 'environment_mismatch')).toBe(1);
		// Everything here was read in English: one row for the language.
		expect(figures.languages).toEqual([expect.objectContaining({ locale: 'en', tests: 4, failed: 3, helpful: 1, notHelpful: 2 })]);
		expect(figures.tests.pages).toEqual(
			expect.arrayContaining([
				{ page: 'environments', count: 1 },
				{ page: 'link-account', count: 1 },
				{ page: 'embed', count: 1 },
				{ page: 'api', count: 1 },
			]),
		);
		expect(figures.tests.statusClasses).toEqual(
			expect.arrayContaining([
				{ statusClass: '2xx', count: 1 },
				{ statusClass: '4xx', count: 1 },
				{ statusClass: 'none', count: 2 },
			]),
		);
		expect(figures.feedback.guides).toEqual([
			{ page: 'environments', helpful: 1, notHelpful: 0, helpfulShare: 1, latestComments: [] },
			{ page: 'troubleshooting', helpful: 0, notHelpful: 2, helpfulShare: 0, latestComments: figures.feedback.latestComments },
		]);
		// The token in the comment is redacted; the markup is kept as text (the dashboard escapes it).
		expect(figures.feedback.latestComments).toEqual([
			{
				day: today,
				brand: 'default',
				page: 'troubleshooting',
				helpful: false,
				comment: 'Pasted [redacted] and it said no <b>bold</b>',
				source: 'reader',
			},
		]);

		const stored = await engine.everything(databaseUrl);
		for (const token of [connected, revoked, production, 'ra_test_short']) expect(stored).not.toContain(token.slice(8));
		expect(stored).not.toContain('Acme');
		expect(stored).not.toContain('127.0.0.1');
		expect(server.output()).not.toContain(connected.slice(8));
	});

	test('a request that says DNT: 1 or Sec-GPC: 1 records nothing', async () => {
		const before = (await report(server)).tests.total;
		const answersBefore = (await report(server)).feedback.total;
		for (const header of [{ DNT: '1' }, { 'Sec-GPC': '1' }]) {
			const answer = await post(server, '/api/feedback', { page: 'index', helpful: true }, header);
			expect(answer.status).toBe(202);
			expect(await answer.json()).toEqual({ status: 'not_recorded' });
		}
		for (const header of [{ DNT: '1' }, { 'Sec-GPC': '1' }]) {
			const answer = await post(server, '/api/connection-test', { token: demoToken('connected'), page: 'environments' }, header);
			expect(((await answer.json()) as { verdict: string }).verdict).toBe('connected');
		}
		// A test without either is recorded after them: once it shows, the two before it would have too.
		await post(server, '/api/connection-test', { token: 'ra_test_short', page: 'environments' });
		await post(server, '/api/feedback', { page: 'index', helpful: false });
		await eventually(async () => expect((await report(server)).tests.total).toBe(before + 1));
		await eventually(async () => expect((await report(server)).feedback.total).toBe(answersBefore + 1));
	});

	test('a brand’s copy counts under its brand when the server knows it, else under the server’s own', async () => {
		const answersBefore = (await report(server)).feedback.total;
		await post(server, '/api/feedback', { page: 'link-account', helpful: true, brand: 'larkspur' });
		await post(server, '/api/connection-test', { token: 'ra_test_short', page: 'link-account', brand: 'larkspur' });
		await post(server, '/api/feedback', { page: 'link-account', helpful: true, brand: 'made-up' });
		await eventually(async () => {
			const larkspur = await report(server, `${period}&brand=larkspur`);
			expect(larkspur.tests.total).toBe(1);
			expect(larkspur.feedback.total).toBe(1);
			// Both answers are written before the next test counts (they land in the background).
			expect((await report(server)).feedback.total).toBe(answersBefore + 2);
		});
		const all = await (
			await fetch(`${server.url}/api/insights?${period}`, { headers: { Authorization: `Bearer ${insightsToken}` } })
		).json();
		expect(JSON.stringify(all)).not.toContain('made-up');
	});

	test('Yes or No, then a comment quoting the answer’s id, is one answer with its comment', async () => {
		const before = (await report(server)).feedback;
		const vote = await post(server, '/api/feedback', { page: 'revoke-token', helpful: false });
		const { answer } = (await vote.json()) as { answer: string };
		const completed = await post(server, '/api/feedback', { page: 'revoke-token', helpful: false, comment: 'Which button?', answer });
		expect(await completed.json()).toEqual({ status: 'received', answer });
		// A second comment for the same answer does not replace the first, nor count again.
		await post(server, '/api/feedback', { page: 'revoke-token', helpful: false, comment: 'Again', answer });
		await eventually(async () => {
			const figures = (await report(server)).feedback;
			expect(figures.total).toBe(before.total + 1);
			expect(figures.guides.find((guide) => guide.page === 'revoke-token')).toMatchObject({ notHelpful: 1 });
			expect(figures.latestComments[0]).toMatchObject({ page: 'revoke-token', comment: 'Which button?' });
		});
		expect((await report(server)).feedback.latestComments.map((comment) => comment.comment)).not.toContain('Again');
	});

	test('a comment is stored without control characters or tabs, its line breaks kept', async () => {
		const comment = 'Bell\u0007 null\u0000 escape\u001b[31m red\u009b and DEL\u007f here\nsecond line\ttabbed';
		const sent = await post(server, '/api/feedback', { page: 'prerequisites', helpful: false, comment });
		expect(sent.status).toBe(202);
		await eventually(async () => {
			const latest = (await report(server)).feedback.latestComments.find((entry) => entry.page === 'prerequisites');
			expect(latest?.comment).toBe('Bell null escape[31m red and DEL here\nsecond linetabbed');
		});
	});

	test('answers the same figures as CSV', async () => {
		const response = await fetch(`${server.url}/api/insights?${period}&format=csv`, {
			headers: { Authorization: `Bearer ${insightsToken}` },
		});
		expect(response.status).toBe(200);
		expect(response.headers.get('content-type')).toBe('text/csv; charset=utf-8');
		expect(response.headers.get('content-disposition')).toMatch(/^attachment; filename="insights-all-.*\.csv"$/);
		const lines = (await response.text()).split('\r\n');
		expect(lines[0]).toBe('section,day,brand,page,verdict,count,share,change_points,helpful,not_helpful,comment,locale,source');
		// Per brand even in a report on all of them.
		expect(lines).toContain('"guide_feedback",,"default","environments",,"1","1",,"1","0",,,"reader"');
		expect(lines.some((line) => /^"tests_per_day","\d{4}-\d{2}-\d{2}","default",,"connected","\d+",/.test(line))).toBe(true);
	});

	test('a restart keeps the data', async () => {
		const before = await report(server);
		await server.stop();
		await start();
		const after = await report(server);
		expect(after.tests).toEqual(before.tests);
		expect(after.feedback).toEqual(before.feedback);
	});
});

describe('insights per language', () => {
	test('each answer and test is counted in its page’s language, and the dashboard shows which language fails or says No most', async () => {
		const server = await startHelpCenter({
			...gatewayEnvOf(fake),
			DATABASE_URL: `sqlite:${join(mkdtempSync(join(tmpdir(), 'insights-languages-')), 'insights.db')}`,
			INSIGHTS_TOKEN: insightsToken,
			TESTER_RATE_LIMIT: '1000',
		});
		try {
			const sent = await Promise.all([
				post(server, '/api/feedback', { page: 'environments', helpful: false, locale: 'de' }),
				post(server, '/api/feedback', { page: 'environments', helpful: true, locale: 'en' }),
				post(server, '/api/feedback', { page: 'environments', helpful: true }),
				post(server, '/api/connection-test', { token: demoToken('revoked'), page: 'environments', locale: 'de' }),
				post(server, '/api/connection-test', { token: demoToken('connected'), page: 'environments' }),
			]);
			expect(sent.map((answer) => answer.status)).toEqual([202, 202, 202, 200, 200]);
			const refused = await post(server, '/api/feedback', { page: 'environments', helpful: true, locale: 'pt' });
			expect(refused.status).toBe(400);
			expect((await refused.json()).error.field).toBe('locale');
			await eventually(async () => expect((await report(server)).feedback.total).toBe(3));
			const figures = await report(server);
			expect(figures.languages).toEqual([
				{ locale: 'de', tests: 1, failed: 1, failedShare: 1, helpful: 0, notHelpful: 1, notHelpfulShare: 1 },
				{ locale: 'en', tests: 1, failed: 0, failedShare: 0, helpful: 2, notHelpful: 0, notHelpfulShare: 0 },
			]);
			const signedIn = await fetch(`${server.url}/insights/sign-in`, {
				method: 'POST',
				headers: { 'Content-Type': 'application/x-www-form-urlencoded' },
				body: new URLSearchParams({ token: insightsToken }).toString(),
				redirect: 'manual',
			});
			const session = signedIn.headers.get('set-cookie')!.split(';')[0]!;
			const html = await (await fetch(`${server.url}/insights/?${period}`, { headers: { Cookie: session } })).text();
			expect(html).toContain('By language');
			expect(html.indexOf('German (de)')).toBeLessThan(html.indexOf('English (en)'));
		} finally {
			await server.stop();
		}
	});
});

describe('reading the insights needs the token, and guessing it is limited', () => {
	let server: RunningHelpCenter;
	beforeAll(async () => {
		server = await startHelpCenter({ ...gatewayEnvOf(fake), INSIGHTS_TOKEN: insightsToken });
	});
	afterAll(async () => {
		await server?.stop();
	});

	test('a missing or wrong token is refused with 401, then every try past ten wrong ones a minute with 429, the right one too', async () => {
		// Right tries are not counted: a script may export as often as it needs.
		for (let request = 0; request < 15; request++)
			expect((await fetch(`${server.url}/api/insights`, { headers: { Authorization: `Bearer ${insightsToken}` } })).status).toBe(200);
		const missing = await fetch(`${server.url}/api/insights`);
		expect(missing.status).toBe(401);
		expect(missing.headers.get('www-authenticate')).toBe('Bearer realm="insights"');
		expect(ErrorResponseSchema.parse(await missing.json()).error.code).toBe('unauthorized');
		for (let attempt = 2; attempt <= 10; attempt++) {
			const wrong = await fetch(`${server.url}/api/insights`, { headers: { Authorization: `Bearer guess-${attempt}` } });
			expect(wrong.status).toBe(401);
		}
		const limited = await fetch(`${server.url}/api/insights`, { headers: { Authorization: `Bearer ${insightsToken}` } });
		expect(limited.status).toBe(429);
		expect(Number(limited.headers.get('retry-after'))).toBeGreaterThan(0);
		expect(server.output()).not.toContain(insightsToken);
	});

	test('a bad period is refused, naming the parameter', async () => {
		const other = await startHelpCenter({ ...gatewayEnvOf(fake), INSIGHTS_TOKEN: insightsToken });
		try {
			const answer = await fetch(`${other.url}/api/insights?from=2026-02-31`, { headers: { Authorization: `Bearer ${insightsToken}` } });
			expect(answer.status).toBe(400);
			expect(ErrorResponseSchema.parse(await answer.json()).error).toMatchObject({ code: 'invalid_request', field: 'from' });
		} finally {
			await other.stop();
		}
	});
});

describe('without INSIGHTS_TOKEN', () => {
	test('the dashboard and the API are off, and feedback is still recorded', async () => {
		const databaseUrl = await sqlite.fresh();
		const server = await startHelpCenter({ ...gatewayEnvOf(fake), DATABASE_URL: databaseUrl });
		try {
			const api = await fetch(`${server.url}/api/insights`, { headers: { Authorization: 'Bearer anything-at-all-0123456789' } });
			expect(api.status).toBe(404);
			expect((await api.json()).error.message).toContain('INSIGHTS_TOKEN');
			const dashboard = await fetch(`${server.url}/insights/`);
			expect(dashboard.status).toBe(404);
			expect(await dashboard.text()).toContain('Insights are off');
			expect((await post(server, '/api/feedback', { page: 'index', helpful: true })).status).toBe(202);
			await eventually(async () => {
				const database = new DatabaseSync(databaseUrl.slice('sqlite:'.length), { readOnly: true });
				try {
					expect(database.prepare('SELECT page, helpful FROM feedback').all()).toEqual([{ page: 'index', helpful: 1 }]);
				} finally {
					database.close();
				}
			});
		} finally {
			await server.stop();
		}
	});
});
