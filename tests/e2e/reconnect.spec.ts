import { readFileSync } from 'node:fs';
import { expect, test, type Page } from '@playwright/test';
import { pageWordsByLocale } from '../../src/i18n/page-words';
import { locales, localizePath, type Locale } from '../../src/lib/shared/locales';
import { reconnectReasons, reconnectSections } from '../../src/lib/shared/reconnect-reasons';
import { blockingViolations } from '../support/accessibility';
import { baseURL } from '../support/e2e-settings';
import { uniqueDemoToken } from '../support/fake-remote';
import { serveStatic, type StaticServer } from '../support/static-server';

/**
 * /reconnect/?reason=<code>, where a platform sends an admin whose connection broke: the reason's
 * explanation alone (every reason without one), the fix with the tester on the page, and the way
 * back to the platform for a `?return=` on the brand's origins only; in every language.
 */

const sections = [...new Set(Object.values(reconnectSections))];
const reconnectPath = (locale: Locale, query = '') => `${localizePath('/reconnect/', locale)}${query}`;
const reasonSection = (page: Page, section: string) => page.locator(`.reconnect-reason[data-reconnect-section="${section}"]`);

async function expectOnly(page: Page, shown: string | null) {
	for (const section of sections) {
		if (shown === null || section === shown) await expect(reasonSection(page, section), section).toBeVisible();
		else await expect(reasonSection(page, section), section).toBeHidden();
	}
}

/** The sections the page shows, once its script has applied the reason (or found none). */
const shownSections = (page: Page) =>
	page
		.locator('.reconnect-reason')
		.evaluateAll((sections) =>
			sections.filter((section) => !(section as HTMLElement).hidden).map((section) => (section as HTMLElement).dataset.reconnectSection),
		);

test('each reason shows its own explanation alone, with the tester and the fix, and the reason stays in the address', async ({ page }) => {
	test.setTimeout(90_000);
	for (const code of reconnectReasons) {
		await test.step(code, async () => {
			await page.goto(`/reconnect/?reason=${code}`);
			const section = reconnectSections[code];
			// The notice shows once the script has applied the reason, to every section at once.
			await expect(page.locator('.reason-filter')).toBeVisible();
			expect(await shownSections(page)).toEqual([section]);
			// Its heading carries the id platforms may link to.
			await expect(reasonSection(page, section).locator(`h3#${section}`)).toBeVisible();
			await expect(page).toHaveURL(`${baseURL}/reconnect/?reason=${code}`);
		});
	}
	await test.step('the fix, with the tester in it, and only the reason shown in the table of contents', async () => {
		await expect(page.locator('.sl-steps token-tester')).toBeVisible();
		await expect(page.locator('starlight-toc a[href="#remote-did-not-answer"]')).toBeVisible();
		for (const other of sections.filter((section) => section !== 'remote-did-not-answer'))
			await expect(page.locator(`starlight-toc a[href="#${other}"]`)).toBeHidden();
	});
	await test.step('no reason, or one the page does not know, gives every reason', async () => {
		for (const query of ['', '?reason=', '?reason=connected', '?reason=UNAUTHORIZED', '?reason=%3Cscript%3E']) {
			await page.goto(`/reconnect/${query}`);
			await expectOnly(page, null);
			await expect(page.locator('.reason-filter'), query).toBeHidden();
		}
	});
	await test.step('/reconnect/ with a reason has no accessibility violations, in either theme', async () => {
		await page.goto('/reconnect/?reason=forbidden');
		await expect(page.locator('.reason-filter')).toBeVisible();
		for (const theme of ['light', 'dark'] as const) {
			await page.emulateMedia({ colorScheme: theme });
			await expect(page.locator('html')).toHaveAttribute('data-theme', theme);
			expect(await blockingViolations(page), theme).toEqual([]);
		}
	});
});

// A language changes the words, not what the script does: each language's page is checked with
// every reason shown (each section in its language, under the ids of every language), then one
// reason alone and the button that shows them all.
for (const locale of locales) {
	const words = pageWordsByLocale[locale];

	test(`in ${locale}, the reasons are written in the language, under the same ids, and “${words.reconnect.showAll}” brings them all back`, async ({
		page,
	}) => {
		await page.goto(reconnectPath(locale));
		await expect(page.locator('html')).toHaveAttribute('lang', locale);
		await expectOnly(page, null);
		for (const section of sections) await expect(reasonSection(page, section).locator(`h3#${section}`)).toBeVisible();
		await expect(page.locator('#fix-the-connection')).toBeVisible();
		await expect(page.getByRole('button', { name: words.tester.test })).toBeVisible();

		await page.goto(reconnectPath(locale, '?reason=rate_limited'));
		await expect(page.locator('.reason-filter')).toBeVisible();
		expect(await shownSections(page)).toEqual([reconnectSections.rate_limited]);
		await page.getByRole('button', { name: words.reconnect.showAll }).click();
		await expectOnly(page, null);
		await expect(page.locator('.reason-filter')).toBeHidden();
		await expect(page.locator(`h3#${sections[0]}`)).toBeFocused();
		for (const section of sections) await expect(page.locator(`starlight-toc a[href="#${section}"]`)).toBeVisible();
	});
}

test('?environment= preselects the tester on the page, and a connected token offers the review reminder', async ({ page }) => {
	await page.goto('/reconnect/?reason=unauthorized&environment=sandbox');
	// The platform's context leaves the address; the reason stays.
	await expect(page).toHaveURL(`${baseURL}/reconnect/?reason=unauthorized`);
	const tester = page.locator('token-tester');
	await expect(tester.getByRole('radio', { name: /^Sandbox/ })).toBeChecked();
	const reminder = tester.locator('review-reminder');
	await expect(reminder).toBeHidden();
	await tester.getByLabel('Remote API token', { exact: true }).fill(uniqueDemoToken('connected'));
	await tester.getByRole('button', { name: 'Test token' }).click();
	await expect(tester.locator('.tt-verdict')).toHaveText('Connected to Acme Sandbox Ltd — Sandbox');
	await expect(reminder).toBeVisible();
	await reminder.getByLabel('Token name in Remote (optional)').fill('Help Center · 2026-12');
	const download = page.waitForEvent('download');
	await reminder.getByRole('button', { name: 'Download reminder (.ics)' }).click();
	const file = readFileSync((await (await download).path())!, 'utf8');
	expect(file).toContain('BEGIN:VEVENT');
	expect(file.replace(/\r\n /g, '')).toContain('Help Center · 2026-12');
	// A token of another kind makes it go again: the reminder belongs to a connected token only.
	await tester.getByLabel('Remote API token', { exact: true }).fill('ra_live_');
	await expect(reminder).toBeHidden();
});

test.describe('on a partner’s export that lists its platform’s origin', () => {
	let acme: StaticServer;
	test.beforeAll(async () => {
		acme = await serveStatic('exports/acme');
	});
	test.afterAll(() => acme.close());

	const platformUrl = 'https://app.acme.example/connections/remote?reconnect=1';

	for (const locale of locales) {
		test(`in ${locale}, “Back to Acme Hub” leads to the platform’s own origin, and nowhere else`, async ({ page }) => {
			const backLabel = pageWordsByLocale[locale].returnLink.replace('{platform}', 'Acme Hub');
			const back = page.locator('.return-link').getByRole('link', { name: backLabel });
			await page.goto(`${acme.url}${reconnectPath(locale, `?reason=unauthorized&return=${encodeURIComponent(platformUrl)}`)}`);
			await expect(page).toHaveURL(`${acme.url}${reconnectPath(locale, '?reason=unauthorized')}`);
			await expectOnly(page, reconnectSections.unauthorized);
			await expect(back).toHaveAttribute('href', platformUrl);
			await expect(back).toBeVisible();
			// Another site's address is no way back: the link stays hidden, the page works.
			await page.goto(`${acme.url}${reconnectPath(locale, `?reason=forbidden&return=${encodeURIComponent('https://evil.example/')}`)}`);
			await expectOnly(page, reconnectSections.forbidden);
			await expect(page.locator('.return-link')).toBeHidden();
			await expect(page.locator('a[data-return-link]')).not.toHaveAttribute('href', 'https://evil.example/');
		});
	}
});
