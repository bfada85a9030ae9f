import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, vi } from 'vitest';
import {
	ConnectionTestResultSchema,
	ErrorResponseSchema,
	type ConnectionTestResult,
	type Verdict,
} from '../../src/lib/shared/connection-test-schema';
import type { DemoBehaviour } from '../../src/lib/shared/demo-tokens';
import { gatewayEnvOf, uniqueDemoToken, type FakeEnvironment, type FakeRemote } from '../support/fake-remote';
import { fakeRemoteTest } from '../support/http-fixtures';
import { startHelpCenter, startHelpCenterExpectingFailure, type RunningHelpCenter } from '../support/help-center';
import { unusedPort } from '../../scripts/processes.mjs';

const prefixes = { production: 'ra_live_', sandbox: 'ra_test_' } as const;
const timeoutMs = 1500;

/** Every token a test sends, so the final check can look for each one in all output. */
const tokensSent = new Set<string>();
/** Every response body received, for the same check. */
const bodiesReceived: string[] = [];

/** A demo token unique to the test that sends it, remembered for the final check. */
function demoToken(behaviour: DemoBehaviour | 'unknown', environment: FakeEnvironment = 'sandbox'): string {
	const token = uniqueDemoToken(behaviour, environment);
	tokensSent.add(token);
	return token;
}

let fake: FakeRemote;
let server: RunningHelpCenter;
/** Every server this file starts, so the final check reads every log, not one. */
const serversStarted: RunningHelpCenter[] = [];

async function start(env: Record<string, string>): Promise<RunningHelpCenter> {
	const started = await startHelpCenter(env);
	serversStarted.push(started);
	return started;
}

const test = fakeRemoteTest;
test.beforeAll(async ({ fake: started }) => {
	fake = started;
	server = await start({
		...gatewayEnvOf(fake),
		REMOTE_TIMEOUT_MS: String(timeoutMs),
		TESTER_RATE_LIMIT: '10000',
	});
});

afterAll(async () => {
	await server?.stop();
});

async function post(target: RunningHelpCenter, body: string, headers: Record<string, string> = {}): Promise<Response> {
	const response = await fetch(`${target.url}/api/connection-test`, {
		method: 'POST',
		headers: { 'Content-Type': 'application/json', ...headers },
		body,
	});
	bodiesReceived.push(await response.clone().text());
	return response;
}

async function testToken(
	token: string,
	environment?: string,
	target = server,
): Promise<{ response: Response; result: ConnectionTestResult }> {
	const response = await post(target, JSON.stringify(environment === undefined ? { token } : { token, environment }));
	expect(response.status).toBe(200);
	expect(response.headers.get('cache-control')).toBe('no-store');
	const result = ConnectionTestResultSchema.parse(await response.json());
	return { response, result };
}

const callsWith = (token: string) => fake.callsWith(token);

describe('verdicts from Remote’s answer', () => {
	test.each<[string, DemoBehaviour | 'unknown', FakeEnvironment, Verdict, number | null]>([
		['a sandbox token Remote accepts', 'connected', 'sandbox', 'connected', 201],
		['a production token Remote accepts', 'connected', 'production', 'connected', 201],
		['a revoked token', 'revoked', 'sandbox', 'unauthorized', 401],
		['a token Remote has never seen', 'unknown', 'production', 'unauthorized', 401],
		['a token without permission', 'forbidden', 'sandbox', 'forbidden', 403],
		['a rate-limited company', 'rate_limited', 'sandbox', 'rate_limited', 429],
		['Remote answering 503 with an HTML page', 'server_error', 'sandbox', 'upstream_error', 503],
		['Remote answering 200 with something that is not its JSON', 'malformed', 'sandbox', 'upstream_error', 200],
		['a gateway that resets the connection', 'reset', 'sandbox', 'unreachable', null],
	])('%s → %s', async (_case, behaviour, environment, verdict, upstreamStatus) => {
		const token = demoToken(behaviour, environment);
		const { result } = await testToken(token, environment);
		expect(result.verdict).toBe(verdict);
		expect(result.environment).toBe(environment);
		expect(result.detectedEnvironment).toBe(environment);
		expect(result.upstreamStatus).toBe(upstreamStatus);
		expect(result.latencyMs).toBeGreaterThanOrEqual(0);
		expect(result.maskedToken).toBe(`${prefixes[environment]}…${token.slice(-4)}`);
		expect(result.checks.map((check) => check.id)).toEqual(['format', 'environment', 'remote']);
		expect(result.nextStep.href).toMatch(/^\/[a-z-]+\/(#[a-z-]+)?$/);
		// Exactly one call, to the matching gateway, with the token as a bearer and JSON asked for.
		const calls = callsWith(token);
		expect(calls).toEqual([{ gateway: environment, method: 'GET', path: '/v1/identity/current', token, accept: 'application/json' }]);
	});

	test('an accepted token names its company and nothing about its owner', async () => {
		const { result } = await testToken(demoToken('connected'), 'sandbox');
		expect(result.companyName).toBe('Acme Sandbox Ltd');
		expect(result.summary).toBe('Connected to Acme Sandbox Ltd — Sandbox');
		expect(result.checks.every((check) => check.status === 'pass')).toBe(true);
		const text = JSON.stringify(result);
		expect(text).not.toContain('Ada Admin');
		expect(text).not.toContain('ada.admin@acme.example');
	});

	test('a rate-limited answer says when to try again, from x-ratelimit-reset', async () => {
		const { result } = await testToken(demoToken('rate_limited'), 'sandbox');
		expect(result.retryAfterSeconds).toBe(42);
	});

	test(`a gateway that does not answer within REMOTE_TIMEOUT_MS (${timeoutMs} ms) → timeout, on time`, async () => {
		const token = demoToken('slow');
		const started = Date.now();
		const { result } = await testToken(token, 'sandbox');
		expect(result.verdict).toBe('timeout');
		expect(result.upstreamStatus).toBeNull();
		expect(Date.now() - started).toBeLessThan(timeoutMs + 1500);
		expect(callsWith(token)).toHaveLength(1);
	});

	test('without "environment", the environment the prefix names is used', async () => {
		const token = demoToken('connected', 'production');
		const { result } = await testToken(token);
		expect(result.verdict).toBe('connected');
		expect(result.environment).toBe('production');
		expect(callsWith(token).map((call) => call.gateway)).toEqual(['production']);
	});
});

describe('the answer’s language and its codes', () => {
	/** A test with `body` as sent, parsed as a result. */
	const answer = async (body: Record<string, unknown>, headers: Record<string, string> = {}) => {
		const response = await post(server, JSON.stringify(body), headers);
		expect(response.status).toBe(200);
		return { response, result: ConnectionTestResultSchema.parse(await response.json()) };
	};
	const words = {
		en: { summary: 'Connected to Acme Sandbox Ltd — Sandbox', step: '/link-account/' },
		de: { summary: 'Verbunden mit Acme Sandbox Ltd', step: '/de/link-account/' },
		fr: { summary: 'Acme Sandbox Ltd', step: '/fr/link-account/' },
		es: { summary: 'Acme Sandbox Ltd', step: '/es/link-account/' },
	} as const;

	test.each(Object.keys(words) as Array<keyof typeof words>)(
		'"locale": "%s" answers in that language, its next step in its pages',
		async (locale) => {
			const { response, result } = await answer({ token: demoToken('connected'), locale });
			expect(result.locale).toBe(locale);
			expect(response.headers.get('content-language')).toBe(locale);
			expect(result.summary).toContain(words[locale].summary);
			expect(result.nextStep.href).toBe(words[locale].step);
			expect(result.code).toBe('connected');
			expect(result.checks.map((check) => check.code)).toEqual(['format_valid', 'environment_matches', 'accepted']);
		},
	);

	test('the codes are the same in every language; only the words differ', async () => {
		for (const behaviour of ['revoked', 'forbidden', 'server_error', 'malformed'] as const) {
			const results = [];
			for (const locale of ['en', 'de', 'fr', 'es']) results.push((await answer({ token: demoToken(behaviour), locale })).result);
			const codes = results.map((result) => JSON.stringify([result.verdict, result.code, result.checks.map((check) => check.code)]));
			expect(new Set(codes).size, behaviour).toBe(1);
			const messages = results.map((result) => result.checks.at(-1)!.message);
			expect(new Set(messages).size, behaviour).toBe(4);
		}
		const formats = [];
		for (const locale of ['en', 'de', 'fr', 'es']) formats.push((await answer({ token: 'sk_live_abc', locale })).result);
		expect(new Set(formats.map((result) => result.checks[0]!.code))).toEqual(new Set(['other_vendor']));
		expect(new Set(formats.map((result) => result.summary)).size).toBe(4);
	});

	test('without "locale", Accept-Language chooses; a language the help center is not written in gets English', async () => {
		expect((await answer({ token: 'ra_test_' }, { 'Accept-Language': 'fr-CA,fr;q=0.9,en;q=0.5' })).result.locale).toBe('fr');
		expect((await answer({ token: 'ra_test_' }, { 'Accept-Language': 'pt-BR,ja;q=0.8' })).result.locale).toBe('en');
		expect((await answer({ token: 'ra_test_' })).result.locale).toBe('en');
		// Asked for by name, a language we do not write is English, whatever the browser prefers.
		const unknown = (await answer({ token: 'ra_test_', locale: 'pt-BR' }, { 'Accept-Language': 'de' })).result;
		expect(unknown.locale).toBe('en');
		expect(unknown.summary).toBe('This does not look like a valid Remote API token.');
		expect((await answer({ token: 'ra_test_', locale: 'de-AT' })).result.locale).toBe('de');
	});

	test('a refusal a reader acts on speaks the language Accept-Language names, its section in that language’s pages', async () => {
		const limited = await start({ ...gatewayEnvOf(fake), TESTER_RATE_LIMIT: '1' });
		try {
			const send = () =>
				fetch(`${limited.url}/api/connection-test`, {
					method: 'POST',
					headers: { 'Content-Type': 'application/json', 'Accept-Language': 'de' },
					body: JSON.stringify({ token: 'ra_test_', locale: 'de' }),
				});
			expect((await send()).status).toBe(200);
			const refused = await send();
			expect(refused.status).toBe(429);
			const { error } = ErrorResponseSchema.parse(await refused.json());
			expect(error.code).toBe('too_many_requests');
			expect(error.nextStep?.href).toBe('/de/troubleshooting/#too-many-tests');
			expect(error.message).not.toMatch(/Too many requests/);
		} finally {
			await limited.stop();
		}
	});

	test('a "locale" that is not a language tag is refused, naming the field', async () => {
		const response = await post(server, JSON.stringify({ token: 'ra_test_x', locale: 42 }));
		expect(response.status).toBe(400);
		expect((await response.json()).error).toMatchObject({ code: 'invalid_request', field: 'locale' });
	});
});

describe('verdicts decided before any call to Remote', () => {
	test.each([
		['an empty token', ''],
		['another vendor’s key', 'sk_live_51Habcdefghijklmnopqrstuv'],
		['an upper-case prefix', 'RA_LIVE_demo_connected_0123456789'],
		['only the prefix', 'ra_test_'],
		['a body shorter than 16 characters', 'ra_test_abc123'],
		['a zero-width space inside', 'ra_test_demo_connected\u200b_0123456789'],
		['a token longer than 512 characters', `ra_test_${'a'.repeat(600)}`],
	])('%s → invalid_format, and Remote is not called', async (_case, token) => {
		tokensSent.add(token);
		const before = fake.calls.length;
		const { result } = await testToken(token, 'sandbox');
		expect(result.verdict).toBe('invalid_format');
		expect(result.checks[0]).toMatchObject({ id: 'format', status: 'fail' });
		expect(result.checks.slice(1).every((check) => check.status === 'skip')).toBe(true);
		expect(result.upstreamStatus).toBeNull();
		expect(result.latencyMs).toBeNull();
		expect(fake.calls.length).toBe(before);
	});

	test('a sandbox token tested against production → environment_mismatch, and Remote is not called', async () => {
		const token = demoToken('connected', 'sandbox');
		const { result } = await testToken(token, 'production');
		expect(result.verdict).toBe('environment_mismatch');
		expect(result.environment).toBe('production');
		expect(result.detectedEnvironment).toBe('sandbox');
		expect(result.checks.map((check) => check.status)).toEqual(['pass', 'fail', 'skip']);
		expect(callsWith(token)).toEqual([]);
	});

	test('pasted whitespace, quotes and "Bearer " are forgiven, with notices, and the clean token is tested', async () => {
		const token = demoToken('connected');
		const { result } = await testToken(`  Bearer "${token}"\n`, 'sandbox');
		expect(result.verdict).toBe('connected');
		expect(result.notices).toHaveLength(3);
		expect(callsWith(token)).toHaveLength(1);
	});
});

describe('refused requests', () => {
	const refusal = async (response: Response, status: number, code: string) => {
		expect(response.status).toBe(status);
		expect(response.headers.get('cache-control')).toBe('no-store');
		const body = ErrorResponseSchema.parse(await response.json());
		expect(body.error.code).toBe(code);
		return body.error;
	};

	test('malformed JSON → 400, without quoting what was sent', async () => {
		const token = demoToken('connected');
		const error = await refusal(await post(server, `{"token": "${token}"`), 400, 'invalid_json');
		expect(error.message).not.toContain(token.slice(8));
	});

	test.each([
		['a token that is not a string', { token: 12345 }, 'token'],
		['a missing token', { environment: 'sandbox' }, 'token'],
		['an unknown environment', { token: 'ra_test_x', environment: 'staging' }, 'environment'],
	])('%s → 400 naming the field', async (_case, body, field) => {
		const error = await refusal(await post(server, JSON.stringify(body)), 400, 'invalid_request');
		expect(error.field).toBe(field);
	});

	test('an array instead of an object, or an unknown field → 400', async () => {
		await refusal(await post(server, JSON.stringify([{ token: 'ra_test_x' }])), 400, 'invalid_request');
		const error = await refusal(await post(server, JSON.stringify({ token: 'ra_test_x', extra: 1 })), 400, 'invalid_request');
		expect(error.message).toContain('"extra"');
	});

	test('a body over the limit → 413', async () => {
		await refusal(await post(server, JSON.stringify({ token: 'x'.repeat(10_000) })), 413, 'payload_too_large');
	});

	test('another content type → 415', async () => {
		await refusal(await post(server, 'token=ra_test_x', { 'Content-Type': 'text/plain' }), 415, 'unsupported_media_type');
	});

	test.each(['GET', 'PUT', 'DELETE', 'PATCH'])('%s → 405 with Allow: POST', async (method) => {
		const response = await fetch(`${server.url}/api/connection-test`, { method });
		await refusal(response, 405, 'method_not_allowed');
		expect(response.headers.get('allow')).toBe('POST, OPTIONS');
	});

	test('a browser request from another origin → 403, and the token goes nowhere', async () => {
		const token = demoToken('connected');
		const response = await post(server, JSON.stringify({ token }), { Origin: 'https://attacker.example' });
		await refusal(response, 403, 'origin_not_allowed');
		expect(callsWith(token)).toEqual([]);
	});

	test('a refusal the reader can act on links to its own section; one about the request does not', async () => {
		const fromElsewhere = await post(server, JSON.stringify({ token: demoToken('connected') }), { Origin: 'https://attacker.example' });
		expect(ErrorResponseSchema.parse(await fromElsewhere.json()).error.nextStep?.href).toBe('/troubleshooting/#a-test-from-another-site');
		const badMediaType = await post(server, 'token=ra_test_x', { 'Content-Type': 'text/plain' });
		expect(ErrorResponseSchema.parse(await badMediaType.json()).error.nextStep).toBeUndefined();
	});

	test('a browser request from the help center’s own origin is allowed', async () => {
		const response = await post(server, JSON.stringify({ token: demoToken('connected') }), { Origin: server.url });
		expect(response.status).toBe(200);
	});

	test('a page on the public URL the site was built for (SITE_URL) is the help center’s own origin too', async () => {
		// What a proxy that does not pass the Host on sees: the page's origin is the public URL, not this address.
		const { settings } = JSON.parse(readFileSync('dist/build-info.json', 'utf8')) as { settings: { url: string } };
		const publicOrigin = new URL(settings.url).origin;
		expect(publicOrigin).not.toBe(server.url);
		const response = await post(server, JSON.stringify({ token: demoToken('connected') }), { Origin: publicOrigin });
		expect(response.status).toBe(200);
		// The same host on another scheme or port is another origin.
		const lookalike = await post(server, JSON.stringify({ token: demoToken('connected') }), { Origin: `${publicOrigin}0` });
		expect(lookalike.status).toBe(403);
	});
});

describe('settings that change the route', () => {
	let limited: RunningHelpCenter;
	let broken: RunningHelpCenter;

	beforeAll(async () => {
		const nobodyPort = await unusedPort();
		[limited, broken] = await Promise.all([
			start({
				...gatewayEnvOf(fake),
				TESTER_RATE_LIMIT: '2',
				// The test's own requests come from 127.0.0.1: they stand for the proxy's.
				TRUST_PROXY: '127.0.0.1',
			}),
			start({
				// Production points at a port nothing listens on; sandbox at a wrong path on the fake.
				REMOTE_PRODUCTION_API_URL: `http://127.0.0.1:${nobodyPort}`,
				REMOTE_SANDBOX_API_URL: `${fake.urls.sandbox}/wrong-base`,
			}),
		]);
	});

	afterAll(async () => {
		await Promise.all([limited?.stop(), broken?.stop()]);
	});

	test('a gateway that refuses the connection → unreachable', async () => {
		const { result } = await testToken(demoToken('connected', 'production'), 'production', broken);
		expect(result.verdict).toBe('unreachable');
		expect(result.upstreamStatus).toBeNull();
	});

	test('a gateway without the identity endpoint (404) → upstream_error that blames the configuration', async () => {
		const { result } = await testToken(demoToken('connected'), 'sandbox', broken);
		expect(result.verdict).toBe('upstream_error');
		expect(result.upstreamStatus).toBe(404);
		expect(result.checks.at(-1)?.message).toMatch(/most likely this help center’s gateway address is wrong/);
		expect(result.nextStep.href).toBe('/troubleshooting/#the-gateway-was-not-found');
	});

	test('TESTER_RATE_LIMIT tests a minute per client, then 429 with Retry-After', async () => {
		const from = (client: string) => ({ 'X-Forwarded-For': `203.0.113.9, ${client}` });
		const send = (client: string) => post(limited, JSON.stringify({ token: 'ra_test_short' }), from(client));
		expect((await send('198.51.100.1')).status).toBe(200);
		expect((await send('198.51.100.1')).status).toBe(200);
		const third = await send('198.51.100.1');
		expect(third.status).toBe(429);
		expect(Number(third.headers.get('retry-after'))).toBeGreaterThan(0);
		expect(Number(third.headers.get('retry-after'))).toBeLessThanOrEqual(60);
		expect(ErrorResponseSchema.parse(await third.json()).error).toMatchObject({
			code: 'too_many_requests',
			nextStep: { href: '/troubleshooting/#too-many-tests' },
		});
		// From a trusted proxy, the address it saw is the client: another one has its own allowance.
		expect((await send('198.51.100.2')).status).toBe(200);
	});

	test('behind a trusted proxy, a page on the forwarded host is the help center’s own origin', async () => {
		const response = await post(limited, JSON.stringify({ token: 'ra_test_short' }), {
			Origin: 'https://help.example.test',
			'X-Forwarded-Host': 'help.example.test',
			'X-Forwarded-For': '198.51.100.3',
		});
		expect(response.status).toBe(200);
	});

	test('the server refuses to start with a bad setting, naming the variable and what it expects', async () => {
		const { code, output } = await startHelpCenterExpectingFailure({ REMOTE_TIMEOUT_MS: 'soon' });
		expect(code).toBe(1);
		expect(output).toContain('The server cannot start');
		expect(output).toContain('REMOTE_TIMEOUT_MS="soon": must be a number of milliseconds');
		expect(output).not.toContain('    at '); // an explanation, not a stack trace
	});

	test('a gateway whose name does not resolve → unreachable, the token sent nowhere', async () => {
		// `.invalid` never resolves (RFC 6761): the lookup fails here at once, as a typo in a host would.
		const unresolvable = await start({
			REMOTE_PRODUCTION_API_URL: 'https://remote-gateway.invalid',
			REMOTE_SANDBOX_API_URL: fake.urls.sandbox,
		});
		try {
			const token = demoToken('connected', 'production');
			const { result } = await testToken(token, 'production', unresolvable);
			expect(result.verdict).toBe('unreachable');
			expect(result.upstreamStatus).toBeNull();
			expect(callsWith(token)).toEqual([]);
		} finally {
			await unresolvable.stop();
		}
	});

	test('TRUST_PROXY=1, which once trusted any peer, stops the server and says what to write instead', async () => {
		const { code, output } = await startHelpCenterExpectingFailure({ TRUST_PROXY: '1' });
		expect(code).toBe(1);
		expect(output).toContain('TRUST_PROXY="1": no longer trusts every peer');
		expect(output).toContain('TRUST_PROXY=127.0.0.1');
	});

	test('a client that reaches the server directly cannot pick its key with X-Forwarded-For, nor a new one per IPv6 address', async () => {
		// The named proxy is elsewhere: this test's socket (127.0.0.1) is a client that bypassed it.
		const direct = await start({ TESTER_RATE_LIMIT: '2', TRUST_PROXY: '10.0.0.0/8' });
		try {
			const send = (forwardedFor: string) => post(direct, JSON.stringify({ token: 'ra_test_short' }), { 'X-Forwarded-For': forwardedFor });
			expect((await send('198.51.100.1')).status).toBe(200);
			expect((await send('198.51.100.2')).status).toBe(200);
			expect((await send('198.51.100.3')).status).toBe(429);
		} finally {
			await direct.stop();
		}
		// Behind a trusted proxy, every address of one IPv6 /64 is one client.
		const proxied = await start({ TESTER_RATE_LIMIT: '2', TRUST_PROXY: '127.0.0.1' });
		try {
			const send = (forwardedFor: string) => post(proxied, JSON.stringify({ token: 'ra_test_short' }), { 'X-Forwarded-For': forwardedFor });
			expect((await send('2001:db8:5:6::1')).status).toBe(200);
			expect((await send('2001:db8:5:6::2')).status).toBe(200);
			expect((await send('2001:db8:5:6:ffff::3')).status).toBe(429);
			expect((await send('2001:db8:5:7::1')).status).toBe(200);
		} finally {
			await proxied.stop();
		}
	});

	test('without TRUST_PROXY, X-Forwarded-For is ignored: one socket is one client', async () => {
		const plain = await start({ TESTER_RATE_LIMIT: '1' });
		try {
			const send = (client: string) => post(plain, JSON.stringify({ token: 'ra_test_short' }), { 'X-Forwarded-For': client });
			expect((await send('198.51.100.1')).status).toBe(200);
			expect((await send('198.51.100.2')).status).toBe(429);
		} finally {
			await plain.stop();
		}
	});
});

describe('what the server keeps to itself', () => {
	test('logs one JSON line per test with verdict, environment, upstream status and latency', async () => {
		const token = demoToken('forbidden');
		const { response } = await testToken(token, 'sandbox');
		const requestId = response.headers.get('x-request-id');
		const lineOf = () =>
			server
				.output()
				.split('\n')
				.find((candidate) => candidate.includes(`"requestId":"${requestId}"`));
		await vi.waitFor(() => expect(lineOf()).toBeDefined());
		const line = lineOf();
		expect(JSON.parse(line!)).toMatchObject({
			level: 'info',
			event: 'connection_test',
			verdict: 'forbidden',
			environment: 'sandbox',
			upstreamStatus: 403,
			latencyMs: expect.any(Number),
		});
	});
});

describe('embedding from other sites (EMBED_ALLOWED_ORIGINS)', () => {
	const partner = 'https://help.partner.example';
	let embedding: RunningHelpCenter;
	beforeAll(async () => {
		embedding = await start({
			...gatewayEnvOf(fake),
			EMBED_ALLOWED_ORIGINS: `${partner}, https://other.partner.example`,
		});
	});
	afterAll(async () => {
		await embedding?.stop();
	});

	const preflight = (origin: string, method = 'POST', headers = 'content-type') =>
		fetch(`${embedding.url}/api/connection-test`, {
			method: 'OPTIONS',
			headers: { Origin: origin, 'Access-Control-Request-Method': method, 'Access-Control-Request-Headers': headers },
		});

	test('a preflight from a listed origin may POST JSON', async () => {
		const response = await preflight(partner);
		expect(response.status).toBe(204);
		expect(response.headers.get('access-control-allow-origin')).toBe(partner);
		expect(response.headers.get('access-control-allow-methods')).toBe('POST');
		expect(response.headers.get('access-control-allow-headers')?.toLowerCase()).toContain('content-type');
		expect(response.headers.get('vary')).toContain('Origin');
	});

	test('a preflight from any other origin is refused without CORS headers', async () => {
		const response = await preflight('https://attacker.example');
		expect(response.status).toBe(403);
		expect(response.headers.get('access-control-allow-origin')).toBeNull();
	});

	test('a preflight for another method or header is refused', async () => {
		expect((await preflight(partner, 'DELETE')).status).toBe(403);
		expect((await preflight(partner, 'POST', 'content-type, authorization')).status).toBe(403);
	});

	test('a test from a listed origin is answered with permission to read it', async () => {
		const token = demoToken('connected');
		const response = await post(embedding, JSON.stringify({ token }), { Origin: partner });
		expect(response.status).toBe(200);
		expect(response.headers.get('access-control-allow-origin')).toBe(partner);
		expect(ConnectionTestResultSchema.parse(await response.json()).verdict).toBe('connected');
	});

	test('a refusal to a listed origin is readable too (e.g. bad JSON)', async () => {
		const response = await post(embedding, '{', { Origin: partner });
		expect(response.status).toBe(400);
		expect(response.headers.get('access-control-allow-origin')).toBe(partner);
	});

	test('a test from an unlisted origin is refused, without CORS headers, and Remote is not called', async () => {
		const token = demoToken('connected');
		const response = await post(embedding, JSON.stringify({ token }), { Origin: 'https://attacker.example' });
		expect(response.status).toBe(403);
		expect(response.headers.get('access-control-allow-origin')).toBeNull();
		expect(callsWith(token)).toEqual([]);
	});

	test('the embed script is served as JavaScript and grows no further than 6.5 KB gzip', async () => {
		const response = await fetch(`${embedding.url}/embed/token-tester.js`);
		expect(response.status).toBe(200);
		expect(response.headers.get('content-type')).toContain('javascript');
		// Module scripts are fetched with CORS: any page may load it.
		expect(response.headers.get('access-control-allow-origin')).toBe('*');
		const script = await response.text();
		expect(script).toContain('remote-token-tester');
		const { gzipSync } = await import('node:zlib');
		// The goal is under 6 KB and is not met since it also attaches to a host's form, counts down a
		// wait and tells a proxy's page from an answer (BENCHMARKS.md: its words are 1.4 KB of it).
		expect(gzipSync(script, { level: 9 }).length).toBeLessThan(6.5 * 1024);
	});
});

// Declared last, so it runs after every case above (the embedding block included) has sent its token.
describe('after every case', () => {
	test('no token sent in any test appears whole in any response or in any server’s output', async () => {
		expect(tokensSent.size).toBeGreaterThan(20);
		// Each server's info lines leave at the end of a turn; stopped servers wrote theirs on exit.
		await vi.waitFor(() => expect(server.output()).toContain('"event":"connection_test"'));
		expect(serversStarted.length).toBeGreaterThanOrEqual(5);
		const output = serversStarted.map((started) => started.output()).join('\n');
		for (const token of tokensSent) {
			if (token.length < 12) continue;
			expect(output).not.toContain(token);
			for (const body of bodiesReceived) expect(body).not.toContain(token);
		}
	});
});
