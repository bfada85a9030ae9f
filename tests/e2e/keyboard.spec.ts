import { expect, test, type Page } from '@playwright/test';

/** Presses Tab until the focused element matches `predicate`, failing after `limit` presses. */
async function tabUntil(page: Page, predicate: (element: Element) => boolean, limit = 40): Promise<void> {
	for (let presses = 0; presses < limit; presses++) {
		await page.keyboard.press('Tab');
		if (await page.evaluate(`(${predicate.toString()})(document.activeElement)`)) return;
	}
	throw new Error(`Focus never reached the element after ${limit} Tab presses`);
}

test('the first Tab reaches a skip link that jumps to the content', async ({ page }) => {
	await page.goto('/prerequisites/');
	await page.keyboard.press('Tab');
	const skipLink = page.locator(':focus');
	await expect(skipLink).toHaveText(/skip to content/i);
	await expect(skipLink).toBeVisible();
	await page.keyboard.press('Enter');
	await expect(page).toHaveURL(/#_top$/);
});

test('the sidebar can be walked and followed with the keyboard alone', async ({ page }) => {
	await page.goto('/');
	await tabUntil(page, (element) => element.closest('nav[aria-label="Main"]') !== null);
	// The first stop in the sidebar is the overview, then the first group's toggle, then its first step.
	await expect(page.locator(':focus')).toHaveAttribute('href', '/');
	await page.keyboard.press('Tab');
	await expect(page.locator(':focus')).toHaveText('Connect Remote');
	await page.keyboard.press('Tab');
	await expect(page.locator(':focus')).toHaveAttribute('href', '/prerequisites/');
	await tabUntil(page, (element) => element.getAttribute('href') === '/environments/', 5);
	// Focus is visible where it lands.
	const outline = await page.locator(':focus').evaluate((element) => getComputedStyle(element).outlineStyle);
	expect(outline).not.toBe('none');
	await page.keyboard.press('Enter');
	await expect(page).toHaveURL(/\/environments\/$/);
	await expect(page.locator('nav[aria-label="Main"] a[aria-current="page"]')).toHaveAttribute('href', '/environments/');
});

test('a sidebar group folds and unfolds from the keyboard', async ({ page }) => {
	await page.goto('/');
	const group = page.locator('nav[aria-label="Main"] details').filter({ hasText: 'Reference' });
	const summary = group.locator('summary');
	await summary.focus();
	await expect(group).toHaveAttribute('open', '');
	await page.keyboard.press('Enter');
	await expect(group).not.toHaveAttribute('open', '');
	await expect(group.locator('a[href="/troubleshooting/"]')).toBeHidden();
	await page.keyboard.press('Space');
	await expect(group).toHaveAttribute('open', '');
	await expect(group.locator('a[href="/troubleshooting/"]')).toBeVisible();
});
