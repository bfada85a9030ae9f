import { expect, test, type Page } from '@playwright/test';
import { blockingViolations } from '../support/accessibility';
import { guidePaths, markdownPathOf, referencePaths } from '../support/guides';
import { factById, remoteFacts, signInUrl } from '../../src/lib/shared/remote-facts';

/**
 * The path an admin in a hurry takes, from the overview to a linked account: a quick path they can
 * follow alone, pages short enough to read, the sandbox reached as Remote's Quick Start says, and
 * certainty said in words rather than tags scattered through the steps.
 */

/** Tests that walk every guide: a page load or two each, so a minute beside the other worker on two cores. */
const walkTimeout = 90_000;

/** The pages of the task, in order: the overview, prerequisites, generating, environments, linking. */
const pathPages = ['/', '/prerequisites/', '/generate-token/', '/environments/', '/link-account/'] as const;
/** Budgets from the issue that asked for a shorter path, counted as a reader sees the page. */
const pathWordBudget = 1500;
const quickPathWordBudget = 300;

const wordsIn = (text: string) => text.split(/\s+/).filter((word) => /[\p{L}\p{N}]/u.test(word)).length;

/**
 * The words of the page's content as a reader sees them, without the collapsed developer sections
 * and code blocks: innerText already skips what a closed `<details>` hides, and the code is hidden
 * for the count. Everything else a reader meets in the content counts, the tester's labels included.
 */
async function readerProse(page: Page): Promise<string> {
	return page.locator('.sl-markdown-content').evaluate((content: HTMLElement) => {
		const hidden = [...content.querySelectorAll<HTMLElement>('details.for-developers, .expressive-code, pre')];
		for (const element of hidden) element.style.display = 'none';
		const text = content.innerText;
		for (const element of hidden) element.style.display = '';
		return text;
	});
}

/** The quick path: everything between its heading and the next section's. */
async function quickPathText(page: Page): Promise<string> {
	return page.locator('#quick-path').evaluate((heading) => {
		const start = heading.closest('.sl-heading-wrapper') ?? heading;
		const parts: string[] = [];
		for (let node = start.nextElementSibling; node && !node.matches('.sl-heading-wrapper, h2'); node = node.nextElementSibling) {
			parts.push((node as HTMLElement).innerText);
		}
		return parts.join('\n');
	});
}

test.describe('the quick path', () => {
	test('opens the overview, within its budget, and covers the whole job with Remote’s labels', async ({ page }) => {
		await page.goto('/');
		const firstSection = page.locator('.sl-markdown-content h2').first();
		await expect(firstSection).toHaveAttribute('id', 'quick-path');
		const text = await quickPathText(page);
		expect(wordsIn(text), text).toBeLessThanOrEqual(quickPathWordBudget);
		const labels = [
			'Sign in',
			'sandbox',
			(factById('settings-path').value as { card: string }).card,
			factById('generate-button').value as string,
			(factById('endpoint-collections').value as { field: string }).field,
			factById('terms-of-use').value as string,
			factById('generate-confirm-button').value as string,
			(factById('token-menu').value as { copy: string }).copy,
			'paste the token',
			'ra_live_',
			'ra_test_',
			'Click Connect',
			'You’re connected',
		];
		for (const label of labels) expect(text, label).toContain(label);
		// The environment is chosen when signing in, before the token exists.
		expect(text.indexOf('sandbox')).toBeLessThan(text.indexOf(factById('generate-button').value as string));
	});

	test('links every step to its detail, and every link lands on a section that exists', async ({ page }) => {
		test.setTimeout(walkTimeout);
		await page.goto('/');
		const steps = page.locator('#quick-path ~ ol.sl-steps > li, .sl-heading-wrapper:has(#quick-path) ~ .sl-steps > li');
		const count = await steps.count();
		expect(count).toBeGreaterThanOrEqual(8);
		const targets: string[] = [];
		for (let index = 0; index < count; index++) {
			const links = steps.nth(index).locator('a[href^="/"]');
			expect(await links.count(), `step ${index + 1}`).toBeGreaterThan(0);
			targets.push(...(await links.evaluateAll((anchors) => anchors.map((anchor) => anchor.getAttribute('href')!))));
		}
		for (const target of new Set(targets)) {
			const [path, anchor] = target.split('#');
			await page.goto(path!);
			if (anchor) await expect(page.locator(`[id="${anchor}"]`), target).toHaveCount(1);
		}
	});

	test('reads on a phone in either theme, with nothing to scroll sideways and no accessibility violations', async ({ page }) => {
		await page.setViewportSize({ width: 360, height: 740 });
		await page.goto('/');
		const steps = page.locator('.sl-markdown-content .sl-steps').first();
		await expect(steps).toBeVisible();
		const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
		expect(overflow).toBeLessThanOrEqual(0);
		for (const item of await steps.locator('> li').all()) {
			const box = (await item.boundingBox())!;
			expect(box.x + box.width).toBeLessThanOrEqual(360);
		}
		for (const theme of ['light', 'dark'] as const) {
			await page.emulateMedia({ colorScheme: theme });
			await expect(page.locator('html')).toHaveAttribute('data-theme', theme);
			expect(await blockingViolations(page, { tags: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice'] }), theme).toEqual([]);
		}
	});
});

test('the path pages stay within their word budget', async ({ page }) => {
	test.setTimeout(walkTimeout);
	const counts: Record<string, number> = {};
	for (const path of pathPages) {
		await page.goto(path);
		counts[path] = wordsIn(await readerProse(page));
	}
	const total = Object.values(counts).reduce((sum, count) => sum + count, 0);
	// One line in the run's output, so the budget's margin is seen before it is spent.
	console.log(
		`Path pages: ${total} of ${pathWordBudget} words (${Object.entries(counts)
			.map(([path, count]) => `${path} ${count}`)
			.join(', ')}).`,
	);
	expect(total, JSON.stringify(counts)).toBeLessThanOrEqual(pathWordBudget);
});

test('the path says how long the task takes once', async ({ page }) => {
	test.setTimeout(walkTimeout);
	let minutes = 0;
	for (const path of pathPages) {
		await page.goto(path);
		minutes += (await readerProse(page)).match(/10 minutes/g)?.length ?? 0;
	}
	expect(minutes).toBe(1);
});

test.describe('the sandbox', () => {
	for (const path of ['/prerequisites/', '/environments/']) {
		test(`${path} teaches getting one as Remote’s Quick Start does: from the live account, then Sign Up`, async ({ page }) => {
			await page.goto(path);
			const steps = page.locator('ol.sl-steps[data-sandbox-steps] > li');
			await expect(steps).toHaveCount(4);
			await expect(steps.nth(0)).toContainText('live Remote company');
			await expect(steps.nth(1)).toContainText('Integrations & APIs');
			await expect(steps.nth(2)).toContainText('Access API');
			await expect(steps.nth(2)).toContainText('right-hand panel');
			await expect(steps.nth(3)).toContainText('Sign Up');
			await expect(page.locator('.sl-markdown-content')).not.toContainText(/account manager/i);
		});
	}

	test('no page, twin or data sends a reader who wants the sandbox to the live sign-in page', async ({ page, request }) => {
		test.setTimeout(walkTimeout);
		const liveSignIn = new URL(signInUrl.value).host;
		const offenders: string[] = [];
		for (const path of [...guidePaths, ...referencePaths]) {
			await page.goto(path);
			const blocks = await page.locator('.sl-markdown-content').evaluate(
				(content, host) =>
					[...content.querySelectorAll<HTMLElement>('p, li, td, dd, dt, h2, h3, .starlight-aside')]
						.filter((block) => /sandbox/i.test(block.textContent ?? ''))
						.filter((block) => (block.textContent ?? '').includes(host) || block.querySelector(`a[href*="${host}"]`) !== null)
						.map((block) => (block.textContent ?? '').trim().slice(0, 120)),
				liveSignIn,
			);
			offenders.push(...blocks.map((block) => `${path}: ${block}`));
			// Each twin's paragraphs and list items, as a tool reading the Markdown meets them.
			const markdown = await (await request.get(markdownPathOf(path))).text();
			for (const block of markdown.split(/\n\s*\n|\n(?=\s*(?:[-*]|\d+\.)\s)/)) {
				if (/sandbox/i.test(block) && block.includes(liveSignIn)) offenders.push(`${markdownPathOf(path)}: ${block.trim().slice(0, 120)}`);
			}
		}
		const guides = JSON.stringify(await (await request.get('/guides.json')).json());
		for (const text of guides.split(/(?<=\.)\s|\\n/))
			if (/sandbox/i.test(text) && text.includes(liveSignIn)) offenders.push(`guides.json: ${text}`);
		expect(offenders).toEqual([]);
	});
});

test.describe('certainty in plain words', () => {
	test('each page has at most one certainty tag, after a full stop, leading to its fact', async ({ page }) => {
		test.setTimeout(walkTimeout);
		for (const path of [...guidePaths, '/embed/']) {
			await page.goto(path);
			const marks = page.locator('.sl-markdown-content .fact-mark');
			expect(await marks.count(), path).toBeLessThanOrEqual(1);
			for (const mark of await marks.all()) {
				const before = await mark.evaluate((element) => {
					const range = document.createRange();
					range.setStart(element.closest('p, li, td, dd') ?? element.parentElement!, 0);
					range.setEndBefore(element);
					return range.toString().trim();
				});
				expect(before, `${path}: the tag follows a full sentence`).toMatch(/[.!?]$/);
				const id = /^\/sources\/#([a-z0-9-]+)$/.exec((await mark.getAttribute('href'))!)?.[1];
				const fact = remoteFacts.find((candidate) => candidate.id === id);
				expect(fact?.certainty, `${path}: ${id}`).not.toBe('verified');
			}
		}
	});

	test('partners’ guides are called that, never an integration platform’s guide', async ({ page }) => {
		test.setTimeout(walkTimeout);
		for (const path of [...guidePaths, ...referencePaths]) {
			await page.goto(path);
			await expect(page.locator('.sl-markdown-content'), path).not.toContainText(/integration platform[’']s guide/i);
		}
	});

	test('the tester’s own rules are said to be this help center’s, on the tester and on /sources/', async ({ page }) => {
		await page.goto('/environments/');
		await page.getByLabel('Remote API token').fill('ra_test_abc');
		await expect(page.locator('token-tester .tt-feedback')).toContainText('this help center expects at least 16');
		await page.goto('/sources/');
		for (const id of ['tester-expects-length', 'tester-expects-characters', 'tester-expects-case']) {
			const entry = page.locator(`[id="${id}"]`);
			await expect(entry).toContainText('This help center expects');
			await expect(entry).toContainText('inferred');
		}
	});
});

test.describe('the questions an admin asks', () => {
	test('each is answered where a reader looks, with how sure the answer is', async ({ page }) => {
		await page.goto('/revoke-token/');
		const questions = page.locator(
			'#questions-about-tokens ~ .sl-heading-wrapper h3, .sl-heading-wrapper:has(#questions-about-tokens) ~ .sl-heading-wrapper h3',
		);
		await expect(questions).toHaveText([
			'Can a token be copied again later, and by whom?',
			'Do tokens expire?',
			'What happens to a token when the admin who made it leaves?',
			'Does generating a new token revoke the old one?',
		]);
		const content = page.locator('.sl-markdown-content');
		await expect(content).toContainText('Probably yes, by any admin.');
		await expect(content).toContainText('Remote does not say.');
	});

	test('the colleague who left has a recipe, and a working connection that broke starts troubleshooting', async ({ page }) => {
		await page.goto('/troubleshooting/');
		const sections = await page
			.locator('.sl-markdown-content :is(h2, h3)')
			.evaluateAll((headings) => headings.map((heading) => heading.id));
		expect(sections.slice(0, 3)).toEqual([
			'when-a-working-connection-stops',
			'it-worked-before-now-401',
			'the-colleague-who-made-the-token-left',
		]);
		const recipe = page.locator('.sl-markdown-content');
		await expect(recipe).toContainText('Replace first');
		await expect(recipe).toContainText('Revoke first');
	});

	test('linking ends the task: connected, what to note, and no next step towards revoking', async ({ page }) => {
		await page.goto('/link-account/');
		await expect(page.locator('#youre-connected')).toBeVisible();
		const content = page.locator('.sl-markdown-content');
		for (const note of ['token’s name', 'Endpoint collections', 'who generated it', 'Production or Sandbox'])
			await expect(content).toContainText(note);
		await expect(page.locator('.pagination-links a[rel="next"]')).toHaveCount(0);
		await expect(content.locator('a[href^="/revoke-token/"]')).toHaveCount(0);
	});
});
