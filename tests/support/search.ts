import type { Locator, Page } from '@playwright/test';

/**
 * Opens Starlight's search dialog the way a reader does, once the page can search. Starlight
 * builds Pagefind's box only when the browser is first idle after load; on a busy machine that can
 * come well after the button is enabled, and a dialog opened before then stays empty. Waiting for
 * the box first makes the test as patient as the reader, not faster than the page.
 */
export async function openSearch(page: Page): Promise<Locator> {
	await page.locator('#starlight__search input').waitFor({ state: 'attached', timeout: 20_000 });
	await page.getByRole('button', { name: 'Search' }).click();
	return page.getByRole('dialog').getByRole('textbox', { name: 'Search' });
}

/**
 * How long a test waits for a query's first results. Pagefind's first query in a page loads its
 * WebAssembly and the index fragments the query needs, several requests that a busy machine can
 * take well over Playwright's 5 seconds to serve; a reader waits for it too.
 */
export const firstResultsTimeout = 20_000;
