import type { Page } from '@playwright/test';

/**
 * Everything that goes wrong in a page while a test drives it: Content-Security-Policy violations,
 * console errors and warnings, uncaught exceptions, failed loads and 4xx resources. Returns the
 * list it keeps filling, for a test to expect empty at the end.
 */
export async function watchForProblems(page: Page): Promise<string[]> {
	const problems: string[] = [];
	// Documents the test asked for that answer 404 on purpose; Chromium logs each as a failed load.
	const missingDocuments = new Set<string>();
	await page.exposeFunction('reportViolation', (text: string) => problems.push(text));
	await page.addInitScript(() => {
		document.addEventListener('securitypolicyviolation', (event) => {
			(window as unknown as { reportViolation(text: string): void }).reportViolation(
				`${location.pathname}: ${event.effectiveDirective} blocked ${event.blockedURI || 'inline'} ${event.sample}`,
			);
		});
	});
	page.on('console', (message) => {
		if (message.type() !== 'error' && message.type() !== 'warning') return;
		if (missingDocuments.has(message.location().url) && message.text().includes('404')) return;
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
		if (response.request().resourceType() === 'document') {
			if (response.status() === 404) missingDocuments.add(response.url());
		} else if (response.status() >= 400) {
			problems.push(`${response.url()} answered ${response.status()}`);
		}
	});
	return problems;
}
