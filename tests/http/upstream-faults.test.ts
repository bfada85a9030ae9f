import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { ConnectionTestResultSchema, type ConnectionTestResult } from '../../src/lib/shared/connection-test-schema';
import { maximumUpstreamBodyBytes } from '../../src/lib/server/remote-gateway';
import type { Environment } from '../../src/lib/shared/token-rules';
import { faults, identityAnswer, startFaultyGateways, type Fault, type FaultyGateways, type GatewayCall } from '../support/faulty-gateway';
import { startHelpCenter, type RunningHelpCenter } from '../support/help-center';
import { unusedPort } from '../../scripts/processes.mjs';

/**
 * The live check against a gateway that misbehaves: every fault gets its verdict within the time
 * budget, the token reaches its own environment's gateway once and goes nowhere else, and neither
 * the answer nor the server's output ever holds it. The cases run concurrently, against one server.
 */

/** REMOTE_TIMEOUT_MS: short, so the timeouts below cost under a second each. */
const budgetMs = 800;
/** How late past the budget an answer may still be "on time": scheduling, not waiting. */
const marginMs = 500;

/** Every token sent and every answer received, for the sweep at the end. */
const tokensSent = new Set<string>();
const answersReceived: string[] = [];

let gateways: FaultyGateways;
let server: RunningHelpCenter;
/** The same server, but its sandbox gateway is a port nothing listens on. */
let sandboxDown: RunningHelpCenter;

beforeAll(async () => {
	gateways = await startFaultyGateways();
	const nobodyPort = await unusedPort();
	const settings = { REMOTE_TIMEOUT_MS: String(budgetMs), TESTER_RATE_LIMIT: '10000' };
	[server, sandboxDown] = await Promise.all([
		startHelpCenter({ ...settings, REMOTE_SANDBOX_API_URL: gateways.urls.sandbox, REMOTE_PRODUCTION_API_URL: gateways.urls.production }),
		startHelpCenter({
			...settings,
			REMOTE_SANDBOX_API_URL: `http://127.0.0.1:${nobodyPort}`,
			REMOTE_PRODUCTION_API_URL: gateways.urls.production,
		}),
	]);
});

afterAll(async () => {
	await Promise.all([server?.stop(), sandboxDown?.stop()]);
	await gateways?.close();
});

interface FaultOutcome {
	result: ConnectionTestResult;
	/** From sending the test to the last byte of the answer, as the reader waits for it. */
	elapsedMs: number;
	/** The one call the gateway received (undefined when it is down). */
	call: GatewayCall | undefined;
}

/**
 * Tests a fresh token that the gateways answer with `fault`, and checks what holds for every fault:
 * a complete 200 answer about that environment, exactly one call, to that environment's gateway
 * (none when it is down), and the token whole in neither the answer nor the server's output.
 */
async function testAgainst(fault: Fault, environment: Environment = 'sandbox', target = server): Promise<FaultOutcome> {
	const token = gateways.tokenFor(environment, fault);
	tokensSent.add(token);
	const started = performance.now();
	const response = await fetch(`${target.url}/api/connection-test`, {
		method: 'POST',
		headers: { 'Content-Type': 'application/json' },
		body: JSON.stringify({ token, environment }),
	});
	const body = await response.text();
	const elapsedMs = performance.now() - started;
	const answer = `${JSON.stringify([...response.headers])}\n${body}`;
	answersReceived.push(answer);

	expect(response.status).toBe(200);
	const result = ConnectionTestResultSchema.parse(JSON.parse(body));
	expect(result.environment).toBe(environment);
	const calls = gateways.callsWith(token);
	expect(calls.map((call) => `${call.method} ${call.gateway}${call.path}`)).toEqual(
		target === sandboxDown ? [] : [`GET ${environment}/v1/identity/current`],
	);
	expect(answer).not.toContain(token);
	expect(target.output()).not.toContain(token);
	return { result, elapsedMs, call: calls[0] };
}

/** Waits, briefly, for the gateway's side of a call to end: its answer complete or its connection closed. */
async function settledWithin(call: GatewayCall, ms = 1000): Promise<boolean> {
	let timer: NodeJS.Timeout | undefined;
	const timedOut = new Promise<false>((resolve) => (timer = setTimeout(resolve, ms, false)));
	const settled = await Promise.race([call.settled.then(() => true as const), timedOut]);
	clearTimeout(timer);
	return settled;
}

describe.concurrent('a gateway that misbehaves', () => {
	describe(`too slow for the budget (REMOTE_TIMEOUT_MS=${budgetMs}) → timeout, answered on time`, () => {
		test('a gateway that takes the call and never answers', async () => {
			const { result, elapsedMs, call } = await testAgainst(faults.silent());
			expect(result.verdict).toBe('timeout');
			expect(result.upstreamStatus).toBeNull();
			expect(result.latencyMs).toBeGreaterThanOrEqual(budgetMs - 5);
			expect(elapsedMs).toBeLessThan(budgetMs + marginMs);
			// The server hung up on the gateway rather than leaving the connection waiting.
			expect(await settledWithin(call!)).toBe(true);
			expect(call!.cutOff).toBe(true);
		});

		test('Remote’s identity answer, but only after the budget, is not waited for', async () => {
			const { result, elapsedMs, call } = await testAgainst(faults.lateIdentity(budgetMs + 400), 'production');
			expect(result.verdict).toBe('timeout');
			expect(result.companyName).toBeNull();
			expect(elapsedMs).toBeLessThan(budgetMs + marginMs);
			expect(await settledWithin(call!)).toBe(true);
			expect(call!.bodyBytesWritten).toBe(0);
		});

		test('headers at once, then the body a byte every 25 ms: the whole call is time-boxed, not just the headers', async () => {
			// Read to the end, this body is a valid identity answer after about 3 s.
			const { result, elapsedMs, call } = await testAgainst(faults.dribbledIdentity(25));
			expect(result.verdict).toBe('timeout');
			expect(result.companyName).toBeNull();
			expect(result.latencyMs).toBeGreaterThanOrEqual(budgetMs - 5);
			expect(elapsedMs).toBeLessThan(budgetMs + marginMs);
			expect(await settledWithin(call!)).toBe(true);
			expect(call!.cutOff).toBe(true);
			// The body had begun, so it is the body's read that the budget cut short.
			expect(call!.bodyBytesWritten).toBeGreaterThan(0);
			expect(call!.bodyBytesWritten).toBeLessThan(identityAnswer.length);
		});
	});

	describe('a connection that breaks mid-answer → unreachable, at once', () => {
		test('closed after the headers and half the identity answer', async () => {
			// Taken as complete, the half answer would be upstream_error: it is not Remote's answer, it is a lost connection.
			const { result, elapsedMs } = await testAgainst(faults.brokenOffIdentity('close'));
			expect(result.verdict).toBe('unreachable');
			expect(result.upstreamStatus).toBeNull();
			expect(result.checks.at(-1)?.message).toMatch(
				/^Remote's gateway started to answer \(200\) but the connection broke before the answer was complete/,
			);
			expect(result.checks.at(-1)?.message).toContain('not a problem with your token');
			expect(elapsedMs).toBeLessThan(budgetMs);
		});

		test('reset (TCP RST) after the headers and half the identity answer', async () => {
			const { result, elapsedMs } = await testAgainst(faults.brokenOffIdentity('reset'), 'production');
			expect(result.verdict).toBe('unreachable');
			expect(result.upstreamStatus).toBeNull();
			expect(elapsedMs).toBeLessThan(budgetMs);
		});
	});

	describe(`an oversized body is read up to the cap (${maximumUpstreamBodyBytes / 1024} KB), never whole → upstream_error, at once`, () => {
		// Each body starts with a valid identity answer, padded with JSON whitespace: read whole, it would
		// be "connected". Only the cap turns it down, and only closing the connection stops the flood.
		const cutOffEarly = async ({ result, elapsedMs, call }: FaultOutcome) => {
			expect(result.verdict).toBe('upstream_error');
			expect(result.upstreamStatus).toBe(200);
			expect(result.companyName).toBeNull();
			expect(elapsedMs).toBeLessThan(budgetMs);
			expect(await settledWithin(call!)).toBe(true);
			expect(call!.cutOff).toBe(true);
			return call!.bodyBytesWritten;
		};

		test('50 MB announced with Content-Length: the connection is closed after a few MB at most', async () => {
			const totalBytes = 50 * 1024 * 1024;
			const written = await cutOffEarly(await testAgainst(faults.oversizedIdentity({ totalBytes })));
			// Past the cap, what the gateway got out is only what the kernel's socket buffers held.
			expect(written).toBeGreaterThan(maximumUpstreamBodyBytes);
			expect(written).toBeLessThan(totalBytes / 5);
		});

		test('a body without end', async () => {
			await cutOffEarly(await testAgainst(faults.oversizedIdentity({ totalBytes: Infinity })));
		});

		test('a gzip body without end, small on the wire: the cap applies to what it inflates to', async () => {
			await cutOffEarly(await testAgainst(faults.oversizedIdentity({ totalBytes: Infinity, gzip: true }), 'production'));
		});
	});

	describe('a redirect is never followed → upstream_error, and the token reaches no other server', () => {
		// The helper checks that the token's only call was the one to its gateway: neither `elsewhere`,
		// which would accept it, nor the gateway itself a second time ever heard of it.
		test.for<[number, string, (urls: FaultyGateways['urls']) => string]>([
			[301, 'to another host', (urls) => `${urls.elsewhere.replace('127.0.0.1', 'localhost')}/v1/identity/current`],
			[302, 'to another port of the same host', (urls) => `${urls.elsewhere}/v1/identity/current`],
			[303, 'to another host', (urls) => `${urls.elsewhere.replace('127.0.0.1', 'localhost')}/collect`],
			[
				307,
				'to another host, method and headers kept',
				(urls) => `${urls.elsewhere.replace('127.0.0.1', 'localhost')}/v1/identity/current`,
			],
			[308, 'to the other environment’s gateway', (urls) => `${urls.production}/v1/identity/current`],
			[302, 'to a relative path on the same gateway', () => '/v1/identity/current?followed=1'],
		])('%i %s', async ([status, _where, location]) => {
			const { result, elapsedMs } = await testAgainst(faults.redirect(status, location(gateways.urls)));
			expect(result.verdict).toBe('upstream_error');
			expect(result.upstreamStatus).toBe(status);
			expect(result.companyName).toBeNull();
			expect(result.checks.at(-1)?.message).toBe(
				`Remote's gateway answered with a redirect (${status}). It was not followed, so the token was sent nowhere else.`,
			);
			expect(result.nextStep.href).toBe('/troubleshooting/#the-gateway-was-not-found');
			expect(elapsedMs).toBeLessThan(budgetMs);
		});
	});

	describe('a 2xx that is not Remote’s identity answer → upstream_error', () => {
		test.for<[string, Fault]>([
			[
				'HTML, as a proxy or captive portal sends',
				faults.answer(200, { 'Content-Type': 'text/html' }, '<!doctype html><title>Sign in to the Wi-Fi</title>'),
			],
			[
				'JSON cut short, labelled application/json',
				faults.answer(200, { 'Content-Type': 'application/json' }, identityAnswer.slice(0, 40)),
			],
			['204 with no body at all', faults.answer(204, {}, '')],
			['JSON of another shape', faults.answer(200, { 'Content-Type': 'application/json' }, '{"status":"ok","authenticated":true}')],
			[
				'the identity shape without a company name',
				faults.answer(201, { 'Content-Type': 'application/json' }, '{"data":{"company":{"id":"c1"},"user":{}}}'),
			],
			['a JSON array', faults.answer(200, { 'Content-Type': 'application/json' }, '[]')],
		])('%s', async ([_case, fault]) => {
			const { result, elapsedMs } = await testAgainst(fault);
			expect(result.verdict).toBe('upstream_error');
			expect(result.companyName).toBeNull();
			expect(result.checks.at(-1)?.message).toMatch(
				/^Remote answered 20\d but not with its usual identity data, so the token could not be confirmed\./,
			);
			expect(result.nextStep.href).toBe('/troubleshooting/#an-unexpected-answer');
			expect(elapsedMs).toBeLessThan(budgetMs);
		});

		test('Remote’s identity answer labelled text/plain is accepted: the body proves it, not the label', async () => {
			// Decided on purpose: the answer is parsed as data (JSON.parse, then the identity schema) and
			// never rendered, so the label carries no risk; an identity with the company's name can only
			// come from a gateway that accepted the token; and a proxy that relabels answers should not
			// make a working token look broken to the reader, who could do nothing about it.
			const { result } = await testAgainst(faults.answer(200, { 'Content-Type': 'text/plain' }, identityAnswer));
			expect(result.verdict).toBe('connected');
			expect(result.companyName).toBe('Acme Sandbox Ltd');
			expect(JSON.stringify(result)).not.toContain('ada.admin@acme.example');
		});
	});

	describe('a 404 → upstream_error that blames this help center’s configuration, not the token', () => {
		test.for<Environment>(['sandbox', 'production'])('%s', async (environment) => {
			const { result } = await testAgainst(
				faults.answer(404, { 'Content-Type': 'application/json' }, '{"message":"Not found"}'),
				environment,
			);
			expect(result.verdict).toBe('upstream_error');
			expect(result.upstreamStatus).toBe(404);
			expect(result.checks.at(-1)).toMatchObject({ id: 'remote', status: 'warn' });
			expect(result.checks.at(-1)?.message).toContain('most likely this help center’s gateway address is wrong');
		});
	});

	test('an error page that quotes the request back, token included → upstream_error, and the quote goes no further', async () => {
		const echo: Fault = (response, call) =>
			faults.answer(500, { 'Content-Type': 'text/plain' }, `Bad request. Authorization: Bearer ${call.token}`)(response, call);
		const { result } = await testAgainst(echo);
		expect(result.verdict).toBe('upstream_error');
		expect(result.upstreamStatus).toBe(500);
	});

	test('a gateway that is down (connection refused) → unreachable, at once, and no gateway hears of the token', async () => {
		const { result, elapsedMs } = await testAgainst(faults.silent(), 'sandbox', sandboxDown);
		expect(result.verdict).toBe('unreachable');
		expect(result.upstreamStatus).toBeNull();
		expect(result.checks.at(-1)?.message).toBe(
			"Remote's gateway could not be reached (ECONNREFUSED). This is not a problem with your token: try again shortly.",
		);
		expect(elapsedMs).toBeLessThan(budgetMs);
	});
});

// Runs after every case above has finished: what arrives late (a retry, a log line) is caught here.
describe('after every fault', () => {
	test('each token reached its gateway once, nothing reached elsewhere, and no token is in any answer or output', async () => {
		await new Promise((resolve) => setTimeout(resolve, 100));
		expect(tokensSent.size).toBeGreaterThanOrEqual(25);
		expect(gateways.calls.filter((call) => call.gateway === 'elsewhere')).toEqual([]);
		const output = server.output() + sandboxDown.output();
		for (const token of tokensSent) {
			expect(gateways.callsWith(token).length).toBeLessThanOrEqual(1);
			expect(output).not.toContain(token);
			for (const answer of answersReceived) expect(answer).not.toContain(token);
		}
	});

	test('the server is still up and logged no error: every fault was an outcome, not a failure', async () => {
		expect(await (await fetch(`${server.url}/api/health`)).json()).toMatchObject({ status: 'ok' });
		// Past the startup line, only one JSON line per test: no warning, no error, no stack trace.
		const [startup, ...events] = server.output().trim().split('\n');
		expect(JSON.parse(startup!)).toMatchObject({ level: 'info', event: 'server_listening' });
		expect(events).toHaveLength(tokensSent.size - 1);
		for (const line of events) expect(JSON.parse(line)).toMatchObject({ level: 'info', event: 'connection_test' });
	});
});
