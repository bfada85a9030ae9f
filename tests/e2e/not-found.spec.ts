import { expect, test } from '@playwright/test';

test('an unknown path answers 404 with a page that helps the reader on', async ({ page }) => {
	const response = await page.goto('/no-such-guide/');
	expect(response?.status()).toBe(404);
	await expect(page).toHaveTitle(/Page not found/);
	await expect(page.locator('h1')).toHaveText('Page not found');
	const content = page.locator('.sl-markdown-content');
	await expect(content.locator('a[href="/"]').first()).toBeVisible();
	await expect(content.locator('a[href="/troubleshooting/"]').first()).toBeVisible();
	// Search and navigation still work from here: no dead end.
	await expect(page.getByRole('button', { name: 'Search' })).toBeVisible();
});

test('an unknown Markdown twin and an unknown API route are 404s too', async ({ request }) => {
	expect((await request.get('/no-such-guide.md')).status()).toBe(404);
	expect((await request.get('/api/no-such-route')).status()).toBe(404);
});
