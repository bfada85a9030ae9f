import { expect, test } from '@playwright/test';
import { blockingViolations } from '../support/accessibility';
import { guidePaths, referencePaths } from '../support/guides';

const themes = ['light', 'dark'] as const;

for (const theme of themes) {
	test.describe(`${theme} theme`, () => {
		test.use({ colorScheme: theme });

		for (const path of [...guidePaths, ...referencePaths, '/embed/', '/no-such-page/']) {
			test(`${path} has no serious or critical accessibility violations`, async ({ page }) => {
				await page.goto(path);
				await expect(page.locator('html')).toHaveAttribute('data-theme', theme);
				expect(await blockingViolations(page, { tags: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice'] })).toEqual([]);
			});
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
