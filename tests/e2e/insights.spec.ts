import { expect, test, type APIRequestContext } from '@playwright/test';
import { blockingViolations } from '../support/accessibility';
import { e2eInsightsToken } from '../support/e2e-settings';
import { watchForProblems } from '../support/page-problems';

/**
 * The insights dashboard in a real browser: signing in with the token, then the figures that this
 * test's own tests and answers produced, for a brand no other test writes to (larkspur's copy has
 * no tester, so nothing else counts under it), readable in both themes, without a CSP violation.
 */

const brand = 'larkspur';
// One worker, one set of figures: the tests below read what beforeAll produced, exactly once.
test.describe.configure({ mode: 'serial' });
const verdictOf = async (request: APIRequestContext, token: string, page: string) =>
	(await (await request.post('/api/connection-test', { data: { token, page, brand } })).json()).verdict as string;

test.beforeAll(async ({ request }) => {
	const verdicts = await Promise.all([
		verdictOf(request, 'ra_test_demo_connected_4f1c9a27b3', 'environments'),
		verdictOf(request, 'ra_test_demo_connected_4f1c9a27b3', 'link-account'),
		verdictOf(request, 'ra_test_demo_revoked_0000000000aa', 'link-account'),
		verdictOf(request, 'ra_live_demo_connected_8d2e6b10c5', 'environments'),
	]);
	expect(verdicts.sort()).toEqual(['connected', 'connected', 'connected', 'unauthorized']);
	for (const answer of [
		{ page: 'troubleshooting', helpful: false, comment: 'Nothing about the <em>403</em> I got.' },
		{ page: 'troubleshooting', helpful: false },
		{ page: 'environments', helpful: true },
	])
		expect((await request.post('/api/feedback', { data: { ...answer, brand } })).status()).toBe(202);
});

test('after signing in, the dashboard shows the figures these tests produced, readable in either theme', async ({ page }) => {
	const problems = await watchForProblems(page);
	await page.goto('/insights/');
	await expect(page.getByRole('heading', { name: 'Insights', level: 1 })).toBeVisible();
	await page.getByLabel('Insights token').fill(e2eInsightsToken);
	await page.getByLabel('Insights token').press('Enter');
	await expect(page.getByRole('heading', { name: 'Connection tests' })).toBeVisible();

	// The brand and the period come from the form, as an operator picks them.
	await page.getByRole('combobox', { name: /^Brand/ }).selectOption(brand);
	await page.getByRole('button', { name: 'Show' }).click();
	await expect(page).toHaveURL(/brand=larkspur/);

	const figures = page.locator('.figures').first();
	await expect(figures.getByText('Tests', { exact: true }).locator('..')).toContainText('4');
	await expect(figures).toContainText('75%');
	const verdicts = page.getByRole('table', { name: /Verdicts/ });
	await expect(verdicts.getByRole('row', { name: /Connected/ })).toContainText('3');
	await expect(verdicts.getByRole('row', { name: /Connected/ })).toContainText('75%');
	await expect(verdicts.getByRole('row', { name: /Unauthorized/ })).toContainText('25%');
	// The chart is an image described by its caption; its figures are in a table too.
	await expect(page.getByRole('img', { name: /Tests per day/ })).toBeVisible();
	await page.getByText('Tests per day as a table').click();
	await expect(page.getByRole('table', { name: 'Tests per day, by verdict' })).toBeVisible();

	const guides = page.getByRole('table', { name: /Answers per guide/ });
	await expect(guides.getByRole('row', { name: /troubleshooting/ })).toContainText('0');
	await expect(guides.getByRole('row', { name: /troubleshooting/ })).toContainText('2');
	await expect(page.locator('.most-no')).toContainText('/troubleshooting/: 2 of 2 said no');
	// A reader's markup is shown as the text they typed.
	await expect(page.locator('.comments blockquote')).toHaveText('Nothing about the <em>403</em> I got.');

	for (const colorScheme of ['light', 'dark'] as const) {
		await page.emulateMedia({ colorScheme });
		expect(await blockingViolations(page), colorScheme).toEqual([]);
	}
	expect(problems).toEqual([]);
});

test('the CSV download holds the same figures', async ({ page }) => {
	await page.goto('/insights/');
	await page.getByLabel('Insights token').fill(e2eInsightsToken);
	await page.getByRole('button', { name: 'Sign in' }).click();
	await page.goto(`/insights/?brand=${brand}`);
	const download = page.waitForEvent('download');
	await page.getByRole('link', { name: 'CSV' }).click();
	const file = await (await download).path();
	const { readFileSync } = await import('node:fs');
	const csv = readFileSync(file, 'utf8');
	expect(csv).toContain(`"verdict_share",,"${brand}",,"connected","3","0.75"`);
	expect(csv).toContain(`"guide_feedback",,"${brand}","troubleshooting",,"2","0",,"0","2",`);
});

test('a wrong token is refused and said so, and the keyboard reaches everything', async ({ page }) => {
	await page.goto('/insights/');
	// The one field the page asks for has the focus at once.
	await expect(page.getByLabel('Insights token')).toBeFocused();
	await page.keyboard.type('not-the-token');
	await page.keyboard.press('Enter');
	await expect(page.getByRole('alert')).toHaveText('That is not the insights token.');
	await expect(page.getByLabel('Insights token')).toHaveAttribute('aria-invalid', 'true');
	await page.keyboard.press('Tab');
	await expect(page.getByRole('button', { name: 'Sign in' })).toBeFocused();
	expect(await blockingViolations(page)).toEqual([]);
});
