import { readFileSync } from 'node:fs';
import { expect, test } from '@playwright/test';
import { locales, localizePath } from '../../src/lib/shared/locales';
import { guidePaths, markdownPathOf, referencePaths } from '../support/guides';

const { version } = JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8'));

test('GET /api/health answers ok with the version, uncached', async ({ request }) => {
	const response = await request.get('/api/health');
	expect(response.status()).toBe(200);
	expect(response.headers()['content-type']).toContain('application/json');
	expect(response.headers()['cache-control']).toBe('no-store');
	expect(await response.json()).toEqual({ status: 'ok', version, limits: 'local', insights: 'ok' });
});

test('llms.txt lists every guide with its page and its Markdown twin', async ({ request }) => {
	const response = await request.get('/llms.txt');
	expect(response.status()).toBe(200);
	expect(response.headers()['content-type']).toContain('text/plain');
	const text = await response.text();
	expect(text).toMatch(/^# Remote Connect\n\n> .+/);
	for (const path of guidePaths) {
		expect(text).toMatch(new RegExp(`- \\[[^\\]]+\\]\\(https?://[^)]+${markdownPathOf(path).replace('.', '\\.')}\\): .{40,}`));
		expect(text).toMatch(new RegExp(`Web page: https?://[^\\s]+${path === '/' ? '/' : path}(\\s|$)`));
	}
	// What machines read, each with what it is: the data, this server's MCP endpoint, each platform format.
	for (const path of [
		'/guides.json',
		'/error-catalogue.json',
		'/mcp',
		'/formats/stackone.yaml',
		'/formats/nango.yaml',
		'/formats/nango-connect.md',
		'/formats/apideck.md',
	])
		expect(text, path).toMatch(new RegExp(`- \\[[^\\]]+\\]\\(https?://[^)]+${path.replace('.', '\\.')}\\): .{20,}`));
});

test('llms-full.txt holds the full text of every guide, in sidebar order', async ({ request, page }) => {
	const full = await (await request.get('/llms-full.txt')).text();
	let previous = -1;
	for (const path of guidePaths) {
		await page.goto(path);
		const title = (await page.locator('h1#_top').textContent())!.trim();
		const at = full.indexOf(`\n# ${title}\n`);
		expect(at, `${title} in llms-full.txt`).toBeGreaterThan(previous);
		previous = at;
	}
	expect(full).toContain('https://gateway.remote-sandbox.com');
	expect(full).not.toMatch(/^import |<Platform|<Steps|<Aside/m);
});

for (const path of [...guidePaths, ...referencePaths]) {
	test(`${markdownPathOf(path)} is ${path} as clean Markdown`, async ({ request, page }) => {
		await page.goto(path);
		const title = (await page.locator('h1#_top').textContent())!.trim();
		await expect(page.locator(`head link[rel="alternate"][type="text/markdown"]`)).toHaveAttribute('href', markdownPathOf(path));
		await expect(page.locator('.page-actions a[type="text/markdown"]')).toHaveAttribute('href', markdownPathOf(path));

		const response = await request.get(markdownPathOf(path));
		expect(response.status()).toBe(200);
		expect(response.headers()['content-type']).toContain('text/markdown');
		const markdown = await response.text();
		expect(markdown.startsWith(`# ${title}\n\n> `)).toBe(true);
		expect(markdown).toMatch(/^## /m);
		// Rendered through the real components: no JSX, no imports, the platform's name filled in.
		expect(markdown).not.toMatch(/^import |<[A-Z][A-Za-z]+|class="/m);
		// A form's controls are not text (no `[ ]` where a radio was), and no word is split by a character reference.
		expect(markdown).not.toMatch(/\\\[ \]|&#x?[0-9a-f]+;/i);
		// Sentences keep the space between them that components put there (outside code).
		expect(markdown.replace(/```[\s\S]*?```|`[^`]*`/g, '')).not.toMatch(/\p{Ll}\.\p{Lu}\p{Ll}+ /u);
	});
}

test('the sitemap lists every guide, /sources/ and the house-only embedding page in every language, each with its languages, not the 404 page', async ({
	request,
}) => {
	const index = await (await request.get('/sitemap-index.xml')).text();
	const sitemapUrl = /<loc>([^<]+)<\/loc>/.exec(index)![1]!;
	const sitemap = await (await request.get(new URL(sitemapUrl).pathname)).text();
	const entries = [...sitemap.matchAll(/<url>([\s\S]*?)<\/url>/g)].map(([, entry]) => entry!);
	const locations = entries.map((entry) => new URL(/<loc>([^<]+)<\/loc>/.exec(entry)![1]!).pathname);
	const everyPath = [...guidePaths, ...referencePaths, '/embed/'];
	expect(locations.sort()).toEqual(locales.flatMap((locale) => everyPath.map((path) => localizePath(path, locale))).sort());
	// Each page names itself in every language, so a search engine shows a reader their own.
	for (const entry of entries) {
		const languages = [...entry.matchAll(/hreflang="([a-z-]+)"/g)].map(([, language]) => language).sort();
		expect(languages).toEqual([...locales].sort());
	}
});
