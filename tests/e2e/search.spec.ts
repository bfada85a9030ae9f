import { expect, test } from '@playwright/test';

test('searching for ra_test_ leads to the environments guide', async ({ page }) => {
	await page.goto('/');
	await page.getByRole('button', { name: 'Search' }).click();
	const dialog = page.getByRole('dialog');
	await expect(dialog).toBeVisible();
	await dialog.getByRole('textbox', { name: 'Search' }).fill('ra_test_');
	const firstEnvironmentsResult = dialog.locator('a[href^="/environments/"]').first();
	await expect(firstEnvironmentsResult).toBeVisible();
	await firstEnvironmentsResult.click();
	await expect(page).toHaveURL(/\/environments\/(#.*)?$/);
});

test('search opens from the keyboard shortcut', async ({ page }) => {
	await page.goto('/troubleshooting/');
	// The shortcut is bound once Starlight's search element has started.
	await page.waitForFunction(() => customElements.get('site-search') !== undefined);
	await page.keyboard.press('Control+k');
	await expect(page.getByRole('dialog').getByRole('textbox', { name: 'Search' })).toBeFocused();
});
