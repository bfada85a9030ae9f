import { expect, test } from '@playwright/test';
import { guidePaths } from '../support/guides';

const sidebarLinks = 'nav[aria-label="Main"] a';

// One page view per guide: what a reader sees of it, where it sits, and where it leads.
for (const [position, path] of guidePaths.entries()) {
	const next = guidePaths[position + 1];
	// Linking the account ends the task: it offers no next step, least of all revoking the token.
	const leadsOn = next && path !== '/link-account/';
	test(`guide ${path} renders its title, description and content, sits at position ${position + 1} of the sidebar${leadsOn ? `, and links on to ${next}` : ''}`, async ({
		page,
	}) => {
		const response = await page.goto(path);
		expect(response?.status()).toBe(200);

		await test.step('its title, description and content', async () => {
			const title = (await page.locator('h1#_top').textContent())?.trim() ?? '';
			expect(title.length).toBeGreaterThan(3);
			await expect(page).toHaveTitle(`${title} | Remote Connect`);
			const description = await page.locator('meta[name="description"]').getAttribute('content');
			expect(description?.length ?? 0).toBeGreaterThan(40);
			// A real guide, not a stub: several sections of prose.
			expect(await page.locator('.sl-markdown-content h2').count()).toBeGreaterThanOrEqual(2);
			const text = await page.locator('.sl-markdown-content').innerText();
			expect(text.split(/\s+/).length).toBeGreaterThan(150);
			// MDX that failed to render shows up as raw component tags or import lines.
			expect(text).not.toMatch(/<[A-Z][A-Za-z]+|^import /m);
		});

		await test.step('its place in the sidebar, marked current', async () => {
			const hrefs = await page.locator(sidebarLinks).evaluateAll((links) => links.map((link) => link.getAttribute('href')));
			expect(hrefs).toEqual([...guidePaths]);
			const current = page.locator(`${sidebarLinks}[aria-current="page"]`);
			await expect(current).toHaveCount(1);
			await expect(current).toHaveAttribute('href', path);
		});

		if (leadsOn) {
			await test.step(`its link on to the next step, ${next}`, async () => {
				await expect(page.locator(`.sl-markdown-content a[href="${next}"]`).first()).toBeVisible();
				await expect(page.locator('.pagination-links a[rel="next"]')).toHaveAttribute('href', next);
			});
		}
	});
}

test('the platform is named through the site setting, never a vendor', async ({ page }) => {
	await page.goto('/link-account/');
	const text = await page.locator('.sl-markdown-content').innerText();
	expect(text).toContain('the Hub');
	expect(text).not.toMatch(/StackOne|Apideck/i);
});

test('the environments guide teaches both prefixes, and both gateways for developers', async ({ page }) => {
	await page.goto('/environments/');
	const content = page.locator('.sl-markdown-content');
	for (const prefix of ['ra_live_', 'ra_test_']) await expect(content).toContainText(prefix);
	// Gateways and status codes are for developers: folded away until opened.
	const developers = content.locator('details.for-developers');
	await expect(developers.first()).not.toHaveAttribute('open');
	for (const section of await developers.all()) await section.locator('summary').click();
	const text = await content.innerText();
	for (const fact of ['https://gateway.remote.com', 'https://gateway.remote-sandbox.com', '401']) expect(text).toContain(fact);
});
