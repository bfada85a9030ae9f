import { expect, test } from '@playwright/test';
import { guidePaths } from '../support/guides';

test('no page logs a console error, throws, or fails to load a resource', async ({ page }) => {
	const problems: string[] = [];
	const missingPage = new URL('/no-such-page/', test.info().project.use.baseURL).href;
	page.on('console', (message) => {
		if (message.type() !== 'error' && message.type() !== 'warning') return;
		// Chromium reports the deliberate 404 document itself as a failed load; anything else counts.
		if (message.location().url === missingPage && message.text().includes('404')) return;
		problems.push(`${page.url()} console ${message.type()}: ${message.text()}`);
	});
	page.on('pageerror', (error) => problems.push(`${page.url()} threw: ${error.message}`));
	page.on('requestfailed', (request) => {
		// The test's own next navigation aborts whatever is still loading (the favicon, say); a resource
		// that is really missing shows up below as a 4xx answer.
		if (request.failure()?.errorText === 'net::ERR_ABORTED') return;
		problems.push(`${request.url()} failed: ${request.failure()?.errorText}`);
	});
	page.on('response', (response) => {
		if (response.status() >= 400 && response.request().resourceType() !== 'document') {
			problems.push(`${response.url()} answered ${response.status()}`);
		}
	});

	for (const path of [...guidePaths, '/embed/', new URL(missingPage).pathname]) {
		await page.goto(path);
		await page.waitForLoadState('networkidle');
	}
	// Search loads Pagefind's scripts and WebAssembly on first use: exercise that too.
	await page.goto('/');
	await page.getByRole('button', { name: 'Search' }).click();
	await page.getByRole('dialog').getByRole('textbox', { name: 'Search' }).fill('token');
	await expect(page.getByRole('dialog').locator('a[href^="/"]').first()).toBeVisible();
	// The token tester: typing feedback, a live test against the fake Remote, the result.
	await page.goto('/environments/');
	await page.getByLabel('Remote API token').fill('ra_test_demo_connected_4f1c9a27b3');
	await page.getByRole('button', { name: 'Switch to Sandbox' }).click();
	await page.getByRole('button', { name: 'Test token' }).click();
	await expect(page.locator('.tt-verdict')).toHaveText(/^Connected to /);

	expect(problems).toEqual([]);
});
