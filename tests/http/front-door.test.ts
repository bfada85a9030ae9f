import { once } from 'node:events';
import { mkdtempSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, test } from 'vitest';
import type { InsightsRecorder } from '../../src/lib/server/insights/recorder';
import { createHelpCenter, StartupError, type HelpCenter } from '../../src/server/help-center';

/**
 * The front door itself (src/server/help-center.ts), mounted in a bare node:http server as `astro
 * dev` and the bench mount it, and driven over real HTTP: what it answers, what it leaves to
 * `next`, and how it answers a route that fails. The server's own suites drive the same front door
 * through `node server.mjs`.
 */

const insightsToken = 'front-door-insights-token-0123456789';
const built = { siteOrigin: null, brand: 'default', title: 'Front door', knownBrands: ['default'] };

/** A recorder whose reads fail as a bug would (not as an unavailable database): the route must not crash the server. */
const brokenRecorder: InsightsRecorder = {
	recordOutcome: () => undefined,
	recordFeedback: () => undefined,
	status: 'ok',
	report: async () => {
		throw new TypeError('a fault in the code');
	},
	brands: async () => [],
	close: async () => undefined,
};

let running: { server: Server; helpCenter: HelpCenter; url: string; passedOn: string[] } | undefined;

async function mount(options: { recorder?: InsightsRecorder; next?: boolean } = {}) {
	const databaseUrl = `sqlite:${join(mkdtempSync(join(tmpdir(), 'front-door-')), 'insights.db')}`;
	const helpCenter = createHelpCenter({
		env: { INSIGHTS_TOKEN: insightsToken, DATABASE_URL: databaseUrl },
		built,
		...(options.recorder ? { recorder: options.recorder } : {}),
	});
	const passedOn: string[] = [];
	const server = createServer((request, response) =>
		helpCenter.handle(
			request,
			response,
			options.next === false
				? undefined
				: (path) => {
						passedOn.push(path);
						response.writeHead(299, { 'Content-Length': 0 }).end();
					},
		),
	);
	server.listen(0, '127.0.0.1');
	await once(server, 'listening');
	running = { server, helpCenter, url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`, passedOn };
	return running;
}

afterEach(async () => {
	if (!running) return;
	running.server.close();
	await running.helpCenter.close();
	running = undefined;
});

describe('what the front door answers itself', () => {
	test('a route that fails answers 500 internal_error, and the server goes on answering', async () => {
		const { url } = await mount({ recorder: brokenRecorder });
		const response = await fetch(`${url}/api/insights`, { headers: { Authorization: `Bearer ${insightsToken}` } });
		expect(response.status).toBe(500);
		expect(response.headers.get('cache-control')).toBe('no-store');
		expect(await response.json()).toMatchObject({ error: { code: 'internal_error' } });
		expect((await fetch(`${url}/api/health`)).status).toBe(200);
	});

	test('a dashboard page that fails answers a bare 500', async () => {
		const { url } = await mount({ recorder: brokenRecorder });
		const signIn = await fetch(`${url}/insights/sign-in`, {
			method: 'POST',
			headers: { 'Content-Type': 'application/x-www-form-urlencoded' },
			body: `token=${insightsToken}`,
			redirect: 'manual',
		});
		const cookie = signIn.headers.get('set-cookie')!.split(';')[0]!;
		const page = await fetch(`${url}/insights/`, { headers: { Cookie: cookie } });
		expect(page.status).toBe(500);
		expect(await page.text()).toBe('');
	});

	test('a path it names but not for this method is told which methods it takes: JSON for the API, bare for pages', async () => {
		const { url } = await mount();
		const api = await fetch(`${url}/api/feedback`, { method: 'PUT' });
		expect(api.status).toBe(405);
		expect(api.headers.get('allow')).toBe('POST, OPTIONS');
		expect(await api.json()).toMatchObject({ error: { code: 'method_not_allowed' } });
		const health = await fetch(`${url}/api/health`, { method: 'DELETE' });
		expect(health.headers.get('allow')).toBe('GET, HEAD');
		const page = await fetch(`${url}/insights/sign-out`);
		expect(page.status).toBe(405);
		expect(page.headers.get('allow')).toBe('POST');
	});

	test('HEAD is answered as GET without a body, and an unknown API path is a JSON 404', async () => {
		const { url } = await mount();
		const head = await fetch(`${url}/api/health`, { method: 'HEAD' });
		expect(head.status).toBe(200);
		expect(await head.text()).toBe('');
		const unknown = await fetch(`${url}/API//Nothing/`);
		expect(unknown.status).toBe(404);
		expect(await unknown.json()).toMatchObject({ error: { code: 'not_found' } });
	});
});

describe('what it leaves to next', () => {
	test('a path no route names goes on, decoded', async () => {
		const { url, passedOn } = await mount();
		expect((await fetch(`${url}/environments/%63heck`)).status).toBe(299);
		expect(passedOn).toEqual(['/environments/check']);
	});

	test('an undecodable path is refused with 400, never passed on', async () => {
		const { url, passedOn } = await mount();
		expect((await fetch(`${url}/%E0%A4%A`)).status).toBe(400);
		expect(passedOn).toEqual([]);
	});

	test('without next, such a path is a 404', async () => {
		const { url } = await mount({ next: false });
		expect((await fetch(`${url}/environments/`)).status).toBe(404);
	});
});

test('a bad setting is a StartupError naming the variable, before anything is opened', () => {
	expect(() => createHelpCenter({ env: { TESTER_RATE_LIMIT: 'many' }, built })).toThrow(StartupError);
	expect(() => createHelpCenter({ env: { TESTER_RATE_LIMIT: 'many' }, built })).toThrow(/TESTER_RATE_LIMIT="many": must be a number/);
});
