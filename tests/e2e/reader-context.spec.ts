import { expect, test, type Page } from '@playwright/test';
import { uniqueDemoToken } from '../support/fake-remote';
import { baseURL } from '../support/e2e-settings';
import { connectedSandboxVerdict } from '../support/tester-events';
import { serveStatic, type StaticServer } from '../support/static-server';

/**
 * What a platform tells the guides when it sends a reader: `?environment=` and `?return=`. Kept
 * for the visit, out of the address bar, and a way back only to the brand's `returnOrigins`
 * (the acme export lists https://app.acme.example; the house brand lists none).
 */

const sandboxNote = (page: Page) => page.getByText('sent you here for Sandbox');
const productionNote = (page: Page) => page.getByText('sent you here for Production');
const backLink = (page: Page) => page.getByRole('link', { name: /^Back to / });
const connectedToken = () => uniqueDemoToken('connected');

test.describe('on this help center', () => {
	test('?environment= preselects the tester and keeps it, and its wording follows the reader to other guides', async ({ page }) => {
		await page.goto('/environments/?environment=sandbox#check-your-token');
		// Out of the address bar at once, the anchor kept.
		await expect(page).toHaveURL(`${baseURL}/environments/#check-your-token`);
		const tester = page.locator('token-tester');
		await expect(tester.getByRole('radio', { name: /^Sandbox/ })).toBeChecked();
		// The platform's environment is kept, as a pick: a Production token is a mismatch, not followed.
		await tester.getByLabel('Remote API token').fill('ra_live_abcdefghijklmnop1234');
		await expect(tester.getByRole('radio', { name: /^Sandbox/ })).toBeChecked();
		await expect(tester.locator('.tt-feedback')).toContainText('cannot work in Sandbox');

		await page.getByRole('link', { name: 'Link your account' }).first().click();
		await expect(page).toHaveURL(`${baseURL}/link-account/`);
		await expect(sandboxNote(page)).toBeVisible();
		await expect(productionNote(page)).toBeHidden();
	});

	test('an environment that is not one is ignored', async ({ page }) => {
		await page.goto('/link-account/?environment=staging');
		await expect(page).toHaveURL(`${baseURL}/link-account/`);
		await expect(sandboxNote(page)).toBeHidden();
		await expect(productionNote(page)).toBeHidden();
	});

	test('a brand with no return origins offers no way back, whatever the URL says', async ({ page }) => {
		await page.goto(`/link-account/?return=${encodeURIComponent(`${baseURL}/`)}`);
		await expect(page).toHaveURL(`${baseURL}/link-account/`);
		await expect(backLink(page)).toBeHidden();
	});

	test('the in-page tester dispatches the same events as the embed, without the token', async ({ page }) => {
		await page.goto('/environments/');
		await page.evaluate(() => {
			const heard: unknown[] = [];
			(window as unknown as { heard: unknown[] }).heard = heard;
			for (const type of ['precheck', 'verdict'])
				document.addEventListener(`remote-token-tester:${type}`, (event) => heard.push({ type, detail: (event as CustomEvent).detail }));
		});
		const token = connectedToken();
		const tester = page.locator('token-tester');
		await tester.getByLabel('Remote API token').fill(token);
		await tester.getByRole('button', { name: 'Test token' }).click();
		await expect(tester.locator('.tt-verdict')).toHaveText('Connected to Acme Sandbox Ltd — Sandbox');
		const heard = await page.evaluate(() => (window as unknown as { heard: unknown[] }).heard);
		expect(heard).toEqual([
			{ type: 'precheck', detail: { verdict: 'ok', environment: 'sandbox', detectedEnvironment: 'sandbox' } },
			{
				type: 'verdict',
				detail: connectedSandboxVerdict,
			},
		]);
		expect(JSON.stringify(heard)).not.toContain(token.slice(8));
	});
});

test.describe('on a partner’s export that lists its platform’s origin', () => {
	let acme: StaticServer;
	test.beforeAll(async () => {
		acme = await serveStatic('exports/acme');
	});
	test.afterAll(() => acme.close());

	const platformUrl = 'https://app.acme.example/connections/remote?step=token';

	test('?return= on the listed origin leads back from the end of /link-account/, on every later visit too', async ({ page }) => {
		await page.goto(`${acme.url}/link-account/?return=${encodeURIComponent(platformUrl)}&environment=production`);
		await expect(page).toHaveURL(`${acme.url}/link-account/`);
		await expect(backLink(page)).toHaveText('Back to Acme Hub');
		await expect(backLink(page)).toHaveAttribute('href', platformUrl);
		await expect(productionNote(page)).toBeVisible();
		// Another guide, then back: the way back was kept for the visit.
		await page.goto(`${acme.url}/troubleshooting/`);
		await page.goto(`${acme.url}/link-account/`);
		await expect(backLink(page)).toHaveAttribute('href', platformUrl);
	});

	test('?return= to anywhere else is ignored: another site, a lookalike host, http, javascript:, a relative URL', async ({ page }) => {
		// One visit after another: none is kept, so none can stand in for the next.
		for (const [what, returnUrl] of [
			['another site', 'https://evil.example/phish'],
			['a lookalike host', 'https://app.acme.example.evil.example/'],
			['the listed host over http', 'http://app.acme.example/connections/remote'],
			['a javascript: URL', 'javascript:alert(document.domain)'],
			['a relative URL', '//evil.example/'],
		] as const) {
			await test.step(what, async () => {
				await page.goto(`${acme.url}/link-account/?return=${encodeURIComponent(returnUrl)}`);
				await expect(page).toHaveURL(`${acme.url}/link-account/`);
				await expect(backLink(page), what).toBeHidden();
				await expect(page.locator('a[data-return-link]'), what).not.toHaveAttribute('href', returnUrl);
			});
		}
	});

	test('a later ?return= that is not acceptable takes back the one kept', async ({ page }) => {
		await page.goto(`${acme.url}/link-account/?return=${encodeURIComponent(platformUrl)}`);
		await expect(backLink(page)).toBeVisible();
		await page.goto(`${acme.url}/link-account/?return=${encodeURIComponent('https://evil.example/')}`);
		await expect(backLink(page)).toBeHidden();
	});

	/**
	 * The export's tester calls the brand's hosted route; here that is this run's own server, reached
	 * through the browser's network layer (as a CORS-enabled host would answer).
	 */
	async function routeBrandApiToThisRun(page: Page) {
		await page.route('https://connect.acme.example/api/connection-test', async (route) => {
			const cors = { 'access-control-allow-origin': acme.url, 'access-control-allow-headers': 'content-type' };
			if (route.request().method() === 'OPTIONS') return route.fulfill({ status: 204, headers: cors });
			const answer = await fetch(`${baseURL}/api/connection-test`, {
				method: 'POST',
				headers: { 'Content-Type': 'application/json' },
				body: route.request().postData()!,
			});
			return route.fulfill({ status: answer.status, headers: { ...cors, 'content-type': 'application/json' }, body: await answer.text() });
		});
	}

	/** Tests a connected demo token in the page's tester and waits for its verdict. */
	async function testConnectedToken(page: Page) {
		const tester = page.locator('token-tester');
		await tester.getByLabel('Remote API token').fill(connectedToken());
		await tester.getByRole('button', { name: 'Test token' }).click();
		await expect(tester.locator('.tt-verdict')).toHaveText('Connected to Acme Sandbox Ltd — Sandbox');
		return tester;
	}

	test('after a connected verdict, the tester leads back too', async ({ page }) => {
		await routeBrandApiToThisRun(page);
		await page.goto(`${acme.url}/environments/?return=${encodeURIComponent(platformUrl)}`);
		const tester = await testConnectedToken(page);
		await expect(tester.getByRole('link', { name: 'Back to Acme Hub' })).toHaveAttribute('href', platformUrl);
	});

	test('without ?return=, a connected verdict offers no way back', async ({ page }) => {
		await routeBrandApiToThisRun(page);
		await page.goto(`${acme.url}/environments/`);
		const tester = await testConnectedToken(page);
		await expect(tester.getByRole('link', { name: /^Back to/ })).toHaveCount(0);
		await expect(backLink(page)).toBeHidden();
	});
});
