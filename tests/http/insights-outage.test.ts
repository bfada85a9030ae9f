import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DatabaseSync } from 'node:sqlite';
import { afterAll, describe, expect } from 'vitest';
import { fakeRemoteTest as test } from '../support/http-fixtures';
import { gatewayEnvOf, type FakeRemote } from '../support/fake-remote';
import { startHelpCenter, type RunningHelpCenter } from '../support/help-center';
import { startPostgres, type RunningPostgres } from '../support/postgres';

/**
 * A database that fails never fails a reader: with PostgreSQL stopped, or the SQLite file locked
 * or out of reach, pages and tests answer as before, one `insights_degraded` line says so,
 * /api/health reports it, and recording resumes by itself once the database is back.
 */

const insightsToken = 'outage-insights-token-0123456789abcdef';
let fake: FakeRemote;
let postgres: RunningPostgres;

test.beforeAll(async ({ fake: started }) => {
	fake = started;
	postgres = await startPostgres();
});
afterAll(async () => {
	await postgres?.remove();
});

const insightsOf = async (server: RunningHelpCenter) =>
	((await (await fetch(`${server.url}/api/health`)).json()) as { insights: string }).insights;

/** Waits for `check`; on a timeout, says what did not happen and, given a server, the end of what it logged. */
async function until(check: () => Promise<boolean>, what: string, server?: RunningHelpCenter, withinMs = 15_000): Promise<void> {
	const deadline = Date.now() + withinMs;
	while (!(await check())) {
		if (Date.now() > deadline) {
			const log = server ? `\nThe server's last lines:\n${server.output().split('\n').slice(-30).join('\n')}` : '';
			throw new Error(`${what} did not happen within ${withinMs} ms${log}`);
		}
		await new Promise((resolve) => setTimeout(resolve, 100));
	}
}

const count = (output: string, event: string) => output.split('\n').filter((line) => line.includes(`"event":"${event}"`)).length;

/** A reader's visit: a page, a test and an answer, each timed; none may wait on the database. */
async function readerVisit(server: RunningHelpCenter): Promise<number> {
	const started = performance.now();
	const [page, test, feedback] = await Promise.all([
		fetch(`${server.url}/environments/`),
		fetch(`${server.url}/api/connection-test`, {
			method: 'POST',
			headers: { 'Content-Type': 'application/json' },
			body: JSON.stringify({ token: 'ra_test_demo_connected_0123456789ab', page: 'environments' }),
		}),
		fetch(`${server.url}/api/feedback`, {
			method: 'POST',
			headers: { 'Content-Type': 'application/json' },
			body: '{"page":"environments","helpful":true}',
		}),
	]);
	expect(page.status).toBe(200);
	expect(((await test.json()) as { verdict: string }).verdict).toBe('connected');
	expect(feedback.status).toBe(202);
	return performance.now() - started;
}

const total = async (server: RunningHelpCenter) => {
	const answer = await fetch(`${server.url}/api/insights`, { headers: { Authorization: `Bearer ${insightsToken}` } });
	return answer.status === 200 ? ((await answer.json()) as { tests: { total: number } }).tests.total : answer.status;
};

describe('PostgreSQL stopped mid-run', () => {
	let server: RunningHelpCenter;
	afterAll(async () => {
		await server?.stop();
		if (!postgres.running) await postgres.start();
	});

	test('readers are unaffected, the outage is logged once and reported, and recording resumes', async () => {
		const databaseUrl = await postgres.createDatabase('outage');
		server = await startHelpCenter({ ...gatewayEnvOf(fake), DATABASE_URL: databaseUrl, INSIGHTS_TOKEN: insightsToken });
		await readerVisit(server);
		await until(async () => (await total(server)) === 1, 'the first test being recorded');

		await postgres.stop();
		for (let visit = 0; visit < 5; visit++) expect(await readerVisit(server)).toBeLessThan(1000);
		await until(async () => (await insightsOf(server)) === 'degraded', '/api/health reporting degraded');
		// The log line and the health answer travel apart (the server's output pipe, an HTTP answer):
		// wait for the line, then check there is only one.
		await until(async () => count(server.output(), 'insights_degraded') > 0, 'the insights_degraded line');
		expect(count(server.output(), 'insights_degraded')).toBe(1);
		// Reading the figures says the database is away, in the API's shape.
		const unavailable = await fetch(`${server.url}/api/insights`, { headers: { Authorization: `Bearer ${insightsToken}` } });
		expect(unavailable.status).toBe(503);
		expect(((await unavailable.json()) as { error: { code: string } }).error.code).toBe('insights_unavailable');
		// The dashboard says so too, with the status to match.
		const signedIn = await fetch(`${server.url}/insights/sign-in`, {
			method: 'POST',
			headers: { 'Content-Type': 'application/x-www-form-urlencoded' },
			body: `token=${insightsToken}`,
			redirect: 'manual',
		});
		const dashboard = await fetch(`${server.url}/insights/`, { headers: { Cookie: signedIn.headers.get('set-cookie')!.split(';')[0]! } });
		expect(dashboard.status).toBe(503);
		expect(await dashboard.text()).toContain('The insights database is not answering');

		await postgres.start();
		await until(async () => (await insightsOf(server)) === 'ok', '/api/health reporting ok again');
		await until(async () => count(server.output(), 'insights_restored') > 0, 'the insights_restored line');
		expect(count(server.output(), 'insights_restored')).toBe(1);
		const before = await total(server);
		// As below: a record the just-restarted cluster drops is dropped by design; recording must resume.
		await until(
			async () => {
				await readerVisit(server);
				return Number(await total(server)) > Number(before);
			},
			'a test after the outage being recorded',
			server,
		);
		expect(server.output()).not.toContain('server_crashed');
	});

	test('a server started while PostgreSQL is down serves readers, and records once it is up', async () => {
		const databaseUrl = await postgres.createDatabase('late');
		await postgres.stop();
		const late = await startHelpCenter({ ...gatewayEnvOf(fake), DATABASE_URL: databaseUrl, INSIGHTS_TOKEN: insightsToken });
		try {
			await readerVisit(late);
			await until(async () => (await insightsOf(late)) === 'degraded', '/api/health reporting degraded');
			await postgres.start();
			await until(async () => (await insightsOf(late)) === 'ok', 'recording resuming', late);
			// A cluster that has just started may still refuse a connection or two after the one the
			// probe got; a record it drops is dropped by design. Recording must resume, so readers keep
			// coming until one is counted.
			await until(
				async () => {
					await readerVisit(late);
					return Number(await total(late)) >= 1;
				},
				'a test being recorded',
				late,
			);
		} finally {
			await late.stop();
		}
	});
});

describe('SQLite', () => {
	const freshFile = () => join(mkdtempSync(join(tmpdir(), 'insights-outage-')), 'insights.db');

	test('a locked file drops records without holding readers, and recording resumes when it is free', async () => {
		const file = freshFile();
		const server = await startHelpCenter({ ...gatewayEnvOf(fake), DATABASE_URL: `sqlite:${file}`, INSIGHTS_TOKEN: insightsToken });
		try {
			await readerVisit(server);
			await until(async () => (await total(server)) === 1, 'the first test being recorded');
			const holder = new DatabaseSync(file);
			holder.exec('BEGIN EXCLUSIVE');
			try {
				for (let visit = 0; visit < 5; visit++) expect(await readerVisit(server)).toBeLessThan(1000);
				await until(async () => (await insightsOf(server)) === 'degraded', '/api/health reporting degraded');
			} finally {
				holder.exec('ROLLBACK');
				holder.close();
			}
			await until(async () => (await insightsOf(server)) === 'ok', 'recording resuming');
			await until(async () => server.output().includes('"event":"insights_restored"'), 'the insights_restored line');
			expect(count(server.output(), 'insights_degraded')).toBe(1);
			expect(server.output(), server.output()).toMatch(/"event":"insights_restored","dropped":\d+/);
			const before = await total(server);
			await readerVisit(server);
			await until(async () => (await total(server)) === Number(before) + 1, 'a test after the lock being recorded');
		} finally {
			await server.stop();
		}
	});

	test('a file out of reach still serves every reader, and says why', async () => {
		// Its folder would have to be inside a file: no database can be opened there.
		const fileAsFolder = join(mkdtempSync(join(tmpdir(), 'insights-outage-')), 'a-file');
		writeFileSync(fileAsFolder, '');
		const server = await startHelpCenter({ ...gatewayEnvOf(fake), DATABASE_URL: `sqlite:${fileAsFolder}/insights.db` });
		try {
			await readerVisit(server);
			await until(async () => (await insightsOf(server)) === 'degraded', '/api/health reporting degraded');
			expect(server.output()).toMatch(/"event":"insights_degraded","operation":"open"/);
		} finally {
			await server.stop();
		}
	});

	test('records older than INSIGHTS_RETENTION_DAYS are deleted at start', async () => {
		const file = freshFile();
		const first = await startHelpCenter({ ...gatewayEnvOf(fake), DATABASE_URL: `sqlite:${file}` });
		await readerVisit(first);
		await first.stop();
		const database = new DatabaseSync(file);
		const old = new Date(Date.now() - 40 * 86_400_000).toISOString().slice(0, 10);
		database
			.prepare(
				"INSERT INTO outcomes (day, brand, page, environment, verdict, status_class, latency_bucket, count) VALUES (?, 'default', 'index', 'sandbox', 'connected', '2xx', 'under-250ms', 7)",
			)
			.run(old);
		database.prepare("INSERT INTO feedback (day, brand, page, helpful, comment) VALUES (?, 'default', 'index', 1, 'old')").run(old);
		database.close();

		const second = await startHelpCenter({ ...gatewayEnvOf(fake), DATABASE_URL: `sqlite:${file}`, INSIGHTS_RETENTION_DAYS: '30' });
		try {
			await until(async () => second.output().includes('"event":"insights_retention"'), 'the retention pass');
			const check = new DatabaseSync(file, { readOnly: true });
			try {
				expect(check.prepare('SELECT count(*) AS n FROM outcomes WHERE day = ?').get(old)).toEqual({ n: 0 });
				expect(check.prepare('SELECT count(*) AS n FROM feedback WHERE day = ?').get(old)).toEqual({ n: 0 });
				// Today's records stay.
				expect((check.prepare('SELECT count(*) AS n FROM outcomes').get() as { n: number }).n).toBeGreaterThan(0);
			} finally {
				check.close();
			}
		} finally {
			await second.stop();
		}
	});
});
