import AxeBuilder from '@axe-core/playwright';
import { expect, test } from '@playwright/test';
import { guidePaths } from '../support/guides';

const themes = ['light', 'dark'] as const;

for (const theme of themes) {
	test.describe(`${theme} theme`, () => {
		test.use({ colorScheme: theme });

		for (const path of [...guidePaths, '/embed/', '/no-such-page/']) {
			test(`${path} has no serious or critical accessibility violations`, async ({ page }) => {
				await page.goto(path);
				await expect(page.locator('html')).toHaveAttribute('data-theme', theme);
				const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice']).analyze();
				const blocking = results.violations
					.filter((violation) => violation.impact === 'serious' || violation.impact === 'critical')
					.map((violation) => `${violation.id}: ${violation.help} (${violation.nodes.map((node) => node.target.join(' ')).join(', ')})`);
				expect(blocking).toEqual([]);
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
