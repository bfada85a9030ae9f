import { pageWordsByLocale } from '../../src/i18n/page-words';
import { locales, localizePath } from '../../src/lib/shared/locales';
import { expect, test } from '../support/tester-fixtures';

/**
 * /rotate-token/, in every language: the steps that replace a token without downtime, in the only
 * order that keeps the connection working, each leading where its work is done.
 */
for (const locale of locales) {
	test(`in ${locale}, the rotation guide replaces the token in order: generate, test, paste and connect, confirm, then revoke`, async ({
		page,
	}) => {
		await page.goto(localizePath('/rotate-token/', locale));
		await expect(page.locator('html')).toHaveAttribute('lang', locale);
		const steps = page.locator('.sl-markdown-content ol.sl-steps').first().locator(':scope > li');
		const markers = [
			// Generate the new token, with a dated name.
			steps.filter({ has: page.locator(`a[href="${localizePath('/generate-token/', locale)}"]`) }).filter({ hasText: /\d{4}-\d{2}/ }),
			// Test it with the tester.
			steps.filter({ has: page.locator(`a[href="${localizePath('/environments/#check-your-token', locale)}"]`) }).filter({
				hasText: pageWordsByLocale[locale].tester.test,
			}),
			// Paste it into the platform and press its connect button (the house brand's, in this language).
			steps.filter({ has: page.locator('strong', { hasText: new RegExp(`^${pageWordsByLocale[locale].connectLabel}$`) }) }),
			// Only then revoke the old one, found by its name, with Remote's labels as on screen.
			steps.filter({ has: page.locator('strong', { hasText: /^Revoke token$/ }) }),
		];
		const allSteps = await steps.allInnerTexts();
		const positions: number[] = [];
		for (const marker of markers) {
			await expect(marker).toHaveCount(1);
			positions.push(allSteps.indexOf(await marker.innerText()));
		}
		expect(positions).toEqual([...positions].sort((a, b) => a - b));
		// Confirming the platform works comes between connecting and revoking.
		expect(positions[3]! - positions[2]!).toBeGreaterThanOrEqual(2);
		// What Remote leaves open is said, with how to check it.
		await expect(page.locator('#does-generating-a-new-token-revoke-the-old-one')).toBeVisible();
	});
}

test('the rotation guide sits under “Manage the token”, before revoking, and the revoke guide leads to it', async ({ page }) => {
	await page.goto('/revoke-token/');
	const group = page.locator('nav[aria-label="Main"] details', { hasText: 'Manage the token' });
	await expect(group.locator('a')).toHaveText(['Replace a token without downtime', 'Revoke a token']);
	await expect(
		page.locator(
			'#replace-a-token-without-downtime ~ p a[href="/rotate-token/"], .sl-heading-wrapper:has(#replace-a-token-without-downtime) + p a[href="/rotate-token/"]',
		),
	).toHaveCount(1);
});
