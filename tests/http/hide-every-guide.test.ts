import type { SpawnSyncReturns } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Client } from '@modelcontextprotocol/sdk/client/index.js';
import { StreamableHTTPClientTransport } from '@modelcontextprotocol/sdk/client/streamableHttp.js';
import type { CallToolResult } from '@modelcontextprotocol/sdk/types.js';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { hideableSlugs } from '../../src/lib/shared/guide-catalogue';
import { InsightsReportSchema } from '../../src/lib/server/insights/insights-report';
import { McpServerCardSchema } from '../../src/server/mcp/server-card';
import { exportFixtureBrand } from '../support/fixture-export';
import { startHelpCenter, type RunningHelpCenter } from '../support/help-center';
import { fetchAsHost } from '../support/host-fetch';
import { formatPaths, formatProblems } from '../support/platform-formats';
import { GuidesDataSchema } from '../../src/lib/build/guides-data-schema';
import { pageWordsByLocale } from '../../src/i18n/page-words';
import type { Locale } from '../../src/lib/shared/locales';

/**
 * A brand that hides every guide a brand may hide: the export must still build, with no dead link.
 * It has a hosted service, so the same export also shows the docs MCP server answering for a brand.
 */
const id = 'fixture-hide-everything';
const exportDir = join('exports', id);
let result: SpawnSyncReturns<string>;
/** Where each language's pages are: the root language at the root, the others under their prefix. */
const languagePrefixes = ['', 'de', 'fr', 'es'];
/** The host of the brand's hosted service (its `tester.apiUrl`), which its MCP card names. */
const hostedService = 'connect.fixture.example';

beforeAll(() => {
	({ result } = exportFixtureBrand(id, {
		name: 'Fixture Help',
		platformName: 'Fixture Hub',
		site: 'https://help.fixture.example',
		hide: hideableSlugs,
		tester: { apiUrl: `https://${hostedService}/api/connection-test` },
		uses: [{ label: 'Create time off in Remote from approved Fixture leave', access: 'write', area: 'time-off' }],
	}));
}, 60_000);

afterAll(() => {
	rmSync(exportDir, { recursive: true, force: true });
});

function htmlFiles(folder: string): string[] {
	return readdirSync(folder).flatMap((name) => {
		const path = join(folder, name);
		return statSync(path).isDirectory() ? htmlFiles(path) : path.endsWith('.html') ? [path] : [];
	});
}

test('hiding every hideable guide still exports, keeping only the guides the tester needs, in every language', () => {
	expect(result.status, String(result.stderr)).toBe(0);
	for (const prefix of languagePrefixes) {
		for (const slug of ['environments', 'link-account', 'troubleshooting'])
			expect(existsSync(join(exportDir, prefix, slug, 'index.html')), `${prefix}/${slug}`).toBe(true);
		for (const slug of hideableSlugs) expect(existsSync(join(exportDir, prefix, slug)), `${prefix}/${slug}`).toBe(false);
	}
});

/** The file an export serves for a site path, as a static host would: `/x/` → `x/index.html`. */
function servedFile(path: string): string {
	const file = join(exportDir, decodeURIComponent(path));
	return path.endsWith('/') ? join(file, 'index.html') : file;
}

test('no page links to a hidden guide in any language, or to any page the export lacks', () => {
	const hidden = new RegExp(`href="(/[a-z]{2})?/(${hideableSlugs.join('|')})[/#"]`);
	for (const file of htmlFiles(exportDir)) {
		const html = readFileSync(file, 'utf8');
		expect(html, file).not.toMatch(hidden);
		for (const [, path] of html.matchAll(/href="(\/(?!\/)[^"#?]*)/g)) expect(existsSync(servedFile(path!)), `${file} → ${path}`).toBe(true);
	}
});

test('every guide left leads on, in every language: a "Next:" link or pagination to a guide that exists, or the end of the task', () => {
	for (const prefix of languagePrefixes) {
		const folder = join(exportDir, prefix);
		const own = (file: string) => prefix !== '' || !languagePrefixes.some((other) => other && file.startsWith(join(exportDir, other, '/')));
		const guides = htmlFiles(folder).filter(
			(file) => own(file) && !file.endsWith('404.html') && !file.includes(`${join('404', 'index.html')}`),
		);
		expect(guides.length, prefix).toBeGreaterThanOrEqual(4);
		// The last guide left in the brand's order is where the guides end.
		const listed = (JSON.parse(readFileSync(join(folder, 'guides.json'), 'utf8')) as { guides: Array<{ url: string }> }).guides;
		const last = servedFile(new URL(listed.at(-1)!.url).pathname);
		for (const file of guides) {
			const html = readFileSync(file, 'utf8');
			const nextSteps = [
				...html.matchAll(/<a href="(\/[^"]*)" rel="next"/g),
				...html.matchAll(/<p class="next-guide">[^<]*<a href="(\/[^"]*)"/g),
			].map(([, path]) => path!);
			// Linking the account ends the task (it has no Next on purpose); every other guide leads on.
			if (file === join(folder, 'link-account', 'index.html')) continue;
			// Pages outside the sidebar are destinations, not steps of the task: /reconnect/ ends at the
			// way back to the platform, /decode/ at the section it names, /sources/ is a reference.
			if (['reconnect', 'decode', 'sources'].some((page) => file === join(folder, page, 'index.html')) || file === last) continue;
			expect(nextSteps.length, `${file} has no next step`).toBeGreaterThan(0);
			for (const path of nextSteps) expect(existsSync(servedFile(path)), `${file} → ${path}`).toBe(true);
		}
	}
	// The overview's quick path is the whole job; its pagination leads on to the first guide left.
	expect(readFileSync(join(exportDir, 'index.html'), 'utf8')).toMatch(
		/<a href="\/environments\/" rel="next"[^>]*>[\s\S]*?Choose an environment/,
	);
	expect(readFileSync(join(exportDir, 'de', 'index.html'), 'utf8')).toMatch(/<a href="\/de\/environments\/" rel="next"/);
});

test('carries every platform format in every language, valid without the hidden guides (their sections left out or taken from the overview)', async () => {
	for (const prefix of languagePrefixes) {
		const folder = join(exportDir, prefix);
		for (const path of formatPaths) expect(existsSync(join(folder, path)), `${prefix}${path}`).toBe(true);
		const guides = GuidesDataSchema.parse(JSON.parse(readFileSync(join(folder, 'guides.json'), 'utf8')));
		const read = async (path: string) => readFileSync(servedFile(path.startsWith('http') ? new URL(path).pathname : path), 'utf8');
		const locale = (prefix || 'en') as Locale;
		expect(await formatProblems(read, prefix && `/${prefix}`, guides, pageWordsByLocale[locale].connectLabel)).toEqual([]);
	}
});

describe('its docs MCP server, on the host its tester.apiUrl names', () => {
	const insightsToken = 'insights-token-for-the-brand-mcp-tests-0123';
	let server: RunningHelpCenter;
	let client: Client;
	const call = (name: string, args: Record<string, unknown> = {}) => client.callTool({ name, arguments: args }) as Promise<CallToolResult>;
	const textOf = (result: CallToolResult) => result.content.map((part) => (part.type === 'text' ? part.text : '')).join('');
	const dataOf = <T>(result: CallToolResult) => JSON.parse(textOf(result)) as T;

	beforeAll(async () => {
		server = await startHelpCenter({
			EXPORTS_DIR: join(process.cwd(), 'exports'),
			MCP_RATE_LIMIT: '1000',
			INSIGHTS_TOKEN: insightsToken,
		});
		client = new Client({ name: 'remote-connect-docs-tests', version: '1.0.0' });
		await client.connect(new StreamableHTTPClientTransport(new URL('/mcp', server.url), { fetch: fetchAsHost(hostedService) }));
	}, 30_000);
	afterAll(async () => {
		await client?.close();
		await server?.stop();
	});

	test('the export carries the card that names its hosted service’s endpoint and its brand', () => {
		const card = McpServerCardSchema.parse(JSON.parse(readFileSync(join(exportDir, '.well-known', 'mcp'), 'utf8')));
		expect(card).toMatchObject({
			endpoint: `https://${hostedService}/mcp`,
			brand: { id, name: 'Fixture Help', platformName: 'Fixture Hub', url: 'https://help.fixture.example/' },
			llmsTxt: 'https://help.fixture.example/llms.txt',
		});
		expect(card.locales).toEqual(['en', 'de', 'fr', 'es']);
	});

	test('answers with the brand’s pages: its name, its platform, its uses, and no hidden guide', async () => {
		expect(client.getServerVersion()).toMatchObject({ title: 'Fixture Help' });
		expect(client.getInstructions()).toContain('Fixture Hub');
		for (const query of ['revoke a token', 'generate a token', 'rotate the token', 'Token widerrufen']) {
			const { results } = dataOf<{ results: Array<{ url: string }> }>(
				await call('search_guides', { query, locale: query.startsWith('Token') ? 'de' : 'en' }),
			);
			expect(results.length, query).toBeGreaterThan(0);
			for (const { url } of results) {
				expect(url, query).toMatch(/^https:\/\/help\.fixture\.example\//);
				expect(url, query).not.toMatch(new RegExp(`/(${hideableSlugs.join('|')})/`));
			}
		}
		expect(textOf(await call('get_guide', { slug: 'environments' }))).toBe(readFileSync(join(exportDir, 'environments.md'), 'utf8'));
		const hidden = await call('get_guide', { slug: 'revoke-token' });
		expect(hidden.isError).toBe(true);
		expect(textOf(hidden)).not.toMatch(/revoke-token,|, revoke-token/);
		// Without uses, the brand's own: it creates time off, so Full Access, said in its platform's name.
		const access = dataOf<{ collection: string; reason: string; decidedFrom: string; guide?: string }>(await call('recommend_access', {}));
		expect(access).toMatchObject({ collection: 'Full Access', decidedFrom: 'what Fixture Hub declares' });
		expect(access.reason).toContain('Fixture Hub');
		// The access guide is hidden in this brand, so no link to it.
		expect(access.guide).toBeUndefined();
		const { matches } = dataOf<{ matches: Array<{ section: string; reconnect: string }> }>(
			await call('explain_error', { text: '401 Unauthorized' }),
		);
		expect(matches[0]!.section).toMatch(/^https:\/\/help\.fixture\.example\/troubleshooting\/#/);
		expect(matches[0]!.reconnect).toBe('https://help.fixture.example/reconnect/?reason=unauthorized');
	});

	test('its card on that host is the export’s; any other host gets the house brand’s', async () => {
		const onHost = await (await fetchAsHost(hostedService)(`${server.url}/.well-known/mcp`)).json();
		expect(onHost).toEqual(JSON.parse(readFileSync(join(exportDir, '.well-known', 'mcp'), 'utf8')));
		const house = McpServerCardSchema.parse(await (await fetch(`${server.url}/.well-known/mcp`)).json());
		expect(house.brand).toMatchObject({ id: 'default', platformName: 'the Hub' });
	});

	test('an export whose card names the house’s own host cannot take it over: the house answers there, and the log says why', async () => {
		const exports = mkdtempSync(join(tmpdir(), 'exports-'));
		const card = JSON.parse(readFileSync(join(exportDir, '.well-known', 'mcp'), 'utf8')) as { endpoint: string };
		const houseHost = new URL(McpServerCardSchema.parse(await (await fetch(`${server.url}/.well-known/mcp`)).json()).endpoint).host;
		mkdirSync(join(exports, id, '.well-known'), { recursive: true });
		writeFileSync(join(exports, id, '.well-known', 'mcp'), JSON.stringify({ ...card, endpoint: `http://${houseHost}/mcp` }));
		const house = await startHelpCenter({ EXPORTS_DIR: exports });
		try {
			const answered = McpServerCardSchema.parse(await (await fetchAsHost(houseHost)(`${house.url}/.well-known/mcp`)).json());
			expect(answered.brand.id).toBe('default');
			expect(house.output()).toContain('"event":"mcp_export_host_is_house"');
		} finally {
			await house.stop();
			rmSync(exports, { recursive: true, force: true });
		}
	});

	test('feedback given on that host is counted under the brand', async () => {
		expect(
			dataOf(
				await call('submit_feedback', {
					page: 'https://help.fixture.example/de/environments/',
					helpful: false,
					comment: 'Fehlt: Sandbox-Zugang',
				}),
			),
		).toMatchObject({ page: 'environments', locale: 'de' });
		expect((await call('submit_feedback', { page: 'revoke-token', helpful: true })).isError).toBe(true);
		const today = new Date().toISOString().slice(0, 10);
		let comments: Array<{ brand: string; comment: string; source: string }> = [];
		for (let attempt = 0; attempt < 50 && comments.length === 0; attempt++) {
			const response = await fetch(`${server.url}/api/insights?from=${today}&to=${today}`, {
				headers: { Authorization: `Bearer ${insightsToken}` },
			});
			comments = InsightsReportSchema.parse(await response.json()).feedback.fromAgents.latestComments;
			if (comments.length === 0) await new Promise((resolve) => setTimeout(resolve, 100));
		}
		expect(comments).toEqual([expect.objectContaining({ brand: id, comment: 'Fehlt: Sandbox-Zugang', source: 'agent' })]);
	});
});
