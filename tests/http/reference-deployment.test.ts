import { request as httpRequest } from 'node:http';
import { afterAll, describe, expect, vi } from 'vitest';
import { fakeRemoteTest as test } from '../support/http-fixtures';
import { ConnectionTestResultSchema, ErrorResponseSchema } from '../../src/lib/shared/connection-test-schema';
import { gatewayEnvOf, type FakeRemote } from '../support/fake-remote';
import { startHelpCenter, type RunningHelpCenter } from '../support/help-center';
import { startReferenceNginx, type RunningNginx } from '../support/nginx';

/**
 * The reference deployment, for real: nginx (deploy/nginx/help-center.conf) serves the built site
 * itself and proxies the API and the embed script to two Node instances started with
 * TRUST_PROXY=127.0.0.1 (nginx's address as they see it). Pages come with the headers the Node server gives them; the tester's answers pass
 * through unchanged.
 */
let fake: FakeRemote;
let instances: RunningHelpCenter[];
let nginx: RunningNginx;

const portOf = (server: RunningHelpCenter) => Number(new URL(server.url).port);

test.beforeAll(async ({ fake: started }) => {
	fake = started;
	const env = { ...gatewayEnvOf(fake), TRUST_PROXY: '127.0.0.1', TESTER_RATE_LIMIT: '3' };
	instances = await Promise.all([startHelpCenter(env), startHelpCenter(env)]);
	nginx = await startReferenceNginx([portOf(instances[0]!), portOf(instances[1]!)]);
});
afterAll(async () => {
	await nginx?.stop();
	await Promise.all((instances ?? []).map((server) => server.stop()));
});

/** A GET from a given loopback address, as different readers would connect to nginx. */
function send(
	base: string,
	path: string,
	{
		method = 'GET',
		headers = {},
		body,
		from = '127.0.0.1',
	}: { method?: string; headers?: Record<string, string>; body?: string; from?: string } = {},
): Promise<{ status: number; headers: Record<string, string | string[] | undefined>; body: Buffer }> {
	return new Promise((resolve, reject) => {
		const request = httpRequest(`${base}${path}`, { method, headers, localAddress: from }, (response) => {
			const chunks: Buffer[] = [];
			response.on('data', (chunk: Buffer) => chunks.push(chunk));
			response.on('end', () => resolve({ status: response.statusCode!, headers: response.headers, body: Buffer.concat(chunks) }));
		});
		request.on('error', reject);
		request.end(body);
	});
}

/** The headers both servers must agree on for a file of the site. */
const siteHeaders = [
	'content-security-policy',
	'x-content-type-options',
	'referrer-policy',
	'permissions-policy',
	'cross-origin-opener-policy',
	'cache-control',
	'link',
];

describe('pages, served by nginx itself', () => {
	test.each(['/', '/environments/', '/sources/', '/environments.md', '/llms.txt', '/formats/nango.yaml', '/de/formats/apideck.md'])(
		'%s comes with the Node server’s headers',
		async (path) => {
			const [viaNginx, direct] = await Promise.all([send(nginx.url, path), send(instances[0]!.url, path)]);
			expect(viaNginx.status).toBe(200);
			for (const name of siteHeaders) expect(viaNginx.headers[name], name).toBe(direct.headers[name]);
			expect(viaNginx.headers['content-type']).toBe(direct.headers['content-type']);
			expect(viaNginx.body.equals(direct.body)).toBe(true);
		},
	);

	test('fingerprinted assets are cached for a year; gzip twins are served to whoever accepts them', async () => {
		const page = (await send(nginx.url, '/environments/')).body.toString('utf8');
		const asset = /(?:src|href)="(\/_astro\/[^"]+\.(?:js|css))"/.exec(page)![1]!;
		const [viaNginx, direct] = await Promise.all([
			send(nginx.url, asset, { headers: { 'Accept-Encoding': 'gzip' } }),
			send(instances[0]!.url, asset),
		]);
		expect(viaNginx.headers['cache-control']).toBe('public, max-age=31536000, immutable');
		expect(viaNginx.headers['content-encoding']).toBe('gzip');
		expect(viaNginx.headers.vary).toContain('Accept-Encoding');
		expect(viaNginx.headers['content-security-policy']).toBe(direct.headers['content-security-policy']);
	});

	test('an unknown path, or the not-found page by name, is the 404 page with status 404 and its own policy', async () => {
		for (const path of ['/no-such-page/', '/404.html']) {
			const [viaNginx, direct] = await Promise.all([send(nginx.url, path), send(instances[0]!.url, path)]);
			expect(viaNginx.status, path).toBe(404);
			expect(viaNginx.body.toString('utf8')).toContain('Page not found');
			expect(viaNginx.headers['content-security-policy']).toBe(direct.headers['content-security-policy']);
		}
	});
});

test('the docs MCP server and its card are reached through nginx, and pages link to both', async () => {
	const card = await send(nginx.url, '/.well-known/mcp');
	expect(card.status).toBe(200);
	expect(JSON.parse(card.body.toString()).tools).toContain('search_guides');
	const listed = await send(nginx.url, '/mcp', {
		method: 'POST',
		headers: { 'Content-Type': 'application/json', Accept: 'application/json, text/event-stream' },
		body: JSON.stringify({ jsonrpc: '2.0', id: 1, method: 'tools/list' }),
	});
	expect(listed.status).toBe(200);
	expect(JSON.parse(listed.body.toString()).result.tools.map((tool: { name: string }) => tool.name)).toContain('explain_error');
	expect((await send(nginx.url, '/environments/')).headers.link).toContain('</.well-known/mcp>; rel="service-desc"');
});

test('a platform’s ?return= and ?environment= reach neither nginx’s access log nor the instances’ logs', async () => {
	const returnUrl = 'https://app.acme.example/connections/remote?session=s3cr3t';
	const path = `/link-account/?environment=sandbox&return=${encodeURIComponent(returnUrl)}`;
	expect((await send(nginx.url, path)).status).toBe(200);
	expect((await send(instances[0]!.url, path)).status).toBe(200);
	// nginx writes its log line once the answer is sent: wait for it.
	for (let waited = 0; !nginx.accessLog().includes('/link-account/') && waited < 2000; waited += 50)
		await new Promise((resolve) => setTimeout(resolve, 50));
	expect(nginx.accessLog()).toContain('"GET /link-account/ HTTP/1.1" 200');
	for (const log of [nginx.accessLog(), ...instances.map((instance) => instance.output())]) {
		expect(log).not.toContain('app.acme.example');
		expect(log).not.toContain('s3cr3t');
		expect(log).not.toContain('environment=');
	}
});

describe('the tester, through nginx to two instances', () => {
	const post = (body: string, options: { headers?: Record<string, string>; from?: string } = {}) =>
		send(nginx.url, '/api/connection-test', {
			method: 'POST',
			body,
			...options,
			headers: { 'Content-Type': 'application/json', ...options.headers },
		});

	test('a verdict passes through unchanged, and both instances take their share', async () => {
		const tokens = ['a', 'b', 'c', 'd'].map((tail) => `ra_test_demo_connected_4f1c9a27b3_nginx${tail}`);
		for (const [index, token] of tokens.entries()) {
			const answer = await post(JSON.stringify({ token }), { from: `127.0.1.${index + 1}` });
			expect(answer.status).toBe(200);
			expect(answer.headers['content-type']).toBe('application/json');
			expect(answer.headers['cache-control']).toBe('no-store');
			expect(answer.headers['content-security-policy']).toBe("default-src 'none'; frame-ancestors 'self'");
			expect(ConnectionTestResultSchema.parse(JSON.parse(answer.body.toString('utf8')))).toMatchObject({
				verdict: 'connected',
				companyName: 'Acme Sandbox Ltd',
			});
		}
		// Info lines are written at the end of the turn that logged them: soon after the answer.
		for (const server of instances) await vi.waitFor(() => expect(server.output()).toContain('"event":"connection_test"'));
	});

	test('refusals pass through unchanged: media type, malformed body, another site, wrong method', async () => {
		const cases: Array<[Promise<Awaited<ReturnType<typeof send>>>, number, string]> = [
			[post('token=x', { headers: { 'Content-Type': 'text/plain' }, from: '127.0.2.1' }), 415, 'unsupported_media_type'],
			[post('{"token":', { from: '127.0.2.2' }), 400, 'invalid_json'],
			[post('{"token":"ra_test_x"}', { headers: { Origin: 'https://attacker.example' }, from: '127.0.2.3' }), 403, 'origin_not_allowed'],
			[send(nginx.url, '/api/connection-test', { from: '127.0.2.4' }), 405, 'method_not_allowed'],
		];
		for (const [answer, status, code] of cases) {
			const { status: got, body, headers } = await answer;
			expect(got).toBe(status);
			expect(headers['content-type']).toBe('application/json');
			expect(ErrorResponseSchema.parse(JSON.parse(body.toString('utf8'))).error.code).toBe(code);
		}
	});

	test('a page of this site, as the browser reached it through nginx, may call the tester', async () => {
		const answer = await post('{"token":"ra_test_short"}', { headers: { Origin: nginx.url }, from: '127.0.3.1' });
		expect(answer.status).toBe(200);
	});

	test('the client is the address nginx saw (X-Forwarded-For, trusted from nginx alone), and a forged one changes nothing', async () => {
		// One reader, three requests under three made-up addresses: one client all the same.
		const forged = [];
		for (const claimed of ['198.51.100.1', '198.51.100.2', '198.51.100.3', '198.51.100.4']) {
			forged.push((await post('{"token":"ra_test_short"}', { headers: { 'X-Forwarded-For': claimed }, from: '127.0.4.1' })).status);
		}
		// Limits are per instance here (no REDIS_URL): nginx alternates, so the reader gets 3 from each.
		expect(forged.filter((status) => status === 429)).toEqual([]);
		const more = [];
		for (let attempt = 0; attempt < 4; attempt++) more.push((await post('{"token":"ra_test_short"}', { from: '127.0.4.1' })).status);
		expect(more.filter((status) => status === 429).length).toBeGreaterThan(0);
		// Another reader, from another address, is another client with a full allowance.
		expect((await post('{"token":"ra_test_short"}', { from: '127.0.4.2' })).status).toBe(200);
		const refused = await post('{"token":"ra_test_short"}', { from: '127.0.4.1' });
		expect(refused.status).toBe(429);
		expect(Number(refused.headers['retry-after'])).toBeGreaterThan(0);
	});

	test('the embed script comes from the Node server, with its CORS header', async () => {
		const script = await send(nginx.url, '/embed/token-tester.js');
		expect(script.status).toBe(200);
		expect(script.headers['access-control-allow-origin']).toBe('*');
		expect(script.body.toString('utf8')).toContain('remote-token-tester');
	});

	test('the insights dashboard comes from the Node server, with its own policy', async () => {
		const dashboard = await send(nginx.url, '/insights/');
		// The instances run without INSIGHTS_TOKEN: the dashboard says it is off.
		expect(dashboard.status).toBe(404);
		expect(dashboard.body.toString('utf8')).toContain('Insights are off');
		expect(dashboard.headers['content-security-policy']).toContain("frame-ancestors 'none'");
		const feedback = await send(nginx.url, '/api/feedback', {
			method: 'POST',
			body: '{"page":"index","helpful":true}',
			headers: { 'Content-Type': 'application/json' },
		});
		expect(feedback.status).toBe(202);
	});
});
