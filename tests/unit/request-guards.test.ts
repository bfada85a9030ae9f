import { describe, expect, test } from 'vitest';
import { ConnectionTestRequestSchema } from '../../src/lib/shared/connection-test-schema';
import { Readable } from 'node:stream';
import {
	checkOrigin,
	clientIdentity,
	headerReader,
	parseWithSchema,
	readJsonBody,
	type GuardedRequest,
} from '../../src/server/api/request-guards';

/** A request as the guards see it: its headers, and its body as Node's request streams it. */
const post = (body: string | Uint8Array | null, headers: Record<string, string> = {}): GuardedRequest => ({
	headers: headerReader({ headers: { host: 'help.test', ...headers } }),
	body: body === null ? null : Readable.from([Buffer.from(body)]),
});

describe('checkOrigin', () => {
	test.each([
		['no Origin (curl, servers)', {}, true],
		['the page’s own origin', { origin: 'http://help.test' }, true],
		['another site', { origin: 'https://attacker.example' }, false],
		['a lookalike host', { origin: 'http://help.test.attacker.example' }, false],
		['a listed partner', { origin: 'https://partner.example' }, true],
		['"null" from a sandboxed frame', { origin: 'null' }, false],
	])('%s', (_case, headers, allowed) => {
		expect(checkOrigin(post(null, headers), { allowedOrigins: ['https://partner.example'] }).ok).toBe(allowed);
	});

	test('behind a trusted proxy that rewrites Host, the forwarded host is the page’s own', () => {
		const request = post(null, { host: 'app-internal:4321', 'x-forwarded-host': 'help.test', origin: 'https://help.test' });
		expect(checkOrigin(request, { trustProxy: true }).ok).toBe(true);
		expect(checkOrigin(request, { trustProxy: false }).ok).toBe(false);
	});
});

describe('readJsonBody', () => {
	const json = { 'content-type': 'application/json' };
	test('reads a JSON object', async () => {
		expect(await readJsonBody(post('{"token":"x"}', json), 100)).toEqual({ ok: true, value: { token: 'x' } });
	});
	test('accepts a charset parameter', async () => {
		expect((await readJsonBody(post('{}', { 'content-type': 'application/json; charset=utf-8' }), 100)).ok).toBe(true);
	});
	test.each([
		['another media type', post('{}', { 'content-type': 'text/plain' }), 415],
		['no media type', post('{}'), 415],
		['a body over the limit', post(JSON.stringify({ token: 'x'.repeat(200) }), json), 413],
		['an empty body', post('', json), 400],
		['bad JSON', post('{"token": "ra_test_secret', json), 400],
		['invalid UTF-8', post(new Uint8Array([0x7b, 0xff, 0x7d]), json), 400],
	])('%s → %i', async (_case, request, status) => {
		const result = await readJsonBody(request, 100);
		expect(result.ok).toBe(false);
		if (!result.ok) expect(result.refusal.status).toBe(status);
	});
	test('another media type is named in the refusal', async () => {
		const result = await readJsonBody(post('a=1', { 'content-type': 'application/x-www-form-urlencoded' }), 100);
		expect(!result.ok && result.refusal.message).toContain('(got application/x-www-form-urlencoded)');
	});
	test.each([
		['as the whole header', 'ra_test_secretsecretsecret'],
		['as the subtype', 'application/ra_live_secretsecretsecret'],
		['with a parameter', 'text/ra_test_secretsecretsecret; charset=utf-8'],
		['after a space', 'application/json ra_test_secretsecretsecret'],
	])('a token sent in Content-Type (%s) is not quoted back', async (_case, contentType) => {
		const result = await readJsonBody(post('{}', { 'content-type': contentType }), 100);
		expect(!result.ok && result.refusal.status).toBe(415);
		expect(JSON.stringify(result)).not.toContain('secretsecret');
	});
	test('a JSON error never quotes the body', async () => {
		const result = await readJsonBody(post('{"token": "ra_test_secretsecret', json), 100);
		expect(JSON.stringify(result)).not.toContain('secretsecret');
	});
});

describe('parseWithSchema', () => {
	test.each([
		['a number for the token', { token: 5 }, 'token', /"token" must be a string/],
		['no token', {}, 'token', /"token" is required/],
		['an unknown environment', { token: 'x', environment: 'staging' }, 'environment', /"production" or "sandbox"/],
		['an unknown field', { token: 'x', admin: true }, undefined, /Unknown field: "admin"/],
		['an array', [], undefined, /must be a JSON object/],
		['null', null, undefined, /must be a JSON object/],
	])('%s', (_case, value, field, message) => {
		const result = parseWithSchema(ConnectionTestRequestSchema, value);
		expect(result.ok).toBe(false);
		if (!result.ok) {
			expect(result.refusal.field).toBe(field);
			expect(result.refusal.message).toMatch(message);
		}
	});
	test('an unknown key that could be a token is not quoted back', () => {
		const token = 'ra_test_a1b2c3d4e5f6g7h8i9j0';
		const result = parseWithSchema(ConnectionTestRequestSchema, { token: 'x', [token]: true });
		expect(JSON.stringify(result)).not.toContain('a1b2c3d4');
	});

	test('__proto__ in the body does not reach the result', () => {
		const result = parseWithSchema(ConnectionTestRequestSchema, JSON.parse('{"token":"x","__proto__":{"polluted":true}}'));
		expect(({} as Record<string, unknown>).polluted).toBeUndefined();
		expect(result.ok).toBe(false);
	});
});

describe('clientIdentity', () => {
	const forwarded = post(null, { 'x-forwarded-for': '203.0.113.1, 198.51.100.7' });
	test('is the socket address unless a proxy is trusted', () => {
		expect(clientIdentity(forwarded, '10.0.0.1', false)).toBe('10.0.0.1');
	});
	test('with a trusted proxy, is the last forwarded address (the one the proxy saw)', () => {
		expect(clientIdentity(forwarded, '10.0.0.1', true)).toBe('198.51.100.7');
	});
	test('with a trusted proxy but no header, falls back to the socket', () => {
		expect(clientIdentity(post(null), '10.0.0.1', true)).toBe('10.0.0.1');
	});
});
