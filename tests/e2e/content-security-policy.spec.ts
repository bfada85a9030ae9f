import { expect, test } from '@playwright/test';
import { guidePaths, referencePaths } from '../support/guides';
import { watchForProblems } from '../support/page-problems';
import { openSearch } from '../support/search';

/**
 * Every page runs under a Content-Security-Policy with hashes and no 'unsafe-inline' for scripts,
 * and everything readers do works under it. A Starlight or Astro update that changes an inline
 * script or style attribute changes its hash; this is the test that notices. The same walk fails
 * on any console error or warning, uncaught exception or failed load.
 */

test('every page is sent with a policy that allows no inline script by default', async ({ request }) => {
	for (const path of [...guidePaths, ...referencePaths, '/generate-token/?access=write', '/embed/', '/no-such-page/']) {
		const response = await request.get(path);
		const policy = response.headers()['content-security-policy'] ?? '';
		const scriptSources = /(?:^|;)\s*script-src ([^;]*)/.exec(policy)?.[1] ?? '';
		expect(scriptSources, path).toContain("'sha256-");
		expect(policy, path).not.toContain("'unsafe-inline'");
		expect(scriptSources, path).not.toContain("'unsafe-eval'");
		expect(policy, path).toContain("frame-ancestors 'self'");
		expect(policy, path).toContain("object-src 'none'");
	}
});

test('no page, search, theme switch or tester action breaks the policy, logs an error, or fails to load a resource', async ({ page }) => {
	// Every page until its network is idle, then search and the tester: about 20 s alone, more beside
	// the other worker on two cores.
	test.setTimeout(90_000);
	const problems = await watchForProblems(page);
	for (const path of [...guidePaths, ...referencePaths, '/generate-token/?access=write', '/embed/', '/no-such-page/']) {
		await page.goto(path);
		await page.waitForLoadState('networkidle');
	}

	// Search: Pagefind's worker fetches the index and compiles WebAssembly under the policy.
	await page.goto('/');
	await (await openSearch(page)).fill('revoke');
	await expect(page.getByRole('dialog').locator('a[href^="/revoke-token/"]').first()).toBeVisible();
	await page.keyboard.press('Escape');

	// The theme switch (an inline script restores the choice on the next page).
	await page.getByRole('combobox', { name: 'Select theme' }).first().selectOption('dark');
	await page.goto('/troubleshooting/');
	await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');

	// The tester: feedback while typing, the reveal toggle, a live test, the result.
	await page.goto('/environments/');
	await page.getByRole('radio', { name: /^Production/ }).click();
	await page.getByLabel('Remote API token', { exact: true }).fill('ra_test_demo_connected_4f1c9a27b3');
	await page.getByRole('button', { name: 'Show token' }).click();
	await page.getByRole('button', { name: 'Switch to Sandbox' }).click();
	await page.getByRole('button', { name: 'Test token' }).click();
	await expect(page.locator('.tt-verdict')).toHaveText(/^Connected to /);

	expect(problems).toEqual([]);
});

test('the mobile menu and table of contents work under the policy', async ({ page }) => {
	const problems = await watchForProblems(page);
	await page.setViewportSize({ width: 390, height: 844 });
	await page.goto('/troubleshooting/');
	await page.getByRole('button', { name: 'Menu' }).click();
	await expect(page.locator('#starlight__sidebar')).toBeVisible();
	await page.getByRole('button', { name: 'Menu' }).click();
	await page.locator('mobile-starlight-toc summary').click();
	await expect(page.locator('mobile-starlight-toc .toc-wrapper, mobile-starlight-toc nav').first()).toBeVisible();
	expect(problems).toEqual([]);
});

test('script injected into a page does not run: the policy is enforced, not just sent', async ({ page }) => {
	const problems = await watchForProblems(page);
	await page.goto('/troubleshooting/');
	await page.evaluate(() => {
		document.body.insertAdjacentHTML('beforeend', '<img src="/favicon.svg" onload="window.injected = true">');
		const script = document.createElement('script');
		script.textContent = 'window.injected = true';
		document.body.append(script);
	});
	await page.waitForTimeout(200);
	expect(await page.evaluate(() => (window as unknown as { injected?: boolean }).injected)).toBeUndefined();
	expect(problems.some((problem) => problem.includes('script-src'))).toBe(true);
});
