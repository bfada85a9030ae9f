import { describe, expect } from 'vitest';
import { helpCenterTest } from '../support/http-fixtures';
import { ErrorResponseSchema } from '../../src/lib/shared/connection-test-schema';
import { gatewayEnvOf, type FakeRemote } from '../support/fake-remote';
import { startHelpCenter, type RunningHelpCenter } from '../support/help-center';

/**
 * `POST /api/feedback` as readers' browsers and other sites reach it: validated, CORS-checked and
 * rate-limited like the tester, every refusal in the API's one JSON shape.
 */

const embedOrigin = 'https://help.partner.example';
let fake: FakeRemote;
let server: RunningHelpCenter;

const test = helpCenterTest({ EMBED_ALLOWED_ORIGINS: embedOrigin, TESTER_RATE_LIMIT: '1000' });
test.beforeAll(({ fake: started, helpCenter }) => {
	fake = started;
	server = helpCenter;
});

const send = (body: string, headers: Record<string, string> = {}, url = server.url) =>
	fetch(`${url}/api/feedback`, { method: 'POST', headers: { 'Content-Type': 'application/json', ...headers }, body });

async function refusal(response: Response, status: number, code: string) {
	expect(response.status).toBe(status);
	expect(response.headers.get('cache-control')).toBe('no-store');
	const { error } = ErrorResponseSchema.parse(await response.json());
	expect(error.code).toBe(code);
	return error;
}

describe('a valid answer', () => {
	test.each([
		['yes', { page: 'index', helpful: true }],
		['no, with a comment', { page: 'link-account', helpful: false, comment: 'Step 3 does not match what I see.' }],
		['a page named by its path', { page: '/environments/', helpful: true }],
		['the overview named by its path', { page: '/', helpful: true }],
		['a comment of exactly 1,000 characters', { page: 'troubleshooting', helpful: false, comment: 'é'.repeat(1000) }],
	])('%s is received with 202', async (_name, body) => {
		const answer = await send(JSON.stringify(body));
		expect(answer.status).toBe(202);
		expect(await answer.json()).toEqual({ status: 'received', answer: expect.stringMatching(/^[0-9a-f-]{36}$/) });
	});
});

describe('a bad answer is refused, naming what is wrong', () => {
	test.each([
		['an unknown page', { page: 'nope', helpful: true }, 'page'],
		['no page', { helpful: true }, 'page'],
		['helpful as a string', { page: 'index', helpful: 'yes' }, 'helpful'],
		['no helpful', { page: 'index' }, 'helpful'],
		['a comment over 1,000 characters', { page: 'index', helpful: true, comment: 'x'.repeat(1001) }, 'comment'],
		// 100 characters sent, 1,800 once normalised (each ligature stands for 18): measured as stored.
		['a comment over 1,000 characters once normalised', { page: 'index', helpful: true, comment: '\ufdfa'.repeat(100) }, 'comment'],
		['a comment that is not text', { page: 'index', helpful: true, comment: 42 }, 'comment'],
	])('%s', async (_name, body, field) => {
		const error = await refusal(await send(JSON.stringify(body)), 400, 'invalid_request');
		expect(error.field).toBe(field);
	});

	test('an unknown field, a body that is no object, bad JSON, another media type, a body too large', async () => {
		expect((await refusal(await send('{"page":"index","helpful":true,"email":"a@b.c"}'), 400, 'invalid_request')).message).toContain(
			'"email"',
		);
		expect((await refusal(await send('[1]'), 400, 'invalid_request')).message).toContain('{"page"');
		await refusal(await send('{"page":'), 400, 'invalid_json');
		await refusal(await send('page=index', { 'Content-Type': 'application/x-www-form-urlencoded' }), 415, 'unsupported_media_type');
		await refusal(await send(JSON.stringify({ page: 'index', helpful: true, comment: 'x'.repeat(9000) })), 413, 'payload_too_large');
	});

	test('GET is not allowed', async () => {
		const answer = await fetch(`${server.url}/api/feedback`);
		await refusal(answer, 405, 'method_not_allowed');
		expect(answer.headers.get('allow')).toBe('POST, OPTIONS');
	});

	test('no refusal quotes a token sent by mistake', async () => {
		const token = 'ra_live_AbCdEf0123456789XyZ0123';
		for (const body of [{ page: token, helpful: true }, { [token]: 1 }, { page: 'index', helpful: token }]) {
			const answer = await send(JSON.stringify(body));
			expect(answer.status).toBe(400);
			expect(await answer.text()).not.toContain(token);
		}
		expect(server.output()).not.toContain(token);
	});
});

describe('other sites', () => {
	test('a listed site may send answers and read the reply; its preflight is answered', async () => {
		const preflight = await fetch(`${server.url}/api/feedback`, {
			method: 'OPTIONS',
			headers: { Origin: embedOrigin, 'Access-Control-Request-Method': 'POST', 'Access-Control-Request-Headers': 'content-type' },
		});
		expect(preflight.status).toBe(204);
		expect(preflight.headers.get('access-control-allow-origin')).toBe(embedOrigin);
		const answer = await send('{"page":"index","helpful":true}', { Origin: embedOrigin });
		expect(answer.status).toBe(202);
		expect(answer.headers.get('access-control-allow-origin')).toBe(embedOrigin);
	});

	test('any other site is refused, its preflight too', async () => {
		const preflight = await fetch(`${server.url}/api/feedback`, {
			method: 'OPTIONS',
			headers: { Origin: 'https://elsewhere.example', 'Access-Control-Request-Method': 'POST' },
		});
		expect(preflight.status).toBe(403);
		expect(preflight.headers.get('access-control-allow-origin')).toBeNull();
		await refusal(await send('{"page":"index","helpful":true}', { Origin: 'https://elsewhere.example' }), 403, 'origin_not_allowed');
	});
});

test('one client is rate-limited, apart from its tests, with Retry-After', async () => {
	const limited = await startHelpCenter({ ...gatewayEnvOf(fake), TESTER_RATE_LIMIT: '3' });
	try {
		for (let answer = 0; answer < 3; answer++) expect((await send('{"page":"index","helpful":true}', {}, limited.url)).status).toBe(202);
		const refused = await send('{"page":"index","helpful":true}', {}, limited.url);
		const error = await refusal(refused, 429, 'too_many_requests');
		expect(error.message).toContain('3 answers a minute');
		expect(Number(refused.headers.get('retry-after'))).toBeGreaterThan(0);
		// Tests have their own count: the reader who answered may still test.
		const test = await fetch(`${limited.url}/api/connection-test`, {
			method: 'POST',
			headers: { 'Content-Type': 'application/json' },
			body: '{"token":"ra_test_short"}',
		});
		expect(test.status).toBe(200);
	} finally {
		await limited.stop();
	}
});
