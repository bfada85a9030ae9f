import type { Page } from '@playwright/test';

/**
 * Every request the page makes from now on but the site's own code, which Starlight's search loads
 * when the browser is idle (a GET of /_astro/ or /pagefind/ carries nothing of the reader's).
 */
export function requestsOf(page: Page): string[] {
	const seen: string[] = [];
	page.on('request', (request) => {
		const { pathname, origin } = new URL(request.url());
		const ownCode = request.method() === 'GET' && origin === new URL(page.url()).origin && /^\/(_astro|pagefind)\//.test(pathname);
		if (!ownCode) seen.push(`${request.method()} ${request.url()}`);
	});
	return seen;
}
