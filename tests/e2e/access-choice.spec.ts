import { expect, test, type Page } from '@playwright/test';
import { blockingViolations } from '../support/accessibility';

/**
 * On the house brand, which declares no `uses`, the reader says on /generate-token/ what the
 * connection is for, and the page shows the matching endpoint collection, in its section and in
 * the step that selects it.
 */
const question = (page: Page) => page.getByRole('group', { name: 'What will the Hub do with your Remote data?' });
const readOnly = (page: Page) => page.getByRole('radio', { name: 'Only read data' });
const alsoWrite = (page: Page) => page.getByRole('radio', { name: 'Also create or change data' });
const readOption = (page: Page) => page.locator('.access-option[data-access-when~="read"]');
const writeOption = (page: Page) => page.locator('.access-option[data-access-when~="write"]');
/** Step 5 of "Create the token", where the collection is selected. */
const collectionStep = (page: Page) => page.locator('.sl-steps > li').filter({ hasText: 'Endpoint collections' });

async function expectAnswer(page: Page, answer: 'read' | 'write') {
	const [shown, hidden] = answer === 'read' ? [readOption(page), writeOption(page)] : [writeOption(page), readOption(page)];
	await expect(shown).toBeVisible();
	await expect(hidden).toBeHidden();
	await expect(collectionStep(page)).toContainText(`select ${answer === 'read' ? 'Read Only' : 'Full Access'}.`, { useInnerText: true });
	await expect(collectionStep(page)).not.toContainText(answer === 'read' ? 'Full Access' : 'Read Only', { useInnerText: true });
	await expect(page).toHaveURL(new RegExp(`[?&]access=${answer}(&|#|$)`));
}

test('before any answer both options show, each with when it fits, and the step names both', async ({ page }) => {
	await page.goto('/generate-token/');
	await expect(question(page)).toBeVisible();
	await expect(readOnly(page)).not.toBeChecked();
	await expect(alsoWrite(page)).not.toBeChecked();
	await expect(readOption(page)).toContainText('If the Hub only reads data from Remote, select Read Only.');
	await expect(writeOption(page)).toContainText('If the Hub also creates or changes data in Remote, select Full Access.');
	await expect(collectionStep(page)).toContainText(
		'select Read Only if the Hub only reads data, or Full Access if it also creates or changes data.',
		{ useInnerText: true },
	);
});

test('with the mouse: one collection here and in the steps, the time-off rule with writing, the answer in the address', async ({
	page,
}) => {
	await page.goto('/generate-token/');
	await alsoWrite(page).click();
	await expectAnswer(page, 'write');
	await expect(writeOption(page).locator('.starlight-aside')).toContainText('Time off arrives in Remote already approved');
	await readOnly(page).click();
	await expectAnswer(page, 'read');
});

test('with the keyboard alone', async ({ page }) => {
	await page.goto('/generate-token/');
	// The question comes right after the section's text: Tab reaches its first choice.
	await page.locator('#choose-the-access-level').scrollIntoViewIfNeeded();
	await page.locator('a.sl-anchor-link[href="#choose-the-access-level"]').focus();
	await page.keyboard.press('Tab');
	await expect(readOnly(page)).toBeFocused();
	await page.keyboard.press('Space');
	await expectAnswer(page, 'read');
	await page.keyboard.press('ArrowRight');
	await expect(alsoWrite(page)).toBeChecked();
	await expectAnswer(page, 'write');
});

test('a link with ?access= opens with that answer, and anything else is ignored', async ({ page }) => {
	await page.goto('/generate-token/?access=write#choose-the-access-level');
	await expect(alsoWrite(page)).toBeChecked();
	await expectAnswer(page, 'write');
	await expect(page).toHaveURL(/#choose-the-access-level$/);
	await page.goto('/generate-token/?access=read');
	await expect(readOnly(page)).toBeChecked();
	await expectAnswer(page, 'read');
	await page.goto('/generate-token/?access=admin');
	await expect(readOnly(page)).not.toBeChecked();
	await expect(alsoWrite(page)).not.toBeChecked();
	await expect(readOption(page)).toBeVisible();
	await expect(writeOption(page)).toBeVisible();
});

test('the answer is kept nowhere but the page’s address', async ({ page, context }) => {
	await page.goto('/generate-token/');
	await alsoWrite(page).click();
	await expectAnswer(page, 'write');
	// Starlight keeps the reader's theme in localStorage; nothing else is stored.
	expect(
		await page.evaluate(() => [
			Object.keys(localStorage).filter((key) => key !== 'starlight-theme'),
			sessionStorage.length,
			document.cookie,
		]),
	).toEqual([[], 0, '']);
	expect(await context.cookies()).toEqual([]);
	await page.goto('/generate-token/');
	await expect(alsoWrite(page)).not.toBeChecked();
	await expect(readOption(page)).toBeVisible();
});

test('has no serious accessibility violations with an answer shown, in either theme', async ({ page }) => {
	await page.goto('/generate-token/?access=write');
	await expectAnswer(page, 'write');
	for (const theme of ['light', 'dark'] as const) {
		await page.emulateMedia({ colorScheme: theme });
		await expect(page.locator('html')).toHaveAttribute('data-theme', theme);
		expect(await blockingViolations(page, { include: '.sl-markdown-content' }), theme).toEqual([]);
	}
});

test('the question is in place from the first paint: nothing in the guide moves when its script runs', async ({ page }) => {
	await page.goto('/generate-token/');
	await expect(question(page)).toBeVisible();
	// Every layout shift since navigation that moved something in the guide's text, as the browser
	// recorded it (what Lighthouse's CLS sums). Starlight's own frame is not this test's subject.
	const shiftsInGuide = await page.evaluate(
		() =>
			new Promise<number[]>((resolve) => {
				const guide = document.querySelector('.sl-markdown-content')!;
				type LayoutShift = PerformanceEntry & { value: number; sources: { node?: Node }[] };
				new PerformanceObserver((list) =>
					resolve(
						(list.getEntries() as LayoutShift[])
							.filter((shift) => shift.sources.some((source) => source.node && guide.contains(source.node)))
							.map((shift) => shift.value),
					),
				).observe({ type: 'layout-shift', buffered: true });
				// With no shift at all the observer never calls back.
				setTimeout(() => resolve([]), 1_000);
			}),
	);
	expect(shiftsInGuide).toEqual([]);
});

test.describe('without JavaScript', () => {
	test.use({ javaScriptEnabled: false });

	test('both options show with their explanation, and no question that could not work', async ({ page }) => {
		await page.goto('/generate-token/?access=write');
		await expect(question(page)).toBeHidden();
		await expect(readOption(page)).toBeVisible();
		await expect(writeOption(page)).toBeVisible();
		await expect(collectionStep(page)).toContainText(
			'select Read Only if the Hub only reads data, or Full Access if it also creates or changes data.',
			{ useInnerText: true },
		);
	});
});
