import { existsSync, readdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { factWordsByLocale } from '../../src/i18n/fact-words-by-locale';
import { pageWordsByLocale } from '../../src/i18n/page-words';
import { testerWordsFor } from '../../src/i18n/tester-words';
import { localizePath, type Locale } from '../../src/lib/shared/locales';
import { blockingViolations } from '../support/accessibility';
import { uniqueDemoToken } from '../support/fake-remote';
import { exportFixtureBrand } from '../support/fixture-export';
import { guidePaths, referencePaths } from '../support/guides';
import { firstResultsTimeout } from '../support/search';
import { serveStatic, type StaticServer } from '../support/static-server';
import { expect, test } from '../support/tester-fixtures';

/**
 * What a language changes, in each language: the pages' `lang`, their words (no English beyond
 * Remote's labels), the anchors, accessibility in both themes, the tester's words and a live verdict,
 * the embed's `lang`, search, and a brand that ships German alone. What stays the same in every
 * language (the tester's rules, the server) is tested once, in English, by the other files.
 */
const translated = ['de', 'fr', 'es'] as const satisfies readonly Locale[];

/** Sentences of the English pages' frame that must never show on another language's page. */
const englishFrame = ['Was this page helpful?', 'View this page as Markdown', 'For developers', 'Test your token', 'Next: '];

/** The page's visible text, without code (commands, prefixes) and Remote's own labels (bold, as on screen). */
async function readerText(page: Page): Promise<string> {
	return page.locator('main').evaluate((main) => {
		const copy = main.cloneNode(true) as HTMLElement;
		for (const element of copy.querySelectorAll('code, pre, strong, script, style, .sr-only')) element.remove();
		return copy.innerText;
	});
}

for (const locale of translated) {
	test.describe(`in ${locale}`, () => {
		test(`every guide and /sources/ is written in ${locale}, with its lang, its headings' ids and no English frame`, async ({ page }) => {
			test.setTimeout(120_000);
			const english = await page.request.get('/troubleshooting/').then((response) => response.text());
			const englishIds = [...english.matchAll(/<h[23][^>]* id="([^"]+)"/g)].map(([, id]) => id).sort();
			for (const path of [...guidePaths, ...referencePaths]) {
				const response = await page.goto(localizePath(path, locale));
				expect(response?.status(), path).toBe(200);
				await expect(page.locator('html')).toHaveAttribute('lang', locale);
				const text = await readerText(page);
				for (const sentence of englishFrame) expect(text, `${locale}${path}`).not.toContain(sentence);
				// Starlight's own frame speaks the language too: its language picker names the page's.
				await expect(page.locator('starlight-lang-select select').first()).toHaveValue(localizePath(path, locale));
			}
			await page.goto(localizePath('/troubleshooting/', locale));
			const ids = await page.locator(':is(h2, h3)[id]').evaluateAll((headings) => headings.map((heading) => heading.id).sort());
			expect(ids).toEqual(englishIds);
		});

		// Every page in both themes is the English suite's; a language changes words, so the pages
		// whose words differ most are checked in it: in the light theme, and the tester's in the dark
		// too (switched in place, as a reader's system switches it).
		test(`/, /environments/ and /troubleshooting/ have no accessibility violations, and /environments/ none in the dark theme`, async ({
			page,
		}) => {
			test.setTimeout(120_000);
			for (const path of ['/', '/environments/', '/troubleshooting/']) {
				await page.emulateMedia({ colorScheme: 'light' });
				await page.goto(localizePath(path, locale));
				for (const theme of path === '/environments/' ? (['light', 'dark'] as const) : (['light'] as const)) {
					await page.emulateMedia({ colorScheme: theme });
					await expect(page.locator('html')).toHaveAttribute('data-theme', theme);
					expect(await blockingViolations(page), `${locale}${path}, ${theme} theme`).toEqual([]);
				}
			}
		});

		test('Remote’s labels stay as on screen, followed by their gloss in the language', async ({ page }) => {
			await page.goto(localizePath('/generate-token/', locale));
			await expect(page.locator('main strong', { hasText: /^Generate API token$/ }).first()).toBeVisible();
			const gloss = factWordsByLocale[locale].glosses['Generate API token']!;
			expect(await page.locator('main').innerText()).toContain(`Generate API token (${gloss})`);
		});

		test('the tester speaks the page’s language as the reader types, and Remote’s verdict comes back in it', async ({
			page,
			tester,
			fakeCallsWith,
		}) => {
			const words = testerWordsFor(locale);
			const said = pageWordsByLocale[locale].tester;
			await page.goto(localizePath('/environments/', locale));
			const token = tester.root.getByLabel(said.tokenLabel, { exact: true });
			await expect(token).toBeEnabled();
			await token.fill('ra_live_');
			await expect(tester.feedback).toContainText(words.format.prefixOnly.replace('{prefix}', 'ra_live_').slice(0, 20));
			const demo = uniqueDemoToken('connected');
			await tester.root.getByRole('radio', { name: new RegExp(`^${words.environments.sandbox}`) }).check();
			await token.fill(demo);
			await tester.root.getByRole('button', { name: said.test }).click();
			const expected = words.summaries.connected
				.replace('{company}', 'Acme Sandbox Ltd')
				.replace('{environment}', words.environments.sandbox);
			await expect(tester.verdict).toHaveText(expected);
			await expect(tester.root.locator(`.tt-result a[href="${localizePath('/link-account/', locale)}"]`)).toHaveText(
				`${words.nextStepLabels.connected} →`,
			);
			expect(await fakeCallsWith(demo)).toHaveLength(1);
		});

		test('the feedback widget asks in the language', async ({ page }) => {
			await page.goto(localizePath('/prerequisites/', locale));
			await expect(page.locator('page-feedback legend')).toHaveText(pageWordsByLocale[locale].feedback.question);
		});

		test('the not-found page is the language’s own', async ({ page }) => {
			const response = await page.goto(localizePath('/no-such-guide/', locale));
			expect(response?.status()).toBe(404);
			await expect(page.locator('html')).toHaveAttribute('lang', locale);
		});
	});
}

test.describe('on a partner’s export, a change of language keeps what the platform said', () => {
	let acme: StaticServer;
	test.beforeAll(async () => {
		acme = await serveStatic('exports/acme');
	});
	test.afterAll(() => acme.close());

	test('?environment= and ?return= survive the language picker', async ({ page }) => {
		const platformUrl = 'https://app.acme.example/connections/remote';
		await page.goto(`${acme.url}/link-account/?environment=sandbox&return=${encodeURIComponent(platformUrl)}`);
		await page.locator('starlight-lang-select select').first().selectOption({ label: 'Deutsch' });
		await page.waitForURL(/\/de\/link-account\/$/);
		await expect(page.locator('html')).toHaveAttribute('lang', 'de');
		await expect(page.locator('main [data-for-environment="sandbox"]').first()).toBeVisible();
		const back = page.locator('a[data-return-link]');
		await expect(back).toHaveAttribute('href', platformUrl);
		await expect(back).toHaveText(pageWordsByLocale.de.returnLink.replace('{platform}', 'Acme Hub'));
	});
});

test('every output exists per language: the Markdown twins, llms.txt, llms-full.txt and guides.json', async ({ request }) => {
	for (const locale of translated) {
		const index = await (await request.get(`/${locale}/llms.txt`)).text();
		expect(index, locale).toContain(`/${locale}/environments.md`);
		expect(index, locale).not.toContain(pageWordsByLocale.en.description);
		const twin = await request.get(`/${locale}/environments.md`);
		expect(twin.headers()['content-type']).toMatch(/^text\/markdown/);
		expect(await twin.text()).toContain('ra_test_');
		expect((await request.get(`/${locale}/llms-full.txt`)).status()).toBe(200);
		const data = (await (await request.get(`/${locale}/guides.json`)).json()) as {
			locale: string;
			guides: Array<{ url: string; slug: string }>;
		};
		expect(data.locale).toBe(locale);
		expect(data.guides.map((guide) => guide.slug)).toContain('environments');
		for (const guide of data.guides) expect(new URL(guide.url).pathname, locale).toMatch(new RegExp(`^/${locale}/`));
	}
});

test('search in German finds a German word on a German page', async ({ page }) => {
	await page.goto('/de/');
	// The German page's search button is labelled in German: open it by its place, not its name.
	await page.locator('#starlight__search input').waitFor({ state: 'attached', timeout: 20_000 });
	await page.locator('site-search button[data-open-modal]').click();
	await page.getByRole('dialog').getByRole('textbox').fill('Umgebung');
	const first = page.getByRole('dialog').locator('mark').first();
	await expect(first).toBeVisible({ timeout: firstResultsTimeout });
	const links = await page
		.getByRole('dialog')
		.locator('a[href]')
		.evaluateAll((anchors) => anchors.map((anchor) => anchor.getAttribute('href')));
	expect(links.length).toBeGreaterThan(0);
	for (const link of links) expect(link).toMatch(/^\/de\//);
});

test.describe('a brand that ships German alone', () => {
	const id = 'fixture-german-only';
	const exportDir = join('exports', id);
	let site: StaticServer;
	test.describe.configure({ mode: 'serial' });
	test.beforeAll(async () => {
		test.setTimeout(180_000);
		const { result } = exportFixtureBrand(id, {
			name: 'Hallo Hilfe',
			platformName: 'Hallo Hub',
			site: 'https://hilfe.hallo.example',
			locales: ['de'],
			defaultLocale: 'de',
			connectLabel: 'Speichern',
		});
		expect(result.status, result.stderr).toBe(0);
		site = await serveStatic(exportDir, 0);
	});
	test.afterAll(async () => {
		await site?.close();
		rmSync(exportDir, { recursive: true, force: true });
	});

	test('exports a German site at its root: no English page, no language picker, its links at home', async ({ page }) => {
		for (const folder of ['en', 'de', 'fr', 'es']) expect(existsSync(join(exportDir, folder)), folder).toBe(false);
		expect(readdirSync(exportDir)).toContain('environments');
		for (const path of ['/', '/environments/', '/link-account/', '/troubleshooting/']) {
			await page.goto(`${site.url}${path}`);
			await expect(page.locator('html')).toHaveAttribute('lang', 'de');
			await expect(page.locator('starlight-lang-select')).toHaveCount(0);
			for (const href of await page.locator('main a[href^="/"]').evaluateAll((links) => links.map((link) => link.getAttribute('href')!))) {
				expect(href, path).not.toMatch(/^\/(de|en)\//);
				expect((await page.request.get(`${site.url}${href.split('#')[0]}`)).status(), `${path} → ${href}`).toBe(200);
			}
		}
		await page.goto(`${site.url}/link-account/`);
		await expect(page.locator('main')).toContainText('Speichern');
	});
});
