import type { Page } from '@playwright/test';
import { blockingViolations } from '../support/accessibility';
import { demoTokens, type DemoBehaviour } from '../../src/lib/shared/demo-tokens';
import { uniqueDemoToken } from '../support/fake-remote';
import { expect, pageTester, test } from '../support/tester-fixtures';

/** The page's tester, as the fixture gives it, for helpers that only have the page. */
const tester = (page: Page) => pageTester(page).root;
const tokenField = (page: Page) => pageTester(page).token;
const feedback = (page: Page) => pageTester(page).feedback;
const verdict = (page: Page) => pageTester(page).verdict;
const environmentChoice = (page: Page, name: 'Production' | 'Sandbox') => pageTester(page).environment(name);

const demoToken = (behaviour: DemoBehaviour) => uniqueDemoToken(behaviour);

/** Counts requests the page makes to the API route. */
function watchApiRequests(page: Page): string[] {
	const requests: string[] = [];
	page.on('request', (request) => {
		if (request.url().includes('/api/')) requests.push(request.url());
	});
	return requests;
}

test.beforeEach(async ({ page, javaScriptEnabled }) => {
	if (!javaScriptEnabled) return;
	await page.goto('/environments/');
	// The script enables the form once it runs; until then its controls are disabled.
	await expect(tokenField(page)).toBeEnabled();
});

test.describe('as the reader types (no request)', () => {
	test('names the environment a prefix belongs to', async ({ page }) => {
		const requests = watchApiRequests(page);
		await tokenField(page).fill('ra_live_abcdefghijklmnop1234');
		await expect(feedback(page)).toContainText('Looks like a Production token');
		await tokenField(page).fill('sk_live_51Habcdefghijklmnopqrstuv');
		await expect(feedback(page)).toContainText('looks like a Stripe API key');
		await tokenField(page).fill('RA_LIVE_abcdefghijklmnop1234');
		await expect(feedback(page)).toContainText('in capitals');
		await tokenField(page).fill('ra_test_abcdefgh\u200bijklmnop1234');
		await expect(feedback(page)).toContainText('zero-width space');
		expect(requests).toEqual([]);
	});

	test('says what paste hygiene removed', async ({ page }) => {
		await environmentChoice(page, 'Sandbox').check();
		await tokenField(page).fill('  Bearer "ra_test_abcdefghijklmnop1234"\n');
		await expect(feedback(page)).toContainText('Removed “Bearer ”');
		await expect(feedback(page)).toContainText('Removed the quotation marks');
		await expect(feedback(page)).toContainText('Removed spaces or line breaks');
		await expect(feedback(page)).toContainText('Looks like a Sandbox token');
	});

	test('a first paste follows the token’s prefix, so it is never greeted with a mismatch', async ({ page }) => {
		await expect(environmentChoice(page, 'Production')).toBeChecked();
		await tokenField(page).fill('ra_test_abcdefghijklmnop1234');
		await expect(environmentChoice(page, 'Sandbox')).toBeChecked();
		await expect(feedback(page)).toContainText('Looks like a Sandbox token');
		await expect(feedback(page)).not.toContainText('cannot work');
		await tokenField(page).fill('ra_live_abcdefghijklmnop1234');
		await expect(environmentChoice(page, 'Production')).toBeChecked();
		await expect(feedback(page)).toContainText('Looks like a Production token');
	});

	test('once the reader picks an environment, a mismatch is warned of and switched in one click', async ({ page }) => {
		// A click on the environment already selected is a pick too.
		await environmentChoice(page, 'Production').click();
		await tokenField(page).fill('ra_test_abcdefghijklmnop1234');
		await expect(environmentChoice(page, 'Production')).toBeChecked();
		await expect(feedback(page)).toContainText('cannot work in Production');
		await tester(page).getByRole('button', { name: 'Switch to Sandbox' }).click();
		await expect(environmentChoice(page, 'Sandbox')).toBeChecked();
		await expect(environmentChoice(page, 'Sandbox')).toBeFocused();
		await expect(feedback(page)).not.toContainText('cannot work');
		await expect(feedback(page)).toContainText('Looks like a Sandbox token');
	});

	test('the token field is a password field that can be shown and hidden', async ({ page }) => {
		const field = tokenField(page);
		for (const [attribute, value] of [
			['type', 'password'],
			['autocomplete', 'off'],
			['spellcheck', 'false'],
			['autocapitalize', 'off'],
		]) {
			await expect(field).toHaveAttribute(attribute!, value!);
		}
		await tester(page).getByRole('button', { name: 'Show token' }).click();
		await expect(field).toHaveAttribute('type', 'text');
		await tester(page).getByRole('button', { name: 'Hide token' }).click();
		await expect(field).toHaveAttribute('type', 'password');
	});
});

test.describe('after Test', () => {
	const liveCases: Array<[DemoBehaviour, 'Production' | 'Sandbox', RegExp, string]> = [
		['connected', 'Sandbox', /^Connected to Acme Sandbox Ltd — Sandbox$/, '/link-account/'],
		['revoked', 'Sandbox', /^Remote rejected the token/, '/troubleshooting/#revoked-or-mistyped-token'],
		['forbidden', 'Sandbox', /refused access/, '/troubleshooting/#remote-refused-the-check'],
		['server_error', 'Sandbox', /could not be used/, '/troubleshooting/#remote-is-unavailable'],
		['malformed', 'Sandbox', /could not be used/, '/troubleshooting/#an-unexpected-answer'],
		['reset', 'Sandbox', /could not be reached/, '/troubleshooting/#remote-could-not-be-reached'],
		['slow', 'Sandbox', /did not answer in time/, '/troubleshooting/#remote-did-not-answer-in-time'],
		// Last: a rate-limited answer holds the Test button until Remote's retry time has passed.
		['rate_limited', 'Sandbox', /rate limit/, '/troubleshooting/#rate-limited'],
	];
	// One page, one verdict after another, as a reader who tries token after token sees them.
	test(`shows each verdict with its next step: ${liveCases.map(([behaviour]) => behaviour).join(', ')}`, async ({
		page,
		fakeCallsWith,
	}) => {
		test.setTimeout(60_000);
		for (const [behaviour, environment, expected, nextStep] of liveCases) {
			await test.step(behaviour, async () => {
				const token = demoToken(behaviour);
				await environmentChoice(page, environment).check();
				await tokenField(page).fill(token);
				await tester(page).getByRole('button', { name: 'Test token' }).click();
				await expect(verdict(page)).toHaveText(expected);
				await expect(verdict(page)).toBeFocused();
				await expect(tester(page).locator(`.tt-result a[href="${nextStep}"]`)).toBeVisible();
				await expect(tester(page).locator('.tt-result')).not.toContainText(token);
				expect(await fakeCallsWith(token)).toHaveLength(1);
			});
		}
	});

	test('a production token is accepted by the production gateway only', async ({ page, fakeCallsWith }) => {
		const token = demoTokens.find((demo) => demo.environment === 'production')!.token + '_p' + Date.now();
		await tokenField(page).fill(token);
		await tester(page).getByRole('button', { name: 'Test token' }).click();
		await expect(verdict(page)).toHaveText('Connected to Acme Ltd — Production');
		await expect(tester(page).locator('.tt-meta')).toContainText(/Remote answered 201 · \d+ ms/);
		expect((await fakeCallsWith(token)).map((call) => call.gateway)).toEqual(['production']);
	});

	test('the rate-limited verdict says when to try again', async ({ page }) => {
		await environmentChoice(page, 'Sandbox').check();
		await tokenField(page).fill(demoToken('rate_limited'));
		await tester(page).getByRole('button', { name: 'Test token' }).click();
		await expect(tester(page).locator('.tt-result')).toContainText('You can test again in 42 seconds.');
	});

	test('format and environment failures are shown without sending the token', async ({ page }) => {
		const requests = watchApiRequests(page);
		await environmentChoice(page, 'Production').click();
		await tokenField(page).fill('ra_test_short');
		await tester(page).getByRole('button', { name: 'Test token' }).click();
		await expect(verdict(page)).toHaveText('This does not look like a valid Remote API token.');
		await tokenField(page).fill('ra_test_abcdefghijklmnop1234');
		await tester(page).getByRole('button', { name: 'Test token' }).click();
		await expect(verdict(page)).toHaveText('The token belongs to the other environment.');
		await expect(tester(page).locator('.tt-result a[href="/troubleshooting/#wrong-environment"]')).toBeVisible();
		expect(requests).toEqual([]);
	});

	test('while waiting it shows a busy state and cannot be submitted twice', async ({ page }) => {
		const requests = watchApiRequests(page);
		await environmentChoice(page, 'Sandbox').check();
		await tokenField(page).fill(demoToken('slow'));
		const button = tester(page).getByRole('button', { name: 'Test token' });
		await button.click();
		const busy = tester(page).getByRole('button', { name: 'Testing…' });
		await expect(busy).toHaveAttribute('aria-disabled', 'true');
		// A reader clicking again, or pressing Enter, while the test runs (force: the button is aria-disabled).
		await busy.click({ force: true });
		await tokenField(page).press('Enter');
		await expect(verdict(page)).toHaveText(/did not answer in time/);
		await expect(tester(page).getByRole('button', { name: 'Test token' })).toHaveAttribute('aria-disabled', 'false');
		expect(requests).toHaveLength(1);
	});
});

test('works with the keyboard alone', async ({ page }) => {
	const token = demoToken('connected');
	await tokenField(page).focus();
	await page.keyboard.type(token);
	await page.keyboard.press('Tab');
	await expect(tester(page).getByRole('button', { name: 'Show token' })).toBeFocused();
	// The environment followed the Sandbox prefix; Tab enters the group on the selected choice.
	await page.keyboard.press('Tab');
	await expect(environmentChoice(page, 'Sandbox')).toBeFocused();
	await expect(environmentChoice(page, 'Sandbox')).toBeChecked();
	await page.keyboard.press('ArrowLeft');
	await expect(environmentChoice(page, 'Production')).toBeChecked();
	await expect(feedback(page)).toContainText('cannot work in Production');
	await page.keyboard.press('ArrowRight');
	await expect(environmentChoice(page, 'Sandbox')).toBeChecked();
	await page.keyboard.press('Tab');
	await expect(tester(page).getByRole('button', { name: 'Test token' })).toBeFocused();
	await page.keyboard.press('Enter');
	await expect(verdict(page)).toHaveText('Connected to Acme Sandbox Ltd — Sandbox');
	await expect(verdict(page)).toBeFocused();
});

test('the terminal alternative shows the selected environment’s command, prints the status only, and never the typed token', async ({
	page,
}) => {
	const token = demoToken('connected');
	await tester(page).getByText('Test from your terminal instead').click();
	const visibleCommand = tester(page).locator('.tt-command:visible pre');
	await expect(visibleCommand).toHaveCount(1);
	await expect(visibleCommand).toContainText('https://gateway.remote.com/v1/identity/current');
	// The Sandbox token moves the tester, and its command, to Sandbox.
	await tokenField(page).fill(token);
	await expect(visibleCommand).toContainText('https://gateway.remote-sandbox.com/v1/identity/current');
	await expect(visibleCommand).toContainText('Authorization: Bearer $REMOTE_API_TOKEN');
	await expect(visibleCommand).toContainText("-o /dev/null -w 'HTTP status: %{http_code}");
	await expect(tester(page)).not.toContainText(token);
});

test('a verdict is cleared as soon as the token or the environment changes', async ({ page }) => {
	await environmentChoice(page, 'Sandbox').check();
	await tokenField(page).fill(demoToken('revoked'));
	await tester(page).getByRole('button', { name: 'Test token' }).click();
	await expect(verdict(page)).toBeVisible();
	await environmentChoice(page, 'Production').check();
	await expect(verdict(page)).toHaveCount(0);
	await expect(tester(page).locator('.tt-result')).toHaveAttribute('aria-live', 'polite');
});

test('fits a phone screen', async ({ page }) => {
	await page.setViewportSize({ width: 360, height: 740 });
	await tokenField(page).fill(demoToken('connected'));
	await environmentChoice(page, 'Sandbox').check();
	await tester(page).getByRole('button', { name: 'Test token' }).click();
	await expect(verdict(page)).toBeVisible();
	const overflow = await tester(page).evaluate((element) => element.scrollWidth - element.clientWidth);
	expect(overflow).toBeLessThanOrEqual(0);
});

test('has no serious accessibility violations with a result shown, in either theme', async ({ page }) => {
	await tokenField(page).fill('ra_test_abcdefghijklmnop1234');
	await tester(page).getByRole('button', { name: 'Test token' }).click();
	await expect(verdict(page)).toBeVisible();
	for (const theme of ['light', 'dark'] as const) {
		await page.emulateMedia({ colorScheme: theme });
		await expect(page.locator('html')).toHaveAttribute('data-theme', theme);
		expect(await blockingViolations(page, { include: 'token-tester' }), theme).toEqual([]);
	}
});

test.describe('without JavaScript', () => {
	test.use({ javaScriptEnabled: false });

	test('the form stays disabled, says why, and offers the terminal instead', async ({ page }) => {
		await page.goto('/environments/');
		await expect(tokenField(page)).toBeDisabled();
		await expect(tester(page).getByRole('button', { name: 'Test token' })).toBeDisabled();
		await expect(tester(page).locator('.tt-noscript')).toContainText('needs JavaScript');
		await expect(tester(page).locator('.tt-terminal')).toContainText('$REMOTE_API_TOKEN');
	});
});
