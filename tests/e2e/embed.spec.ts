import { expect, test, type Page } from '@playwright/test';
import { blockingViolations } from '../support/accessibility';
import { baseURL, embedAllowedPort, embedRefusedPort, fakeRemoteCallsUrl } from '../support/e2e-settings';
import { uniqueDemoToken, type FakeCall } from '../support/fake-remote';
import { testerWordsFor } from '../../src/i18n/tester-words';
import { connectedSandboxVerdict } from '../support/tester-events';
import { embeddedTester } from '../support/tester-fixtures';
import { serveStatic, type StaticServer } from '../support/static-server';

/** A partner's page on another origin, embedding the tester exactly as the docs say to. */
const hostPage = `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>Partner help center</title>
<script type="module" src="${baseURL}/embed/token-tester.js"></script>
<style>remote-token-tester { --rtt-accent: #0b7a5a; --rtt-radius: 2px; }</style></head>
<body><main><h1>Connect Remote</h1>
<remote-token-tester api="${baseURL}/api/connection-test" environment="sandbox"></remote-token-tester>
</main></body></html>`;

/**
 * A platform's own connect form on another origin, with the tester attached to its fields: the
 * page keeps Connect disabled until a `connected` verdict, and records every event it hears.
 */
const connectFormPage = (environmentControl: 'select' | 'radios') => `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>Acme Hub: connect Remote</title>
<script type="module" src="${baseURL}/embed/token-tester.js"></script></head>
<body><main><h1>Connect Remote</h1>
<form id="connect-remote">
  <label for="remote-token">API token</label>
  <input id="remote-token" name="token" type="password" autocomplete="off">
  ${
		environmentControl === 'select'
			? `<label for="remote-environment">Environment</label>
  <select id="remote-environment"><option value="production">Production</option><option value="sandbox">Sandbox</option></select>`
			: `<fieldset><legend>Environment</legend>
  <label><input type="radio" name="env" value="production" checked> Live</label>
  <label><input type="radio" name="env" value="sandbox"> Test</label></fieldset>`
	}
  <remote-token-tester for="remote-token" environment-select="${environmentControl === 'select' ? 'remote-environment' : 'env'}" api="${baseURL}/api/connection-test"></remote-token-tester>
  <button type="submit" disabled>Connect</button>
</form>
<script type="module">
  window.heard = [];
  const form = document.getElementById('connect-remote');
  const connect = form.querySelector('button[type=submit]');
  for (const type of ['precheck', 'verdict']) {
    document.addEventListener('remote-token-tester:' + type, (event) => window.heard.push({ type, detail: event.detail, target: event.target.localName }));
  }
  form.addEventListener('remote-token-tester:precheck', () => { connect.disabled = true; });
  form.addEventListener('remote-token-tester:verdict', (event) => { connect.disabled = event.detail.verdict !== 'connected'; });
  form.addEventListener('change', (event) => {
    if (event.target.id !== 'remote-token') window.heard.push({ type: 'host-change', value: event.target.value });
  });
</script>
</main></body></html>`;

// The host pages listen on fixed ports (one is in EMBED_ALLOWED_ORIGINS), so one worker runs this file.
test.describe.configure({ mode: 'serial' });

let allowed: StaticServer;
let refused: StaticServer;
test.beforeAll(async () => {
	allowed = await serveStatic('public', embedAllowedPort, {
		'/': hostPage,
		'/connect/': connectFormPage('select'),
		'/connect-radios/': connectFormPage('radios'),
		'/connect-field-only/': connectFormPage('select').replace(/environment-select="remote-environment"/, 'environment="production"'),
		'/fr/': hostPage.replace('<remote-token-tester ', '<remote-token-tester lang="fr" '),
		'/es/': hostPage.replace('<html lang="en">', '<html lang="es-ES">'),
	});
	refused = await serveStatic('public', embedRefusedPort, { '/': hostPage, '/connect/': connectFormPage('select') });
});
test.afterAll(async () => {
	await Promise.all([allowed.close(), refused.close()]);
});

const uniqueToken = () => uniqueDemoToken('connected');

/** How many calls the fake Remote received with `token`. */
async function callsWith(token: string): Promise<number> {
	const calls = (await (await fetch(fakeRemoteCallsUrl)).json()) as FakeCall[];
	return calls.filter((call) => call.token === token).length;
}

async function testToken(page: Page, token: string): Promise<void> {
	const tester = embeddedTester(page);
	await expect(tester.environment('Sandbox')).toBeChecked();
	await tester.token.fill(token);
	await expect(tester.root.getByText('Looks like a Sandbox token.')).toBeVisible();
	await tester.submit.click();
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

test.describe('attached to a platform’s own connect form, on another origin', () => {
	type Heard = { type: string; detail?: Record<string, unknown>; target?: string; value?: string };
	const heard = (page: Page) => page.evaluate(() => (window as unknown as { heard: Heard[] }).heard);

	test('it checks the host’s own field, tests once, and the host enables Connect on a connected verdict', async ({ page }) => {
		await page.goto(`${allowed.url}/connect/`);
		const tester = page.locator('remote-token-tester');
		// No field of its own: only feedback, Test and the result.
		await expect(tester.locator('input')).toHaveCount(0);
		await page.selectOption('#remote-environment', 'sandbox');
		const token = uniqueToken();
		await page.locator('#remote-token').fill(token);
		await expect(tester.getByText('Looks like a Sandbox token.')).toBeVisible();
		await expect(page.getByRole('button', { name: 'Connect' })).toBeDisabled();
		await tester.getByRole('button', { name: 'Test token' }).click();
		await expect(tester.locator('.verdict')).toHaveText('Connected to Acme Sandbox Ltd — Sandbox');
		await expect(page.getByRole('button', { name: 'Connect' })).toBeEnabled();
		expect(await callsWith(token)).toBe(1);

		const events = await heard(page);
		expect(events.filter((event) => event.type === 'precheck').at(-1)).toEqual({
			type: 'precheck',
			target: 'remote-token-tester',
			detail: { verdict: 'ok', environment: 'sandbox', detectedEnvironment: 'sandbox' },
		});
		expect(events.filter((event) => event.type === 'verdict')).toEqual([
			{
				type: 'verdict',
				target: 'remote-token-tester',
				detail: connectedSandboxVerdict,
			},
		]);
		// Not the token, whole or masked, in anything the page heard.
		expect(JSON.stringify(events)).not.toContain(token.slice(8));
		expect(JSON.stringify(events)).not.toContain('…');

		// A changed token makes the verdict stale: the host disables Connect again.
		await page.locator('#remote-token').fill(`${token}x`);
		await expect(page.getByRole('button', { name: 'Connect' })).toBeDisabled();
	});

	test('a mismatch is switched in the host’s own select, which hears the change', async ({ page }) => {
		await page.goto(`${allowed.url}/connect/`);
		await page.selectOption('#remote-environment', 'production');
		await page.locator('#remote-token').fill('ra_test_abcdefghijklmnop1234');
		const tester = page.locator('remote-token-tester');
		await expect(tester).toContainText('cannot work in Production');
		expect((await heard(page)).at(-1)).toMatchObject({ type: 'precheck', detail: { verdict: 'environment_mismatch' } });
		await tester.getByRole('button', { name: 'Switch to Sandbox' }).click();
		await expect(page.locator('#remote-environment')).toHaveValue('sandbox');
		await expect(page.locator('#remote-environment')).toBeFocused();
		expect(await heard(page)).toContainEqual({ type: 'host-change', value: 'sandbox' });
		await expect(tester.getByText('Looks like a Sandbox token.')).toBeVisible();
	});

	test('a radio group named in environment-select works the same way', async ({ page }) => {
		await page.goto(`${allowed.url}/connect-radios/`);
		await page.locator('#remote-token').fill('ra_test_abcdefghijklmnop1234');
		const tester = page.locator('remote-token-tester');
		await expect(tester).toContainText('cannot work in Production');
		await tester.getByRole('button', { name: 'Switch to Sandbox' }).click();
		await expect(page.getByRole('radio', { name: 'Test' })).toBeChecked();
		await page.getByRole('radio', { name: 'Live' }).check();
		await expect(tester).toContainText('cannot work in Production');
	});

	test('attached to a token field alone, a mismatch is switched in the tester, and Test is next', async ({ page }) => {
		await page.goto(`${allowed.url}/connect-field-only/`);
		await page.locator('#remote-token').fill('ra_test_abcdefghijklmnop1234');
		const tester = page.locator('remote-token-tester');
		await expect(tester).toContainText('cannot work in Production');
		await tester.getByRole('button', { name: 'Switch to Sandbox' }).click();
		await expect(tester.getByText('Looks like a Sandbox token.')).toBeVisible();
		await expect(tester.getByRole('button', { name: 'Test token' })).toBeFocused();
		// The host's own select was not the tester's to change.
		await expect(page.locator('#remote-environment')).toHaveValue('production');
	});

	test('a refused test is an error event, and Connect stays disabled', async ({ page }) => {
		await page.goto(`${refused.url}/connect/`);
		await page.selectOption('#remote-environment', 'sandbox');
		const token = uniqueToken();
		await page.locator('#remote-token').fill(token);
		await page.locator('remote-token-tester').getByRole('button', { name: 'Test token' }).click();
		await expect(page.locator('remote-token-tester .verdict')).toHaveText('The test could not run.');
		expect((await heard(page)).at(-1)).toMatchObject({ type: 'verdict', detail: { verdict: 'error', error: 'unreachable' } });
		await expect(page.getByRole('button', { name: 'Connect' })).toBeDisabled();
		expect(await callsWith(token)).toBe(0);
	});

	test('the attached tester has no serious accessibility violations', async ({ page }) => {
		await page.goto(`${allowed.url}/connect/`);
		await page.locator('#remote-token').fill('ra_test_short');
		expect(await blockingViolations(page, { include: 'remote-token-tester' })).toEqual([]);
	});
});

test('the embedding page shows a complete connect form, attached and listening, that stops before saving anything', async ({ page }) => {
	await page.goto('/embed/');
	const example = page.locator('.connect-example');
	await expect(page.getByText('environment-select="remote-environment"').first()).toBeVisible();
	await example.getByLabel('Remote API token', { exact: true }).fill(uniqueToken());
	await example.getByLabel('Environment').selectOption('sandbox');
	await expect(example.getByRole('button', { name: 'Connect' })).toBeDisabled();
	await example.getByRole('button', { name: 'Test token' }).click();
	await expect(example.locator('remote-token-tester .verdict')).toHaveText('Connected to Acme Sandbox Ltd — Sandbox');
	await example.getByRole('button', { name: 'Connect' }).click();
	await expect(example.getByRole('status')).toContainText('nothing was saved or sent');
	// Copied as it is, the form can never put the token in a URL: it posts, its token field has no
	// name for the browser to submit, and Connect never navigated.
	expect(await example.locator('form').getAttribute('method')).toBe('post');
	expect(await example.getByLabel('Remote API token', { exact: true }).getAttribute('name')).toBeNull();
	expect(new URL(page.url()).pathname + new URL(page.url()).search).toBe('/embed/');
});

test('the element’s types are served beside its script, for other origins too', async ({ request }) => {
	const response = await request.get('/embed/token-tester.d.ts');
	expect(response.status()).toBe(200);
	expect(response.headers()['content-type']).toBe('text/plain; charset=utf-8');
	expect(response.headers()['access-control-allow-origin']).toBe('*');
	const types = await response.text();
	for (const declared of [
		"'remote-token-tester': RemoteTokenTesterElement",
		"'remote-token-tester:verdict'",
		"'remote-token-tester:precheck'",
		'HTMLElementTagNameMap',
	])
		expect(types).toContain(declared);
});

test('lang="fr" speaks French and fetches the French words alone; without lang, the host page’s language', async ({ page }) => {
	const fetched: string[] = [];
	page.on('request', (request) => {
		if (request.url().includes('/embed/words/')) fetched.push(new URL(request.url()).pathname);
	});
	await page.goto(`${allowed.url}/fr/`);
	const french = testerWordsFor('fr');
	const tester = page.locator('remote-token-tester');
	await expect(tester.getByRole('button', { name: french.ui.test })).toBeVisible();
	await tester.getByLabel(french.ui.tokenLabel, { exact: true }).fill(uniqueDemoToken('revoked'));
	await tester.getByRole('button', { name: french.ui.test }).click();
	await expect(tester.locator('.verdict')).toHaveText(french.summaries.unauthorized.replace('{environment}', french.environments.sandbox));
	await expect(tester.locator('a[href*="/fr/troubleshooting/#revoked-or-mistyped-token"]')).toBeVisible();
	expect(fetched).toEqual(['/embed/words/fr.js']);

	await page.goto(`${allowed.url}/es/`);
	await expect(page.locator('remote-token-tester').getByRole('button', { name: testerWordsFor('es').ui.test })).toBeVisible();
});
