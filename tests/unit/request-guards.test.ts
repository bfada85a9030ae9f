import { describe, expect, test } from 'vitest';
import { noTrustedProxies, trustedProxiesOf } from '../../src/lib/server/client-address';
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
		expect(checkOrigin(request, { viaTrustedProxy: true }).ok).toBe(true);
		expect(checkOrigin(request, { viaTrustedProxy: false }).ok).toBe(false);
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
	const proxies = trustedProxiesOf(['10.0.0.0/8', '127.0.0.1']);
	const from = (forwardedFor?: string) => post(null, forwardedFor === undefined ? {} : { 'x-forwarded-for': forwardedFor });
	test.each([
		['no proxy is trusted: the socket, whatever the header says', noTrustedProxies, '10.0.0.1', '203.0.113.1, 198.51.100.7', '10.0.0.1'],
		['a peer that is not a named proxy writes its own header: the socket', proxies, '203.0.113.50', '198.51.100.7', '203.0.113.50'],
		['from a named proxy: the address it saw', proxies, '10.0.0.1', '203.0.113.1, 198.51.100.7', '198.51.100.7'],
		['through two named proxies: the nearest address that is not one', proxies, '127.0.0.1', '198.51.100.7, 10.1.2.3', '198.51.100.7'],
		['from a named proxy, IPv4-mapped socket address', proxies, '::ffff:10.0.0.1', '198.51.100.7', '198.51.100.7'],
		['the nearest untrusted entry is not an address: the proxy’s own', proxies, '10.0.0.1', '198.51.100.7, evil-key-123', '10.0.0.1'],
		['a forwarded address with a port, as some proxies write it', proxies, '10.0.0.1', '198.51.100.7:51234', '198.51.100.7'],
		['a named proxy without the header: the socket', proxies, '10.0.0.1', undefined, '10.0.0.1'],
		['IPv6 clients count per /64', proxies, '10.0.0.1', '2001:db8:aa:bb:1:2:3:4', '2001:db8:aa:bb::/64'],
		['another address of the same /64 is the same client', proxies, '10.0.0.1', '2001:db8:aa:bb::99', '2001:db8:aa:bb::/64'],
		['a compressed IPv6 address keeps its place', noTrustedProxies, '2001:db8::1', undefined, '2001:db8:0:0::/64'],
		['a bracketed IPv6 address with a port', proxies, '10.0.0.1', '[2001:db8:1:2::5]:443', '2001:db8:1:2::/64'],
	])('%s', (_case, trusted, socket, forwardedFor, client) => {
		expect(clientIdentity(from(forwardedFor), socket, trusted).key).toBe(client);
	});
});
