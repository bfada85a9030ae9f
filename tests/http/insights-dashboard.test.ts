import { request as httpRequest } from 'node:http';
import { describe, expect } from 'vitest';
import { helpCenterTest } from '../support/http-fixtures';
import { gatewayEnvOf, type FakeRemote } from '../support/fake-remote';
import { startHelpCenter, startHelpCenterExpectingFailure, type RunningHelpCenter } from '../support/help-center';

/**
 * The dashboard's sign-in and pages over real HTTP: the session cookie's attributes, the refusals,
 * what the page shows (escaped), and the headers that keep it out of frames, caches and indexes.
 */

const insightsToken = 'dashboard-insights-token-0123456789ab';
let fake: FakeRemote;
let server: RunningHelpCenter;

const test = helpCenterTest({ INSIGHTS_TOKEN: insightsToken });
test.beforeAll(({ fake: started, helpCenter }) => {
	fake = started;
	server = helpCenter;
});

const signIn = (token: string, url = server.url, headers: Record<string, string> = {}) =>
	fetch(`${url}/insights/sign-in`, {
		method: 'POST',
		headers: { 'Content-Type': 'application/x-www-form-urlencoded', ...headers },
		body: new URLSearchParams({ token }).toString(),
		redirect: 'manual',
	});

const sessionOf = (response: Response) => response.headers.get('set-cookie')!.split(';')[0]!;

describe('signing in', () => {
	test('without a session the dashboard asks for the token, in a page nobody may frame, cache or index', async () => {
		const page = await fetch(`${server.url}/insights/`);
		expect(page.status).toBe(200);
		const html = await page.text();
		expect(html).toContain('name="token"');
		expect(html).not.toContain('Connection tests');
		expect(page.headers.get('content-security-policy')).toContain("frame-ancestors 'none'");
		expect(page.headers.get('content-security-policy')).toContain("default-src 'none'");
		expect(page.headers.get('cache-control')).toBe('no-store');
		expect(page.headers.get('x-robots-tag')).toBe('noindex, nofollow');
		expect((await fetch(`${server.url}/insights`, { redirect: 'manual' })).headers.get('location')).toBe('/insights/');
	});

	test('the token sets an HttpOnly, SameSite=Strict session cookie and leads to the figures', async () => {
		const answer = await signIn(insightsToken);
		expect(answer.status).toBe(303);
		expect(answer.headers.get('location')).toBe('/insights/');
		const cookie = answer.headers.get('set-cookie')!;
		expect(cookie).toMatch(/^__Host-insights_session=[\w.-]+; Max-Age=28800; Path=\/; HttpOnly; SameSite=Strict; Secure$/);
		expect(cookie).not.toContain(insightsToken);

		await fetch(`${server.url}/api/feedback`, {
			method: 'POST',
			headers: { 'Content-Type': 'application/json' },
			body: JSON.stringify({ page: 'troubleshooting', helpful: false, comment: '<script>alert(1)</script> & "quotes"' }),
		});
		let html = '';
		for (let tries = 0; tries < 50 && !html.includes('alert(1)'); tries++) {
			html = await (await fetch(`${server.url}/insights/`, { headers: { Cookie: sessionOf(answer) } })).text();
			await new Promise((resolve) => setTimeout(resolve, 50));
		}
		expect(html).toContain('Connection tests');
		expect(html).toContain('Page feedback');
		expect(html).toContain('&lt;script&gt;alert(1)&lt;/script&gt; &amp; &quot;quotes&quot;');
		expect(html).not.toContain('<script>');
		// The session opens the API as well, for the dashboard's download links.
		const csv = await fetch(`${server.url}/api/insights?format=csv`, { headers: { Cookie: sessionOf(answer) } });
		expect(csv.status).toBe(200);
	});

	test('a script may sign in with JSON, and at the dashboard’s own address', async () => {
		const answer = await fetch(`${server.url}/insights/`, {
			method: 'POST',
			headers: { 'Content-Type': 'application/json' },
			body: JSON.stringify({ token: insightsToken }),
			redirect: 'manual',
		});
		expect(answer.status).toBe(303);
		expect(answer.headers.get('set-cookie')).toMatch(/; HttpOnly; SameSite=Strict; Secure$/);
	});

	test('a wrong token is refused without a cookie', async () => {
		const answer = await signIn('not-the-token');
		expect(answer.status).toBe(401);
		expect(answer.headers.get('set-cookie')).toBeNull();
		expect(await answer.text()).toContain('That is not the insights token.');
	});

	test('a sign-in posted from another site is refused', async () => {
		const answer = await signIn(insightsToken, server.url, { Origin: 'https://evil.example' });
		expect(answer.status).toBe(403);
		expect(answer.headers.get('set-cookie')).toBeNull();
	});

	test('a forged cookie opens nothing; signing out ends the cookie', async () => {
		const forged = await fetch(`${server.url}/insights/`, {
			headers: { Cookie: '__Host-insights_session=9999999999.AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA' },
		});
		expect(await forged.text()).toContain('name="token"');
		const out = await fetch(`${server.url}/insights/sign-out`, { method: 'POST', redirect: 'manual' });
		expect(out.status).toBe(303);
		expect(out.headers.get('set-cookie')).toBe('__Host-insights_session=; Max-Age=0; Path=/; HttpOnly; SameSite=Strict; Secure');
	});

	test('a sign-out from another site is refused, and the session it aimed at stays', async () => {
		const session = sessionOf(await signIn(insightsToken));
		const forged = await fetch(`${server.url}/insights/sign-out`, {
			method: 'POST',
			headers: { Cookie: session, Origin: 'https://attacker.example' },
			redirect: 'manual',
		});
		expect(forged.status).toBe(403);
		expect(forged.headers.get('set-cookie')).toBeNull();
		expect(await forged.text()).toContain('Sign in from this site’s own page.');
		const still = await fetch(`${server.url}/insights/`, { headers: { Cookie: session } });
		expect(await still.text()).not.toContain('name="token"');
	});

	test('sign-in attempts are limited per address', async () => {
		const limited = await startHelpCenter({ ...gatewayEnvOf(fake), INSIGHTS_TOKEN: insightsToken });
		try {
			for (let attempt = 0; attempt < 10; attempt++) expect((await signIn(`guess-${attempt}`, limited.url)).status).toBe(401);
			const refused = await signIn(insightsToken, limited.url);
			expect(refused.status).toBe(429);
			expect(refused.headers.get('set-cookie')).toBeNull();
			expect(await refused.text()).toContain('Too many attempts');
		} finally {
			await limited.stop();
		}
	});
});

describe('sign-in guesses sent at once', () => {
	/** A sign-in whose headers go first and whose body follows once `release` resolves: a guess in flight. */
	function heldSignIn(url: string, token: string, release: Promise<void>): Promise<number> {
		const body = new URLSearchParams({ token }).toString();
		return new Promise((resolve, reject) => {
			const request = httpRequest(`${url}/insights/sign-in`, {
				method: 'POST',
				agent: false,
				headers: { 'Content-Type': 'application/x-www-form-urlencoded', 'Content-Length': Buffer.byteLength(body) },
			});
			request.on('response', (response) => {
				response.resume();
				resolve(response.statusCode ?? 0);
			});
			request.on('error', reject);
			request.flushHeaders();
			void release.then(() => request.end(body));
		});
	}

	test('are each counted before the next is compared: only the limit’s worth get an answer, the rest 429', async () => {
		const raced = await startHelpCenter({ ...gatewayEnvOf(fake), INSIGHTS_TOKEN: insightsToken });
		try {
			let release!: () => void;
			const released = new Promise<void>((resolve) => (release = resolve));
			const guesses = Array.from({ length: 40 }, (_, guess) => heldSignIn(raced.url, `guess-${guess}`, released));
			// Every request has reached the server, headers read, before any body arrives.
			await new Promise((resolve) => setTimeout(resolve, 300));
			release();
			const statuses = await Promise.all(guesses);
			expect(statuses.filter((status) => status === 401)).toHaveLength(10);
			expect(statuses.filter((status) => status === 429)).toHaveLength(30);
		} finally {
			await raced.stop();
		}
	});

	test('a sign-in body over the cap gets 413, not a comparison', async () => {
		const answer = await fetch(`${server.url}/insights/sign-in`, {
			method: 'POST',
			headers: { 'Content-Type': 'application/x-www-form-urlencoded' },
			body: new URLSearchParams({ token: 'x'.repeat(3000) }).toString(),
		});
		expect(answer.status).toBe(413);
		expect(answer.headers.get('set-cookie')).toBeNull();
		expect(await answer.text()).toContain('larger than 2048 bytes');
	});
});

test('each dashboard path says which methods it takes', async () => {
	for (const [path, method, allow] of [
		['/insights/', 'PUT', 'GET, HEAD, POST'],
		['/insights/sign-in', 'GET', 'POST'],
		['/insights/sign-out', 'GET', 'POST'],
		['/insights/dashboard.css', 'POST', 'GET, HEAD'],
	] as const) {
		const answer = await fetch(`${server.url}${path}`, { method });
		expect(answer.status, `${method} ${path}`).toBe(405);
		expect(answer.headers.get('allow')).toBe(allow);
	}
	const styles = await fetch(`${server.url}/insights/dashboard.css`);
	expect(styles.headers.get('content-type')).toBe('text/css; charset=utf-8');
	expect((await fetch(`${server.url}/insights/dashboard.css`, { method: 'HEAD' })).status).toBe(200);
});

test('the session cookie is Secure either way; without HSTS=1 the server says at startup that the dashboard needs HTTPS', async () => {
	expect(server.output()).toContain('"event":"insights_needs_https"');
	const secure = await startHelpCenter({ ...gatewayEnvOf(fake), INSIGHTS_TOKEN: insightsToken, HSTS: '1' });
	try {
		expect((await signIn(insightsToken, secure.url)).headers.get('set-cookie')).toMatch(/^__Host-insights_session=.*; Secure$/);
		expect(secure.output()).not.toContain('insights_needs_https');
	} finally {
		await secure.stop();
	}
});

test('the dashboard is nowhere in the build: no page, no sitemap entry, no search or llms entry', async () => {
	for (const path of ['/sitemap-0.xml', '/llms.txt', '/llms-full.txt', '/guides.json']) {
		const answer = await fetch(`${server.url}${path}`);
		// Each of these is part of every build: a missing one is a failure, not a pass.
		expect(answer.status, path).toBe(200);
		expect(await answer.text(), path).not.toContain('/insights');
	}
	const unknown = await fetch(`${server.url}/insights/anything-else`);
	expect(unknown.status).toBe(404);
});

test.each([
	['too short', 'short-secret-value', 'at least 24 characters: make one with `openssl rand -hex 24`'],
	['with a space', 'a secret with spaces that is long enough', 'printable ASCII without spaces'],
	[
		'one character repeated',
		'x'.repeat(32),
		'too easy to guess (it uses only 1 different characters): make one with `openssl rand -hex 24`',
	],
	['a word said thrice', 'passwordpasswordpassword1', 'too easy to guess (it repeats itself): make one with `openssl rand -hex 24`'],
	['a dictionary word', 'supercalifragilisticexpialidocious', 'too easy to guess (it is letters only, like a word or a phrase): make'],
])('an INSIGHTS_TOKEN that is %s stops the server, named, without printing it', async (_case, token, reason) => {
	const { code, output } = await startHelpCenterExpectingFailure({ ...gatewayEnvOf(fake), INSIGHTS_TOKEN: token });
	expect(code).toBe(1);
	expect(output).toContain('INSIGHTS_TOKEN');
	expect(output).toContain('The server cannot start');
	expect(output).toContain(reason);
	expect(output).not.toContain(token);
});
