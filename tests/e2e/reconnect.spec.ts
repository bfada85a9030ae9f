import { readFileSync } from 'node:fs';
import { expect, test, type Page } from '@playwright/test';
import { pageWordsByLocale } from '../../src/i18n/page-words';
import { locales, localizePath, type Locale } from '../../src/lib/shared/locales';
import { reconnectReasons, reconnectSections, type ReconnectReason } from '../../src/lib/shared/reconnect-reasons';
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
/** One code per section: what each language is checked with (English checks every code). */
const codePerSection = sections.map((section) => reconnectReasons.find((code) => reconnectSections[code] === section)!);
const reconnectPath = (locale: Locale, query = '') => `${localizePath('/reconnect/', locale)}${query}`;
const reasonSection = (page: Page, section: string) => page.locator(`.reconnect-reason[data-reconnect-section="${section}"]`);

async function expectOnly(page: Page, shown: string | null) {
	for (const section of sections) {
		if (shown === null || section === shown) await expect(reasonSection(page, section), section).toBeVisible();
		else await expect(reasonSection(page, section), section).toBeHidden();
	}
}

for (const locale of locales) {
	const words = pageWordsByLocale[locale];

	test(`in ${locale}, each reason shows its own explanation, with the tester and the fix`, async ({ page }) => {
		test.setTimeout(120_000);
		const codes: readonly ReconnectReason[] = locale === 'en' ? reconnectReasons : codePerSection;
		for (const code of codes) {
			await test.step(code, async () => {
				await page.goto(reconnectPath(locale, `?reason=${code}`));
				await expect(page.locator('html')).toHaveAttribute('lang', locale);
				const section = reconnectSections[code];
				await expectOnly(page, section);
				// Its heading carries the id platforms may link to, in every language.
				await expect(reasonSection(page, section).locator(`h3#${section}`)).toBeVisible();
				// The other reasons leave the table of contents too.
				await expect(page.locator(`starlight-toc a[href="#${section}"]`)).toBeVisible();
				for (const other of sections.filter((candidate) => candidate !== section))
					await expect(page.locator(`starlight-toc a[href="#${other}"]`)).toBeHidden();
				await expect(page.locator('.reason-filter')).toBeVisible();
				// The reason is the page's own: it stays in the address.
				await expect(page).toHaveURL(`${baseURL}${reconnectPath(locale, `?reason=${code}`)}`);
				// The fix, with the tester in it.
				await expect(page.locator(`#fix-the-connection`)).toBeVisible();
				await expect(page.locator('.sl-steps token-tester')).toBeVisible();
				await expect(page.getByRole('button', { name: words.tester.test })).toBeVisible();
			});
		}

		await test.step('no reason, or one the page does not know, gives every reason', async () => {
			for (const query of ['', '?reason=', '?reason=connected', '?reason=UNAUTHORIZED', '?reason=%3Cscript%3E']) {
				await page.goto(reconnectPath(locale, query));
				await expectOnly(page, null);
				await expect(page.locator('.reason-filter')).toBeHidden();
			}
		});

		await test.step('“Show every reason” shows them all and moves focus to the first', async () => {
			await page.goto(reconnectPath(locale, '?reason=rate_limited'));
			await page.getByRole('button', { name: words.reconnect.showAll }).click();
			await expectOnly(page, null);
			await expect(page.locator('.reason-filter')).toBeHidden();
			await expect(page.locator(`h3#${sections[0]}`)).toBeFocused();
			for (const section of sections) await expect(page.locator(`starlight-toc a[href="#${section}"]`)).toBeVisible();
		});
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

test('/reconnect/ with a reason has no accessibility violations, in either theme', async ({ page }) => {
	test.setTimeout(60_000);
	await page.emulateMedia({ colorScheme: 'light' });
	await page.goto('/reconnect/?reason=forbidden');
	await expect(page.locator('.reason-filter')).toBeVisible();
	for (const theme of ['light', 'dark'] as const) {
		await page.emulateMedia({ colorScheme: theme });
		await expect(page.locator('html')).toHaveAttribute('data-theme', theme);
		expect(await blockingViolations(page), theme).toEqual([]);
	}
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
