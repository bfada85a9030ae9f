import { describe, expect, test } from 'vitest';
import {
	checkTokenLive,
	identityUrl,
	maximumUpstreamBodyBytes,
	retryAfterSeconds,
	type GatewaySettings,
} from '../../src/lib/server/remote-gateway';

const settings: GatewaySettings = { gateways: { production: 'https://prod.test', sandbox: 'https://sandbox.test/' }, timeoutMs: 200 };
const token = 'ra_test_a1b2c3d4e5f6g7h8i9j0';

/** A stand-in for the network that answers with a real `Response` and records what was asked. */
function answering(response: () => Response | Promise<Response>) {
	const requests: Array<{ url: string; init: RequestInit }> = [];
	const fetchStandIn = (async (url: string, init: RequestInit) => {
		requests.push({ url, init });
		return response();
	}) as unknown as typeof fetch;
	return { fetchStandIn, requests };
}

const identity = {
	data: { company: { id: 'c1', name: 'Acme Ltd' }, user: { id: 'u1', name: 'Ada', email: 'ada@acme.example', status: 'active' } },
};

describe('checkTokenLive', () => {
	test('asks the environment’s identity endpoint with the token as a bearer, once, without following redirects', async () => {
		const { fetchStandIn, requests } = answering(() => Response.json(identity, { status: 201 }));
		const outcome = await checkTokenLive(token, 'sandbox', settings, fetchStandIn);
		expect(outcome).toMatchObject({ verdict: 'connected', companyName: 'Acme Ltd', upstreamStatus: 201 });
		expect(requests).toHaveLength(1);
		expect(requests[0]!.url).toBe('https://sandbox.test/v1/identity/current');
		expect(requests[0]!.init).toMatchObject({
			method: 'GET',
			redirect: 'manual',
			headers: { Authorization: `Bearer ${token}`, Accept: 'application/json' },
		});
	});

	test('a company name longer than a line is cut to 120 characters before it reaches the reader', async () => {
		const long = { data: { ...identity.data, company: { id: 'c1', name: 'A'.repeat(5000) } } };
		const { fetchStandIn } = answering(() => Response.json(long, { status: 200 }));
		const outcome = await checkTokenLive(token, 'sandbox', settings, fetchStandIn);
		expect(outcome.verdict).toBe('connected');
		expect(outcome.companyName).toHaveLength(120);
		expect(outcome.companyName!.endsWith('…')).toBe(true);
	});

	// An unusable answer names its cause, since each has its own fix (and troubleshooting section).
	test.each<[string, () => Response, string, string | undefined]>([
		['200 with the identity shape', () => Response.json(identity, { status: 200 }), 'connected', undefined],
		[
			'201 without a company name',
			() => Response.json({ data: { company: { id: 'c1' }, user: {} } }, { status: 201 }),
			'upstream_error',
			'unexpected_answer',
		],
		[
			'200 with HTML',
			() => new Response('<html></html>', { status: 200, headers: { 'Content-Type': 'text/html' } }),
			'upstream_error',
			'unexpected_answer',
		],
		['401', () => Response.json({ message: 'Unauthorized' }, { status: 401 }), 'unauthorized', undefined],
		['403', () => Response.json({ message: 'Forbidden' }, { status: 403 }), 'forbidden', undefined],
		['429', () => Response.json({ message: 'Too many requests' }, { status: 429 }), 'rate_limited', undefined],
		[
			'302 to elsewhere',
			() => new Response(null, { status: 302, headers: { Location: 'https://elsewhere.test/' } }),
			'upstream_error',
			'gateway_not_found',
		],
		['404', () => Response.json({ message: 'Not found' }, { status: 404 }), 'upstream_error', 'gateway_not_found'],
		['500 with JSON', () => Response.json({ message: 'boom' }, { status: 500 }), 'upstream_error', 'remote_unavailable'],
		['502 with plain text', () => new Response('Bad gateway', { status: 502 }), 'upstream_error', 'remote_unavailable'],
		['418, unexpected', () => new Response('', { status: 418 }), 'upstream_error', 'unexpected_answer'],
	])('%s → %s (%s)', async (_case, response, verdict, cause) => {
		const { fetchStandIn } = answering(response);
		const outcome = await checkTokenLive(token, 'production', settings, fetchStandIn);
		expect(outcome.verdict).toBe(verdict);
		expect(outcome.cause).toBe(cause);
	});

	test('a body larger than the cap is not read whole and is not taken as an answer', async () => {
		let pulled = 0;
		const endless = new ReadableStream<Uint8Array>({
			pull(controller) {
				pulled += 16 * 1024;
				controller.enqueue(new Uint8Array(16 * 1024).fill(32));
			},
		});
		const { fetchStandIn } = answering(() => new Response(endless, { status: 201 }));
		const outcome = await checkTokenLive(token, 'sandbox', settings, fetchStandIn);
		expect(outcome.verdict).toBe('upstream_error');
		expect(pulled).toBeLessThanOrEqual(maximumUpstreamBodyBytes + 2 * 16 * 1024);
	});

	test('connection refused → unreachable, naming the error code', async () => {
		const refused = Object.assign(new TypeError('fetch failed'), { cause: Object.assign(new Error('connect'), { code: 'ECONNREFUSED' }) });
		const { fetchStandIn } = answering(() => Promise.reject(refused));
		const outcome = await checkTokenLive(token, 'sandbox', settings, fetchStandIn);
		expect(outcome).toMatchObject({ verdict: 'unreachable', upstreamStatus: null });
		expect(outcome.check).toEqual({ code: 'unreachable', values: { network: ' (ECONNREFUSED)' } });
	});

	test('a connection lost midway through the body → unreachable, saying the gateway was reached', async () => {
		// What fetch does when the socket closes after the headers: the body stream errors.
		const brokenOff = new ReadableStream<Uint8Array>({
			start(controller) {
				controller.enqueue(new TextEncoder().encode('{"data":{"company":'));
				controller.error(
					Object.assign(new TypeError('terminated'), { cause: Object.assign(new Error('other side closed'), { code: 'UND_ERR_SOCKET' }) }),
				);
			},
		});
		const { fetchStandIn } = answering(() => new Response(brokenOff, { status: 200 }));
		const outcome = await checkTokenLive(token, 'sandbox', settings, fetchStandIn);
		expect(outcome).toMatchObject({ verdict: 'unreachable', upstreamStatus: null });
		expect(outcome.check).toEqual({ code: 'connection_broken', values: { status: 200, network: ' (UND_ERR_SOCKET)' } });
	});

	test('no answer within the budget → timeout', async () => {
		const never = ((_url: string, init: RequestInit) =>
			new Promise((_resolve, reject) =>
				init.signal!.addEventListener('abort', () => reject(init.signal!.reason)),
			)) as unknown as typeof fetch;
		const started = Date.now();
		const outcome = await checkTokenLive(token, 'sandbox', settings, never);
		expect(outcome.verdict).toBe('timeout');
		expect(Date.now() - started).toBeLessThan(1000);
	});

	test('the outcome never carries the token owner’s name or email', async () => {
		const { fetchStandIn } = answering(() => Response.json(identity, { status: 201 }));
		const text = JSON.stringify(await checkTokenLive(token, 'sandbox', settings, fetchStandIn));
		expect(text).not.toContain('ada@acme.example');
		expect(text).not.toContain('"Ada"');
	});
});

describe('retryAfterSeconds', () => {
	const now = Date.parse('2026-11-23T10:00:00Z');
	test.each([
		['Retry-After in seconds', { 'retry-after': '30' }, 30],
		['Retry-After as an HTTP date', { 'retry-after': 'Mon, 23 Nov 2026 10:01:00 GMT' }, 60],
		['Retry-After wins over x-ratelimit-reset', { 'retry-after': '5', 'x-ratelimit-reset': '42000' }, 5],
		['x-ratelimit-reset in milliseconds, rounded up', { 'x-ratelimit-reset': '41001' }, 42],
		['nothing to go by', {}, null],
		['garbage', { 'retry-after': 'soon', 'x-ratelimit-reset': 'later' }, null],
		['an absurd wait is capped at a day', { 'retry-after': '99999999999999999999' }, 86_400],
		['a date in the past is now', { 'retry-after': 'Mon, 23 Nov 2026 09:00:00 GMT' }, 0],
	])('%s', (_case, headers, seconds) => {
		expect(retryAfterSeconds(new Headers(headers), now)).toBe(seconds);
	});
});

test('identityUrl tolerates a trailing slash on the gateway', () => {
	expect(identityUrl('https://gateway.remote.com/')).toBe('https://gateway.remote.com/v1/identity/current');
});
