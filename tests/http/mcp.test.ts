import { Client } from '@modelcontextprotocol/sdk/client/index.js';
import { StreamableHTTPClientTransport } from '@modelcontextprotocol/sdk/client/streamableHttp.js';
import type { CallToolResult } from '@modelcontextprotocol/sdk/types.js';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { docsToolNames } from '../../src/server/mcp/server-card';
import { InsightsReportSchema } from '../../src/lib/server/insights/insights-report';
import { startHelpCenter, type RunningHelpCenter } from '../support/help-center';
import { fetchAsHost } from '../support/host-fetch';

/**
 * The docs MCP server, through the SDK's own client over real HTTP against the built server:
 * initialize, list the tools, call each, the token refusal, the rate limit.
 */

let server: RunningHelpCenter;
let client: Client;

async function connect(url: string): Promise<Client> {
	const connected = new Client({ name: 'remote-connect-docs-tests', version: '1.0.0' });
	await connected.connect(new StreamableHTTPClientTransport(new URL('/mcp', url)));
	return connected;
}

const call = (name: string, args: Record<string, unknown> = {}) => client.callTool({ name, arguments: args }) as Promise<CallToolResult>;
const textOf = (result: CallToolResult) => result.content.map((part) => (part.type === 'text' ? part.text : '')).join('');
const dataOf = <T>(result: CallToolResult) => JSON.parse(textOf(result)) as T;

/** Something token-shaped: made here, so no real token is ever written in a test. */
const token = `ra_test_${'Zx9Qw8Er7Ty6Ui5Op4As3Df2'}`;
const insightsToken = 'insights-token-for-the-mcp-tests-0123456789';

beforeAll(async () => {
	// Every call counts against the per-minute limit, as a reader's would: this suite makes dozens.
	server = await startHelpCenter({ MCP_RATE_LIMIT: '1000', INSIGHTS_TOKEN: insightsToken });
	client = await connect(server.url);
}, 30_000);
afterAll(async () => {
	await client?.close();
	await server?.stop();
});

test('initializes as the help center’s docs server and lists the fixed tools, each with a described input, all but feedback read-only', async () => {
	expect(client.getServerVersion()).toMatchObject({ name: 'remote-connect-docs', title: 'Remote Connect' });
	expect(client.getInstructions()).toContain('No tool takes a token');
	const { tools } = await client.listTools();
	expect(tools.map((tool) => tool.name).sort()).toEqual([...docsToolNames].sort());
	for (const tool of tools) {
		expect(tool.description!.length, tool.name).toBeGreaterThan(60);
		expect(tool.annotations, tool.name).toMatchObject({ readOnlyHint: tool.name !== 'submit_feedback', destructiveHint: false });
		expect(tool.inputSchema.type, tool.name).toBe('object');
	}
});

test('no tool’s input has a field for a token, at any depth', async () => {
	const { tools } = await client.listTools();
	const names: string[] = [];
	const walk = (schema: unknown): void => {
		if (!schema || typeof schema !== 'object') return;
		const { properties, items } = schema as { properties?: Record<string, unknown>; items?: unknown };
		for (const [name, property] of Object.entries(properties ?? {})) {
			names.push(name);
			walk(property);
		}
		walk(items);
	};
	for (const tool of tools) walk(tool.inputSchema);
	expect(names.length).toBeGreaterThan(5);
	for (const name of names) expect(name).not.toMatch(/token|key|secret|password|authori[sz]ation|bearer|credential/i);
});

describe('each tool answers from the built site', () => {
	test('search_guides ranks sections with their guide, URL and a snippet, in the language asked', async () => {
		const { results } = dataOf<{ results: Array<{ guide: string; section: string; url: string; snippet: string }> }>(
			await call('search_guides', { query: 'ra_live_ token sandbox wrong environment' }),
		);
		expect(results.length).toBeGreaterThan(2);
		expect(results[0]!.url).toMatch(/\/(environments|troubleshooting|link-account|reconnect)\/(#[\w-]+)?$/);
		// A section under a heading is found by its anchor; a guide's introduction by its page.
		expect(results.some((result) => /#[\w-]+$/.test(result.url))).toBe(true);
		for (const result of results) expect(result.snippet.length).toBeGreaterThan(20);
		const german = dataOf<{ locale: string; results: Array<{ url: string }> }>(
			await call('search_guides', { query: 'Umgebung', locale: 'de' }),
		);
		expect(german.locale).toBe('de');
		expect(german.results[0]!.url).toMatch(/\/de\//);
	});

	test('get_guide returns the guide’s Markdown twin, and names the guides for an unknown slug', async () => {
		const guide = textOf(await call('get_guide', { slug: 'link-account' }));
		const twin = await (await fetch(`${server.url}/link-account.md`)).text();
		expect(guide).toBe(twin);
		expect(textOf(await call('get_guide', { slug: 'rotate-token', locale: 'fr' }))).toContain('# Remplacer');
		const unknown = await call('get_guide', { slug: 'no-such-guide' });
		expect(unknown.isError).toBe(true);
		expect(textOf(unknown)).toContain('link-account');
	});

	test('explain_error gives the decoder’s answer: cause, certainty, section and reconnect page', async () => {
		const { matches } = dataOf<{ matches: Array<{ id: string; means: string; certainty: string; section: string; reconnect: string }> }>(
			await call('explain_error', { text: 'Kombo: integration.authentication_failed (HTTP/1.1 401 Unauthorized)' }),
		);
		expect(matches.map((match) => match.id)).toEqual(['kombo-authentication-failing', 'http-401']);
		expect(matches[0]).toMatchObject({ means: 'unauthorized', certainty: 'verified' });
		expect(matches[0]!.section).toMatch(/\/troubleshooting\/#it-worked-before-now-401$/);
		expect(matches[0]!.reconnect).toMatch(/\/reconnect\/\?reason=unauthorized$/);
		const spanish = dataOf<{ matches: Array<{ cause: string; section: string }> }>(
			await call('explain_error', { text: '429 Too Many Requests', locale: 'es' }),
		);
		expect(spanish.matches[0]!.cause).toContain('límite de solicitudes');
		expect(spanish.matches[0]!.section).toMatch(/\/es\/troubleshooting\/#rate-limited$/);
		expect(dataOf<{ known: boolean; next: string }>(await call('explain_error', { text: 'Something went wrong' }))).toMatchObject({
			known: false,
		});
	});

	test('recommend_access says Full Access for any use that writes, Read Only otherwise, with the reason', async () => {
		const write = dataOf<{ collection: string; reason: string; createsTimeOff: boolean }>(
			await call('recommend_access', {
				uses: [
					{ label: 'Import employees', access: 'read', area: 'people' },
					{ label: 'Create approved leave', access: 'write', area: 'time-off' },
				],
			}),
		);
		expect(write).toMatchObject({ collection: 'Full Access', createsTimeOff: true });
		expect(write.reason).toContain('creates time off');
		const read = dataOf<{ collection: string }>(await call('recommend_access', { uses: [{ label: 'Sync people', access: 'read' }] }));
		expect(read.collection).toBe('Read Only');
		expect((await call('recommend_access', { uses: [] })).isError).toBe(true);
	});

	test('get_fact and list_facts give the registry’s facts with sources, certainty and date', async () => {
		const { facts, openQuestions } = dataOf<{ facts: Array<{ id: string }>; openQuestions: Array<{ id: string }> }>(
			await call('list_facts'),
		);
		expect(facts.map((fact) => fact.id)).toContain('rate-limit');
		expect(openQuestions.map((question) => question.id)).toContain('token-expiry');
		const fact = dataOf<{ value: unknown; certainty: string; checked: string; sources: Array<{ url: string }>; sourcesPage: string }>(
			await call('get_fact', { id: 'rate-limit' }),
		);
		expect(fact).toMatchObject({ certainty: 'reported', value: { requests: 20, windowSeconds: 60 } });
		expect(fact.sources[0]!.url).toMatch(/^https:\/\//);
		expect(fact.sourcesPage).toMatch(/\/sources\/#rate-limit$/);
		expect(dataOf<{ answer: string }>(await call('get_fact', { id: 'token-expiry' })).answer).toBe('Remote does not say.');
		expect((await call('get_fact', { id: 'no-such-fact' })).isError).toBe(true);
	});
});

test('any input holding a token is refused, in every tool and field, saying why and where to test it, and is never logged', async () => {
	const inputs: Array<[string, Record<string, unknown>]> = [
		['search_guides', { query: `why does ${token} fail` }],
		['get_guide', { slug: token }],
		['explain_error', { text: `401 Unauthorized\nAuthorization: Bearer ${token}` }],
		['explain_error', { text: 'Unauthorized', locale: 'en', ...{} }],
		['recommend_access', { uses: [{ label: `Sync with ${token}`, access: 'read' }] }],
		['get_fact', { id: token }],
		['submit_feedback', { page: 'environments', helpful: false, comment: `my token ${token} fails` }],
	];
	for (const [name, args] of inputs) {
		const result = await call(name, args);
		const holds = JSON.stringify(args).includes(token);
		expect(result.isError ?? false, `${name} ${JSON.stringify(args)}`).toBe(holds);
		if (!holds) continue;
		expect(textOf(result)).toContain('never takes a token');
		expect(textOf(result)).toContain('/environments/#check-your-token');
		expect(textOf(result)).toContain('npm run check-token');
		expect(textOf(result)).not.toContain(token.slice(8));
	}
	expect(server.output()).not.toContain(token.slice(8));
});

test('submit_feedback records an answer for the guide and language a page names, counted apart as from an agent', async () => {
	const { results } = dataOf<{ results: Array<{ url: string }> }>(await call('search_guides', { query: 'Sandbox', locale: 'de' }));
	const page = results.find((result) => result.url.includes('/de/environments/'))!.url;
	expect(dataOf(await call('submit_feedback', { page, helpful: false, comment: 'Sagt nicht, ob ein Token abläuft.\u200b' }))).toMatchObject(
		{ status: 'received', page: 'environments', locale: 'de', helpful: false, comment: true, countedAs: 'agent' },
	);
	expect(dataOf(await call('submit_feedback', { page: 'link-account', helpful: true }))).toMatchObject({
		page: 'link-account',
		locale: 'en',
	});
	for (const [page, said] of [
		['no-such-guide', /There is no guide .* Guides: .*environments/],
		['/de/nothing/', /There is no guide .* Guides: .*environments/],
		['https://elsewhere.example/environments/', /is not a page of this help center \(http:\/\/localhost/],
	] as const) {
		const refused = await call('submit_feedback', { page, helpful: true });
		expect(refused.isError, page).toBe(true);
		expect(textOf(refused), page).toMatch(said);
	}
	expect((await call('submit_feedback', { page: 'index', helpful: true, comment: 'x'.repeat(1001) })).isError).toBe(true);
	const today = new Date().toISOString().slice(0, 10);
	let feedback: ReturnType<typeof InsightsReportSchema.parse>['feedback'] | undefined;
	for (let attempt = 0; attempt < 50; attempt++) {
		const response = await fetch(`${server.url}/api/insights?from=${today}&to=${today}`, {
			headers: { Authorization: `Bearer ${insightsToken}` },
		});
		feedback = InsightsReportSchema.parse(await response.json()).feedback;
		if (feedback.fromAgents.total === 2) break;
		await new Promise((resolve) => setTimeout(resolve, 100));
	}
	// Readers' figures hold none of it; the agents' own do, with the comment, cleaned as a reader's is.
	expect(feedback).toMatchObject({ total: 0, helpful: 0, notHelpful: 0, latestComments: [] });
	expect(feedback!.fromAgents).toEqual({
		total: 2,
		helpful: 1,
		notHelpful: 1,
		guides: [
			{ brand: 'default', page: 'environments', helpful: 0, notHelpful: 1 },
			{ brand: 'default', page: 'link-account', helpful: 1, notHelpful: 0 },
		],
		latestComments: [expect.objectContaining({ page: 'environments', comment: 'Sagt nicht, ob ein Token abläuft.', source: 'agent' })],
	});
});

test('a token where no field takes one is refused before the SDK reads it, never quoted back', async () => {
	const hidden = await call('recommend_access', { uses: [{ label: 'Sync people', access: 'read', [token]: 1 }] });
	expect(hidden.isError).toBe(true);
	expect(textOf(hidden)).toContain('never takes a token');
	expect(JSON.stringify(hidden)).not.toContain(token.slice(8));
	const extra = await call('list_facts', { note: `Bearer ${token}` });
	expect(extra.isError).toBe(true);
	expect(JSON.stringify(extra)).not.toContain(token.slice(8));
	// Outside a tool call, too: an error that says why, without the token.
	const raw = await fetch(`${server.url}/mcp`, {
		method: 'POST',
		headers: { 'Content-Type': 'application/json', Accept: 'application/json, text/event-stream' },
		body: JSON.stringify({ jsonrpc: '2.0', id: 7, method: 'resources/read', params: { uri: `remote://${token}` } }),
	});
	const body = await raw.text();
	expect(JSON.parse(body)).toMatchObject({ id: 7, error: { code: -32602 } });
	expect(body).not.toContain(token.slice(8));
	expect(server.output()).not.toContain(token.slice(8));
});

test('the server card names the endpoint, the tools and the brand', async () => {
	const response = await fetch(`${server.url}/.well-known/mcp`);
	expect(response.status).toBe(200);
	const card = (await response.json()) as { endpoint: string; tools: string[]; brand: { platformName: string }; locales: string[] };
	expect(new URL(card.endpoint).pathname).toBe('/mcp');
	// Where the site is published, whatever Host a request names: the card may sit in a shared cache.
	const spoofed = (await (await fetchAsHost('evil.example')(`${server.url}/.well-known/mcp`)).json()) as { endpoint: string };
	expect(spoofed.endpoint).toBe(card.endpoint);
	expect(new URL(spoofed.endpoint).host).not.toBe('evil.example');
	expect(card.tools).toEqual([...docsToolNames]);
	expect(card.brand.platformName).toBe('the Hub');
	expect(card.locales).toEqual(expect.arrayContaining(['en', 'de', 'fr', 'es']));
});

test('refuses what is not the protocol, and answers a GET with the methods it takes', async () => {
	const notJson = await fetch(`${server.url}/mcp`, { method: 'POST', headers: { 'Content-Type': 'text/plain' }, body: 'hello' });
	expect(notJson.status).toBe(415);
	const notRpc = await fetch(`${server.url}/mcp`, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: '{"hello":1}' });
	expect(notRpc.status).toBe(400);
	// One message a request: the protocol dropped batches, and each POST counts once against the limit.
	const batch = await fetch(`${server.url}/mcp`, {
		method: 'POST',
		headers: { 'Content-Type': 'application/json', Accept: 'application/json, text/event-stream' },
		body: JSON.stringify([
			{ jsonrpc: '2.0', id: 1, method: 'tools/list' },
			{ jsonrpc: '2.0', id: 2, method: 'tools/list' },
		]),
	});
	expect(batch.status).toBe(400);
	const get = await fetch(`${server.url}/mcp`);
	expect(get.status).toBe(405);
	expect(get.headers.get('allow')).toContain('POST');
});

test('is rate-limited by its own figure, counted apart from the tester', async () => {
	const limited = await startHelpCenter({ MCP_RATE_LIMIT: '3', TESTER_RATE_LIMIT: '1' });
	try {
		// Connecting is two requests (initialize, then its notification): past the tester's figure of 1.
		const agent = await connect(limited.url);
		await agent.listTools();
		const refused = await fetch(`${limited.url}/mcp`, {
			method: 'POST',
			headers: { 'Content-Type': 'application/json', Accept: 'application/json, text/event-stream' },
			body: JSON.stringify({ jsonrpc: '2.0', id: 9, method: 'tools/list' }),
		});
		expect(refused.status).toBe(429);
		expect(Number(refused.headers.get('retry-after'))).toBeGreaterThan(0);
		expect(await refused.text()).toContain('at most 3 requests a minute');
		// The tester's own count is untouched: its one test a minute is still there, then refused.
		const test = () =>
			fetch(`${limited.url}/api/connection-test`, {
				method: 'POST',
				headers: { 'Content-Type': 'application/json' },
				body: JSON.stringify({ token: 'not-a-token' }),
			});
		expect((await test()).status).toBe(200);
		expect((await test()).status).toBe(429);
		await agent.close().catch(() => undefined);
	} finally {
		await limited.stop();
	}
});
