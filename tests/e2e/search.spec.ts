import { expect, test } from '@playwright/test';
import { firstResultsTimeout, openSearch } from '../support/search';

test('searching for ra_test_ leads to the environments guide', async ({ page }) => {
	await page.goto('/');
	const searchBox = await openSearch(page);
	const dialog = page.getByRole('dialog');
	await expect(dialog).toBeVisible();
	await searchBox.fill('ra_test_');
	const firstEnvironmentsResult = dialog.locator('a[href^="/environments/"]').first();
	await expect(firstEnvironmentsResult).toBeVisible({ timeout: firstResultsTimeout });
	await firstEnvironmentsResult.click();
	await expect(page).toHaveURL(/\/environments\/(#.*)?$/);
});

test('search opens from the keyboard shortcut', async ({ page }) => {
	await page.goto('/troubleshooting/');
	// Starlight builds the search box when the browser is idle after load; a shortcut pressed before
	// then opens an empty dialog. Wait for the box, as a reader's page would have it by then.
	await page.locator('#starlight__search input').waitFor({ state: 'attached' });
	await page.keyboard.press('Control+k');
	await expect(page.getByRole('dialog').getByRole('textbox', { name: 'Search' })).toBeFocused();
});
