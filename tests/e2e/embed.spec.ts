import { expect, test, type Page } from '@playwright/test';
import { blockingViolations } from '../support/accessibility';
import { baseURL, embedAllowedPort, embedRefusedPort, fakeRemoteCallsUrl } from '../support/e2e-settings';
import { serveStatic, type StaticServer } from '../support/static-server';

/** A partner's page on another origin, embedding the tester exactly as the docs say to. */
const hostPage = `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>Partner help center</title>
<script type="module" src="${baseURL}/embed/token-tester.js"></script>
<style>remote-token-tester { --rtt-accent: #0b7a5a; --rtt-radius: 2px; }</style></head>
<body><main><h1>Connect Remote</h1>
<remote-token-tester api="${baseURL}/api/connection-test" environment="sandbox"></remote-token-tester>
</main></body></html>`;

// The host pages listen on fixed ports (one is in EMBED_ALLOWED_ORIGINS), so one worker runs this file.
test.describe.configure({ mode: 'serial' });

let allowed: StaticServer;
let refused: StaticServer;
test.beforeAll(async () => {
	allowed = await serveStatic('public', embedAllowedPort, { '/': hostPage });
	refused = await serveStatic('public', embedRefusedPort, { '/': hostPage });
});
test.afterAll(async () => {
	await Promise.all([allowed.close(), refused.close()]);
});

const uniqueToken = () => `ra_test_demo_connected_4f1c9a27b3_${Math.random().toString(36).slice(2, 10)}`;

async function callsWith(token: string): Promise<number> {
	const calls = (await (await fetch(fakeRemoteCallsUrl)).json()) as Array<{ token: string }>;
	return calls.filter((call) => call.token === token).length;
}

async function testToken(page: Page, token: string): Promise<void> {
	const tester = page.locator('remote-token-tester');
	await expect(tester.getByRole('radio', { name: /Sandbox/ })).toBeChecked();
	await tester.getByLabel('Remote API token', { exact: true }).fill(token);
	await expect(tester.getByText('Looks like a Sandbox token.')).toBeVisible();
	await tester.getByRole('button', { name: 'Test token' }).click();
}

test('on an allowed origin, the embedded tester checks the token with Remote through the help center', async ({ page }) => {
	await page.goto(allowed.url);
	const token = uniqueToken();
	await testToken(page, token);
	const tester = page.locator('remote-token-tester');
	await expect(tester.locator('.verdict')).toHaveText('Connected to Acme Sandbox Ltd — Sandbox');
	await expect(tester.getByRole('link', { name: /Link your account/ })).toHaveAttribute('href', `${baseURL}/link-account/`);
	expect(await callsWith(token)).toBe(1);
	// Themed by the host page through its custom properties.
	const button = tester.getByRole('button', { name: 'Test token' });
	expect(await button.evaluate((element) => getComputedStyle(element).backgroundColor)).toBe('rgb(11, 122, 90)');
	expect(await button.evaluate((element) => getComputedStyle(element).borderTopLeftRadius)).toBe('2px');
});

test('on an origin that is not allowed, the browser never sends the token and the tester says it was refused', async ({ page }) => {
	const answered: number[] = [];
	const blocked: string[] = [];
	page.on('requestfinished', async (request) => {
		if (request.url().includes('/api/connection-test') && request.method() === 'POST')
			answered.push((await request.response())?.status() ?? 0);
	});
	page.on('requestfailed', (request) => {
		if (request.url().includes('/api/connection-test') && request.method() === 'POST') blocked.push(request.failure()?.errorText ?? '');
	});
	await page.goto(refused.url);
	const token = uniqueToken();
	await testToken(page, token);
	await expect(page.locator('remote-token-tester .verdict')).toHaveText('The test could not run.');
	await expect(page.locator('remote-token-tester')).toContainText('refused this page');
	// The preflight was refused, so the browser stopped the POST itself: it was never answered.
	expect(answered).toEqual([]);
	expect(blocked).toHaveLength(1);
	expect(await callsWith(token)).toBe(0);
});

test('the embedded tester warns of a mismatch and switches environment in one click', async ({ page }) => {
	await page.goto(allowed.url);
	const tester = page.locator('remote-token-tester');
	await tester.getByRole('radio', { name: /Production/ }).check();
	await tester.getByLabel('Remote API token', { exact: true }).fill('ra_test_abcdefghijklmnop1234');
	await tester.getByRole('button', { name: 'Switch to Sandbox' }).click();
	await expect(tester.getByRole('radio', { name: /Sandbox/ })).toBeChecked();
});

test('the embedded tester has no serious accessibility violations', async ({ page }) => {
	await page.goto(allowed.url);
	await page.locator('remote-token-tester').getByLabel('Remote API token', { exact: true }).fill('ra_test_short');
	expect(await blockingViolations(page, { include: 'remote-token-tester' })).toEqual([]);
});

test('the embedding page shows a working live example and the snippet with this site’s addresses', async ({ page }) => {
	await page.goto('/embed/');
	await expect(page.locator('.expressive-code').first()).toContainText('<remote-token-tester');
	await expect(page.locator('.expressive-code').first()).toContainText('/embed/token-tester.js');
	await page.locator('.embed-example remote-token-tester').getByLabel('Remote API token', { exact: true }).fill(uniqueToken());
	await page.locator('.embed-example remote-token-tester').getByRole('button', { name: 'Test token' }).click();
	await expect(page.locator('.embed-example remote-token-tester .verdict')).toHaveText('Connected to Acme Sandbox Ltd — Sandbox');
});
