import { readdirSync, readFileSync, statSync } from 'node:fs';
import { extname, join, relative } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { expect, test } from '@playwright/test';
import type { GuidesData } from '../../src/lib/build/guides-data-schema';
import { jsonSchemaErrors, stepsInData, stepsOnPage } from '../support/guides-data';
import { formatProblems } from '../support/platform-formats';
import { serveStatic, type StaticServer } from '../support/static-server';
import { firstResultsTimeout, openSearch } from '../support/search';

/**
 * The example partner brand's static export (exports/acme, made by `npm run export -- acme` before
 * this suite): its brand is everywhere, the house brand nowhere, its hidden guide gone.
 */
const exportRoot = 'exports/acme';

/** Every file of the export with its text; Pagefind's compressed index is unpacked first. */
function exportFiles(): Array<{ path: string; text: string }> {
	const files: Array<{ path: string; text: string }> = [];
	const walk = (folder: string) => {
		for (const name of readdirSync(folder)) {
			const path = join(folder, name);
			if (statSync(path).isDirectory()) walk(path);
			else {
				const bytes = readFileSync(path);
				const text = ['.pf_fragment', '.pf_index', '.pf_meta'].includes(extname(path))
					? gunzipSync(bytes).toString('utf8')
					: bytes.toString('utf8');
				files.push({ path: relative(exportRoot, path), text });
			}
		}
	};
	walk(exportRoot);
	return files;
}

const files = exportFiles();
const ofType = (...extensions: string[]) => files.filter((file) => extensions.includes(extname(file.path)));

test.describe('the acme export, as files', () => {
	test('holds the whole site: pages, search, sitemap, llms.txt, Markdown twins, favicon', () => {
		const paths = files.map((file) => file.path);
		for (const path of [
			'index.html',
			'environments/index.html',
			'404.html',
			'sitemap-index.xml',
			'llms.txt',
			'llms-full.txt',
			'environments.md',
			'favicon.svg',
			'pagefind/pagefind.js',
		]) {
			expect(paths).toContain(path);
		}
		expect(ofType('.pf_fragment').length).toBeGreaterThan(5);
	});

	test('carries the brand’s name, platform name and colour', () => {
		const text = (path: string) => files.find((file) => file.path === path)!.text;
		expect(text('index.html')).toContain('<title>Connect your Remote account | Acme Help Center</title>');
		expect(text('link-account/index.html')).toContain('Acme Hub');
		expect(text('link-account.md')).toContain('Acme Hub');
		expect(text('llms.txt')).toMatch(/^# Acme Help Center\n/);
		expect(text('llms.txt')).toContain('https://help.acme.example/');
		expect(ofType('.css').some((file) => file.text.includes('#0b7a5a'))).toBe(true);
		expect(text('troubleshooting/index.html')).toContain('href="https://acme.example/support"');
		expect(text('404.html')).toContain('Contact Acme Help Center support');
	});

	for (const [what, trace] of [
		['the house name', 'Remote Connect'],
		['the house platform name', 'the Hub'],
		['the house accent colour', '#5b34d1'],
		['the house dark accent', '#b8a7eb'],
		['the house logo', 'M12.5 19.5 19.5 12.5'],
		['a local URL', 'localhost'],
		['the house-only offer to platforms', 'Run an integration platform?'],
	]) {
		test(`has no trace of ${what} in any file, search index included`, () => {
			const carriers = files.filter((file) => file.text.includes(trace!)).map((file) => file.path);
			expect(carriers).toEqual([]);
		});
	}

	test('the hidden guide is gone: no page, no twin, no search entry, sitemap or llms.txt line', () => {
		expect(files.filter((file) => file.path.startsWith('known-limitations'))).toEqual([]);
		for (const file of [...ofType('.xml', '.txt', '.md', '.html'), ...ofType('.pf_fragment')]) {
			expect(file.text, file.path).not.toMatch(/\/known-limitations(\/|\.md)/);
		}
	});

	test('every internal link in every page leads to a file of the export', () => {
		const paths = new Set(files.map((file) => file.path));
		const broken: string[] = [];
		for (const page of ofType('.html')) {
			for (const [, href] of page.text.matchAll(/(?:href|src)="(\/[^"#?]*)/g)) {
				const target = href!.endsWith('/') ? `${href!.slice(1)}index.html` : href!.slice(1);
				if (!paths.has(target) && !paths.has(`${target}/index.html`)) broken.push(`${page.path} → ${href}`);
			}
		}
		expect(broken).toEqual([]);
	});

	test('the tester sends live checks to the brand’s hosted route', () => {
		const page = files.find((file) => file.path === 'environments/index.html')!.text;
		expect(page).toContain('data-api="https://connect.acme.example/api/connection-test"');
	});

	test('every page carries its complete policy, which lets the tester reach the hosted route and nothing inline run unlisted', () => {
		for (const { path, text } of ofType('.html')) {
			const policy = /<meta http-equiv="content-security-policy" content="([^"]*)">/.exec(text)?.[1] ?? '';
			expect(policy, path).toMatch(/script-src 'self' 'sha256-/);
			expect(policy, path).not.toContain("'unsafe-inline'");
			expect(policy, path).toContain("connect-src 'self' https://connect.acme.example;");
		}
	});
});

test.describe('the acme export, served by a plain static file server', () => {
	let server: StaticServer;
	test.beforeAll(async () => {
		server = await serveStatic(exportRoot);
	});
	test.afterAll(async () => {
		await server.close();
	});

	for (const [theme, logo] of [
		['light', 'logo-light'],
		['dark', 'logo-dark'],
	] as const) {
		test(`renders in the brand’s ${theme} colours with its ${theme} logo`, async ({ page }) => {
			await page.emulateMedia({ colorScheme: theme });
			const response = await page.goto(`${server.url}/link-account/`);
			expect(response?.status()).toBe(200);
			await expect(page).toHaveTitle('Link your account | Acme Help Center');
			const visibleLogo = page.locator('.site-title img:visible');
			await expect(visibleLogo).toHaveCount(1);
			expect(await visibleLogo.evaluate((image: HTMLImageElement) => image.complete && image.naturalWidth > 0)).toBe(true);
			expect(await visibleLogo.getAttribute('src')).toContain(logo.split('-')[0]);
			const accent = await page.evaluate(() =>
				getComputedStyle(document.documentElement).getPropertyValue('--sl-color-text-accent').trim(),
			);
			expect(accent).toBe(theme === 'light' ? '#0b7a5a' : '#8af4d6');
			const current = page.locator('nav[aria-label="Main"] a[aria-current="page"]');
			expect(await current.evaluate((link) => getComputedStyle(link).backgroundColor)).toBe(
				theme === 'light' ? 'rgb(11, 122, 90)' : 'rgb(138, 244, 214)',
			);
		});
	}

	test('search works from the static files and never offers the hidden guide', async ({ page }) => {
		// Two searches, each loading index fragments from the static server: twice a page's work.
		test.setTimeout(60_000);
		await page.goto(`${server.url}/`);
		const searchBox = await openSearch(page);
		await searchBox.fill('ra_test_');
		await expect(page.getByRole('dialog').locator('a[href^="/environments/"]').first()).toBeVisible({ timeout: firstResultsTimeout });
		// Words from the hidden guide: whatever Pagefind matches, none of it may be that guide.
		await searchBox.fill('approver_id approved time off');
		await expect(page.getByRole('dialog')).toContainText(/results? for/, { timeout: firstResultsTimeout });
		await expect(page.getByRole('dialog').locator('a[href*="known-limitations"]')).toHaveCount(0);
	});
});

test.describe('an export without a hosted tester (the house brand as a static site)', () => {
	let server: StaticServer;
	test.beforeAll(async () => {
		server = await serveStatic('exports/default');
	});
	test.afterAll(async () => {
		await server.close();
	});

	test('checks format and environment in the browser, says the live check is not available, and offers the terminal', async ({ page }) => {
		const requests: string[] = [];
		page.on('request', (request) => requests.push(request.url()));
		await page.goto(`${server.url}/environments/`);
		const tester = page.locator('token-tester');
		await expect(tester).toHaveAttribute('data-api', '');
		await page.getByLabel('Remote API token').fill('ra_test_abcdefghijklmnop1234');
		await tester.getByRole('radio', { name: /^Sandbox/ }).check();
		await tester.getByRole('button', { name: 'Check token' }).click();
		await expect(tester.locator('.tt-verdict')).toHaveText('The format is right for Sandbox.');
		await expect(tester.locator('.tt-result')).toContainText('The live check with Remote is not available on this page');
		await expect(tester.locator('.tt-terminal')).toHaveAttribute('open', '');
		await expect(tester.locator('.tt-command:visible pre')).toContainText('https://gateway.remote-sandbox.com/v1/identity/current');
		expect(requests.filter((url) => url.includes('/api/'))).toEqual([]);
	});
});

/** A file of an export, as text. */
const exported = (brand: string, path: string) => readFileSync(join('exports', brand, path), 'utf8');

test.describe('the brands’ declared uses, in their exports', () => {
	test('acme, which only reads, tells admins to select Read Only and why, on every page that says it', () => {
		const reason =
			'Select **Read Only**: Acme Hub only reads employment records and time off from Remote and never creates or changes anything there.';
		expect(exported('acme', 'generate-token.md')).toContain(reason);
		expect(exported('acme', 'generate-token.md')).toContain('Sync employees and their contracts into Acme Hub (only reads from Remote)');
		expect(exported('acme', 'generate-token.md')).toContain('Under **Endpoint collections**');
		expect(exported('acme', 'generate-token.md')).toMatch(/select \*\*Read Only\*\*\.\n/);
		expect(exported('acme', 'index.md')).toContain('Under **Endpoint collections**, if Remote asks, select **Read Only**.');
		expect(exported('acme', 'prerequisites.md')).toContain(
			'Acme Hub needs a token with **Read Only**: it only reads employment records and time off from Remote',
		);
		expect(exported('acme', 'llms-full.txt')).toContain(reason);
		// No question for the reader where the brand has answered it, and no time-off rule for a reader.
		expect(exported('acme', 'generate-token/index.html')).not.toContain('<access-choice');
		expect(exported('acme', 'generate-token.md')).not.toContain('Time off arrives in Remote already approved');
		// The tester's connected result says the same.
		expect(exported('acme', 'environments/index.html')).toContain(
			'Acme Hub needs Read Only: it only reads employment records and time off from Remote',
		);
	});

	test('larkspur, which creates time off, tells admins to select Full Access, and brings the time-off rule into the steps though it hides the limitations page', () => {
		const reason = 'Select **Full Access**: Larkspur Console creates time off in Remote.';
		expect(exported('larkspur', 'generate-token.md')).toContain(reason);
		expect(exported('larkspur', 'generate-token.md')).toMatch(/select \*\*Full Access\*\*\.\n/);
		expect(exported('larkspur', 'index.md')).toContain('Under **Endpoint collections**, if Remote asks, select **Full Access**.');
		expect(exported('larkspur', 'prerequisites.md')).toContain(
			'Larkspur Console needs a token with **Full Access**: it creates time off in Remote.',
		);
		for (const page of ['generate-token.md', 'link-account.md']) {
			expect(exported('larkspur', page), page).toContain('Time off arrives in Remote already approved');
			expect(exported('larkspur', page), page).toContain('Remote’s API creates time off only as already approved');
		}
		expect(() => exported('larkspur', 'known-limitations/index.html')).toThrow();
		expect(exported('larkspur', 'environments/index.html')).toContain('Larkspur Console needs Full Access: it creates time off in Remote.');
		// Its button is "Save", wherever the guides name it.
		expect(exported('larkspur', 'link-account.md')).toContain('Click **Save**.');
		expect(exported('larkspur', 'link-account.md')).not.toContain('**Connect**');
	});

	test('each carries the platform formats in every language, valid against their schemas, in its platform’s name and with its button', async () => {
		for (const [brand, connectLabels] of [
			['acme', ['Connect', 'Verbinden', 'Connecter', 'Conectar']],
			['larkspur', ['Save', 'Save', 'Save', 'Save']],
		] as const) {
			for (const [index, prefix] of ['', '/de', '/fr', '/es'].entries()) {
				const served = (path: string) => {
					const local = path.startsWith('http') ? new URL(path).pathname : path;
					return exported(brand, local.endsWith('/') ? `${local}index.html` : local.slice(1));
				};
				const guides = JSON.parse(served(`${prefix}/guides.json`)) as GuidesData;
				expect(await formatProblems(async (path) => served(path), prefix, guides, connectLabels[index]!), `${brand}${prefix}`).toEqual([]);
			}
		}
		// An export whose brand has a hosted service names its docs MCP server there.
		expect(JSON.parse(exported('acme', '.well-known/mcp'))).toMatchObject({
			endpoint: 'https://connect.acme.example/mcp',
			brand: { id: 'acme' },
		});
		expect(() => exported('larkspur', '.well-known/mcp')).toThrow();
		// Its llms.txt names that server, in every language; an export without a hosted service names none.
		for (const prefix of ['', 'de/']) expect(exported('acme', `${prefix}llms.txt`)).toContain('(https://connect.acme.example/mcp)');
		expect(exported('larkspur', 'llms.txt')).not.toContain('/mcp)');
		expect(exported('larkspur', 'llms.txt')).toContain('(https://help.larkspur.example/formats/apideck.md)');
	});

	test('search finds the brand’s tailored text', () => {
		const fragments = readdirSync('exports/larkspur/pagefind/fragment').map((name) =>
			gunzipSync(readFileSync(join('exports/larkspur/pagefind/fragment', name))).toString('utf8'),
		);
		expect(fragments.some((fragment) => fragment.includes('Larkspur Console creates time off in Remote'))).toBe(true);
	});

	for (const brand of ['acme', 'larkspur', 'default']) {
		test(`${brand}: /sources/ ships with every fact, and its twin with it`, () => {
			const page = exported(brand, 'sources/index.html');
			for (const fact of ['token-prefixes', 'rate-limit', 'endpoint-collections', 'time-off-created-approved'])
				expect(page).toContain(`id="${fact}"`);
			expect(exported(brand, 'sources.md')).toMatch(/^# Sources\n/);
			expect(exported(brand, 'llms.txt')).toMatch(/\/sources\.md\): Every fact these guides state about Remote/);
		});
	}
});

test.describe('the larkspur export, served by a plain static file server', () => {
	let server: StaticServer;
	test.beforeAll(async () => {
		server = await serveStatic('exports/larkspur');
	});
	test.afterAll(async () => {
		await server.close();
	});

	test('shows the recommendation, not the reader’s choice, and the button by its name', async ({ page }) => {
		await page.goto(`${server.url}/generate-token/`);
		await expect(page.locator('.access-reason')).toHaveText('Select Full Access: Larkspur Console creates time off in Remote.');
		await expect(page.getByRole('group', { name: /What will/ })).toHaveCount(0);
		await page.goto(`${server.url}/link-account/`);
		await expect(page.locator('.sl-steps')).toContainText('Click Save.');
	});
});

test.describe('guides as data, in every export', () => {
	for (const brand of readdirSync('exports').filter((name) => !name.startsWith('.') && statSync(join('exports', name)).isDirectory())) {
		test(`${brand}: guides.json validates against the guides.schema.json beside it, and its steps are its pages’ steps`, () => {
			const data = JSON.parse(exported(brand, 'guides.json')) as GuidesData;
			expect(jsonSchemaErrors(JSON.parse(exported(brand, 'guides.schema.json')) as object, data)).toEqual([]);
			for (const guide of data.guides) {
				const page = guide.slug ? `${guide.slug}/index.html` : 'index.html';
				expect(stepsInData(guide), `${brand} ${page}`).toEqual(stepsOnPage(exported(brand, page)));
			}
		});
	}

	test('it reflects the brand: its platform, its hidden guides absent, the collection its uses need, its own URLs', () => {
		const data = JSON.parse(exported('acme', 'guides.json')) as GuidesData;
		expect(data.brand).toEqual({ name: 'Acme Help Center', platformName: 'Acme Hub', url: 'https://help.acme.example/' });
		expect(data.recommendedCollection).toEqual({
			collection: 'Read Only',
			reason:
				'Select Read Only: Acme Hub only reads employment records and time off from Remote and never creates or changes anything there.',
			// What it is decided from: the brand's uses, as its file declares them.
			uses: [
				{ label: 'Sync employees and their contracts into Acme Hub', access: 'read', area: 'people' },
				{ label: 'Show approved time off on team calendars', access: 'read', area: 'time-off' },
			],
		});
		expect(data.guides.map((guide) => guide.slug)).not.toContain('known-limitations');
		for (const guide of data.guides) expect(guide.url.startsWith('https://help.acme.example/'), guide.url).toBe(true);
		expect(JSON.stringify(data)).toContain('Acme Hub');
		expect(JSON.stringify(data)).not.toContain('the Hub');
		expect(data.fields.token).toBe('https://help.acme.example/link-account/#field-api-token');
	});
});
