import { expect, test } from '@playwright/test';
import { blockingViolations } from '../support/accessibility';
import { guidePaths, referencePaths } from '../support/guides';

const themes = ['light', 'dark'] as const;

// One page view per page, checked in both themes: the reader's own switch of colour scheme restyles
// the page in place (Starlight follows prefers-color-scheme while the theme is "auto"), so the
// second theme needs no second load.
// /decode/ is audited with an answer shown, in every language (decoder.spec.ts): the state with the most on it.
for (const path of [...guidePaths, ...referencePaths.filter((path) => path !== '/decode/'), '/embed/', '/no-such-page/']) {
	test(`${path} has no serious or critical accessibility violations, in either theme`, async ({ page }) => {
		test.setTimeout(60_000);
		await page.emulateMedia({ colorScheme: themes[0] });
		await page.goto(path);
		for (const theme of themes) {
			await page.emulateMedia({ colorScheme: theme });
			await expect(page.locator('html')).toHaveAttribute('data-theme', theme);
			expect(await blockingViolations(page, { tags: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice'] }), theme).toEqual([]);
		}
	});
}

test('the theme picker switches themes and the choice survives a reload', async ({ page }) => {
	await page.goto('/environments/');
	const picker = page.locator('starlight-theme-select select').first();
	await picker.selectOption('dark');
	await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
	await page.reload();
	await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
	await picker.selectOption('light');
	await expect(page.locator('html')).toHaveAttribute('data-theme', 'light');
});
