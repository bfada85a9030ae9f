import { readdirSync, readFileSync, statSync } from 'node:fs';
import type { IncomingMessage } from 'node:http';
import { join } from 'node:path';
import { test as base, expect, type Locator, type Page, type Request } from '@playwright/test';
import { blockingViolations } from '../support/accessibility';
import { baseURL } from '../support/e2e-settings';
import { guidePaths, referencePaths } from '../support/guides';
import { watchForProblems } from '../support/page-problems';
import { startRecordingProxy } from '../support/recording-proxy';
import { serveStatic, type StaticServer } from '../support/static-server';

/**
 * "Was this page helpful?" at the end of every guide: Yes or No, an optional comment, one answer
 * per page view, posted as `{page, helpful, comment?, brand}` to /api/feedback with no cookie.
 * Every test but the one about refusals sends to the real server (or, for the acme export, to the
 * brand's hosted origin).
 */

/** The widget's parts, as a reader finds them. */
interface FeedbackWidget {
	root: Locator;
	question: Locator;
	yes: Locator;
	no: Locator;
	comment: Locator;
	send: Locator;
	status: Locator;
}

const test = base.extend<{ widget: FeedbackWidget }>({
	widget: async ({ page }, use) => {
		const root = page.locator('page-feedback');
		const question = root.getByRole('group', { name: 'Was this page helpful?' });
		await use({
			root,
			question,
			yes: question.getByRole('button', { name: 'Yes' }),
			no: question.getByRole('button', { name: 'No' }),
			comment: root.getByRole('textbox', { name: 'Anything to add? (optional)' }),
			send: root.getByRole('button', { name: 'Send' }),
			status: root.getByRole('status'),
		});
	},
});

const thanks = 'Thank you for your feedback.';
const votedWords = 'Thank you, your answer is recorded.';
const isFeedbackPost = (url: string) => (request: Request) => request.url() === url && request.method() === 'POST';
const sameOriginRoute = `${baseURL}/api/feedback`;

/** Presses Tab until `target` has focus, failing after `limit` presses. */
async function tabTo(page: Page, target: Locator, limit = 150): Promise<void> {
	for (let presses = 0; presses < limit; presses++) {
		await page.keyboard.press('Tab');
		if (await target.evaluate((element) => element === document.activeElement)) return;
	}
	throw new Error(`Focus never reached the element after ${limit} Tab presses`);
}

test.describe('on this help center', () => {
	test('every guide, /sources/ and /embed/ ends with the question, above Starlight’s footer', async ({ page, widget }) => {
		test.setTimeout(60_000);
		for (const path of [...guidePaths, ...referencePaths, '/embed/']) {
			await test.step(path, async () => {
				await page.goto(path);
				await expect(widget.question).toBeVisible();
				// The answer will name the guide by its content entry id: the overview is `index`.
				await expect(widget.root).toHaveAttribute('data-page', path === '/' ? 'index' : path.slice(1, -1));
				await expect(widget.yes).toHaveAttribute('aria-pressed', 'false');
				await expect(widget.no).toHaveAttribute('aria-pressed', 'false');
				// The comment comes with an answer, not before.
				await expect(widget.comment).toBeHidden();
				await expect(widget.send).toBeHidden();
				// After the guide's content, before Starlight's footer (pagination, and our footer notes).
				const placement = await widget.root.evaluate((element) => {
					const follows = (other: Element | null) =>
						Boolean(other && other.compareDocumentPosition(element) & Node.DOCUMENT_POSITION_FOLLOWING);
					const precedes = (other: Element | null) =>
						Boolean(other && element.compareDocumentPosition(other) & Node.DOCUMENT_POSITION_FOLLOWING);
					return {
						afterContent: follows(document.querySelector('.sl-markdown-content')),
						beforeFooter: precedes(document.querySelector('main footer')),
					};
				});
				expect(placement, path).toEqual({ afterContent: true, beforeFooter: true });
			});
		}
	});

	test('the 404 page, which is no guide, asks nothing', async ({ page, widget }) => {
		const response = await page.goto('/no-such-page/');
		expect(response?.status()).toBe(404);
		await expect(page.getByRole('heading', { name: 'Page not found' })).toBeVisible();
		await expect(widget.root).toHaveCount(0);
		expect(await page.content()).not.toMatch(/customElements\.define\(`page-feedback`/);
	});

	test('keyboard only: Tab to Yes, Enter, type a comment, Send, and the thanks is announced', async ({ page, widget }) => {
		await page.goto('/revoke-token/');
		await tabTo(page, widget.yes);
		// Yes is the answer, recorded at once: it counts even if the reader goes no further.
		const voted = page.waitForRequest(isFeedbackPost(sameOriginRoute));
		await page.keyboard.press('Enter');
		expect((await voted).postDataJSON()).toEqual({ page: 'revoke-token', helpful: true, brand: 'default', locale: 'en' });
		await expect(widget.status).toHaveText(votedWords);
		await expect(widget.yes).toHaveAttribute('aria-pressed', 'true');
		await expect(widget.no).toHaveAttribute('aria-pressed', 'false');
		// Focus goes where the reader goes next: the comment that just appeared.
		await expect(widget.comment).toBeFocused();
		await page.keyboard.type('Clear steps.');
		await page.keyboard.press('Tab');
		await expect(widget.send).toBeFocused();
		const posted = page.waitForRequest(isFeedbackPost(sameOriginRoute));
		await page.keyboard.press('Enter');
		// The comment completes that answer, quoting the id the route gave it.
		expect((await posted).postDataJSON()).toEqual({
			page: 'revoke-token',
			helpful: true,
			comment: 'Clear steps.',
			brand: 'default',
			locale: 'en',
			answer: expect.stringMatching(/^[0-9a-f-]{36}$/),
		});
		// The form gives way to the thanks, in a polite live region, which takes the focus Send had.
		await expect(widget.status).toHaveText(thanks);
		await expect(widget.status).toHaveAttribute('role', 'status');
		await expect(widget.status).toBeFocused();
		await expect(widget.question).toBeHidden();
	});

	for (const [path, choice, comment, expected] of [
		['/', 'Yes', '', { page: 'index', helpful: true, brand: 'default', locale: 'en' }],
		['/sources/', 'No', '  The rate limit is not where I looked.  ', { page: 'sources', helpful: false, brand: 'default', locale: 'en' }],
		['/troubleshooting/', 'No', '   ', { page: 'troubleshooting', helpful: false, brand: 'default', locale: 'en' }],
	] as const) {
		test(`${path}: ${choice} sends exactly {page, helpful, brand}${comment.trim() ? ', then the comment completes it' : ''}, with no cookie`, async ({
			page,
			widget,
		}) => {
			// A cookie the site never sets, to prove none would go with the answer.
			await page.context().addCookies([{ name: 'reader', value: 'should-not-travel', url: baseURL }]);
			await page.goto(path);
			const voted = page.waitForRequest(isFeedbackPost(sameOriginRoute));
			await widget[choice === 'Yes' ? 'yes' : 'no'].click();
			const vote = await voted;
			expect(vote.postDataJSON()).toEqual(expected);
			const headers = await vote.allHeaders();
			expect(headers['content-type']).toBe('application/json');
			expect(headers.cookie).toBeUndefined();
			await expect(widget.status).toHaveText(votedWords);
			await widget.comment.fill(comment);
			if (comment.trim()) {
				const posted = page.waitForRequest(isFeedbackPost(sameOriginRoute));
				await widget.send.click();
				const request = await posted;
				expect(request.postDataJSON()).toEqual({ ...expected, comment: comment.trim(), answer: expect.stringMatching(/^[0-9a-f-]{36}$/) });
				expect((await request.allHeaders()).cookie).toBeUndefined();
			} else {
				await widget.send.click();
			}
			await expect(widget.status).toHaveText(thanks);
		});
	}

	test('one answer per page view: after the thanks there is nothing left to send, and leaving sends nothing more', async ({
		page,
		widget,
	}) => {
		await page.goto('/prerequisites/');
		const requests: string[] = [];
		page.on('request', (request) => {
			if (request.url().includes('/api/feedback')) requests.push(request.method());
		});
		await widget.no.click();
		await widget.send.click();
		await expect(widget.status).toHaveText(thanks);
		await expect(widget.root.getByRole('button')).toHaveCount(0);
		await page.goto('/environments/');
		await expect(widget.question).toBeVisible();
		expect(requests).toEqual(['POST']);
	});

	test('the answer cannot change once recorded: one answer per page view', async ({ page, widget }) => {
		const requests: unknown[] = [];
		page.on('request', (request) => {
			if (isFeedbackPost(sameOriginRoute)(request)) requests.push(request.postDataJSON());
		});
		await page.goto('/link-account/');
		await widget.no.click();
		await expect(widget.status).toHaveText(votedWords);
		await expect(widget.yes).toHaveAttribute('aria-disabled', 'true');
		// Pressed anyway (aria-disabled keeps it focusable and clickable): nothing changes.
		await widget.yes.click({ force: true });
		await expect(widget.no).toHaveAttribute('aria-pressed', 'true');
		await expect(widget.yes).toHaveAttribute('aria-pressed', 'false');
		expect(requests).toEqual([{ page: 'link-account', helpful: false, brand: 'default', locale: 'en' }]);
	});

	test('the answer still arrives when the reader really leaves the page', async ({ page, widget }) => {
		// Neither Playwright nor the DevTools protocol reports a request that a page sends as it goes,
		// so a plain static server serving this same build receives it here, and records it.
		const site = await serveStatic('dist/client');
		const arrived: unknown[] = [];
		site.server.prependListener('request', (request: IncomingMessage) => {
			if (request.method !== 'POST') return;
			let body = '';
			request.on('data', (chunk) => (body += chunk));
			request.on('end', () => arrived.push({ path: request.url, body: JSON.parse(body) }));
		});
		try {
			await page.goto(`${site.url}/link-account/`);
			await widget.yes.click();
			await widget.comment.fill('Half a thought');
			await page.goto(`${site.url}/troubleshooting/`);
			await expect
				.poll(() => arrived)
				.toEqual([{ path: '/api/feedback', body: { page: 'link-account', helpful: true, brand: 'default', locale: 'en' } }]);
		} finally {
			await site.close();
		}
	});

	test('leaving without an answer sends nothing, not even as the page unloads', async ({ page, context }) => {
		// Through a proxy that notes every request: what a page sends while it unloads (a beacon, a
		// keepalive fetch on pagehide) reaches it after the page is gone.
		const proxy = await startRecordingProxy(baseURL);
		try {
			await page.goto(`${proxy.url}/link-account/`);
			await page.goto(`${proxy.url}/troubleshooting/`);
			await page.close({ runBeforeUnload: true });
			// A marker sent once both pages unloaded: when it has arrived, anything they sent has too.
			const after = await context.newPage();
			await after.goto(`${proxy.url}/sources/`);
			await after.evaluate(() => fetch('/api/health?marker', { keepalive: true }).then(() => undefined));
			await expect.poll(() => proxy.seen.includes('GET /api/health?marker')).toBe(true);
			expect(proxy.seen.filter((request) => request.includes('/api/feedback'))).toEqual([]);
		} finally {
			await proxy.close();
		}
	});

	test('the comment holds at most 1,000 characters, says so, and sends no more', async ({ page, widget }) => {
		await page.goto('/environments/');
		await widget.yes.click();
		await expect(widget.comment).toHaveAttribute('maxlength', '1000');
		await expect(widget.comment).toHaveAccessibleDescription(/Up to 1,000 characters/);
		await widget.comment.focus();
		await page.keyboard.insertText('x'.repeat(1200));
		await expect(widget.comment).toHaveValue('x'.repeat(1000));
		await expect(widget.root.locator('.pf-count')).toHaveText('1,000 / 1,000');
		// Read out once the reader pauses, not at every keystroke.
		await expect(widget.root.locator('.pf-count-status')).toHaveText('You have reached the limit of 1,000 characters.');
		await page.keyboard.press('Backspace');
		await expect(widget.root.locator('.pf-count-status')).toHaveText('1 character left.');
		await page.keyboard.insertText('y');
		const posted = page.waitForRequest(isFeedbackPost(sameOriginRoute));
		await widget.send.click();
		expect((await posted).postDataJSON().comment).toBe(`${'x'.repeat(999)}y`);
	});

	test('the count stays quiet while there is plenty of room', async ({ page, widget }) => {
		await page.goto('/environments/');
		await widget.yes.click();
		await widget.comment.fill('Short and sweet.');
		await expect(widget.root.locator('.pf-count')).toHaveText('16 / 1,000');
		await page.waitForTimeout(1200);
		await expect(widget.root.locator('.pf-count-status')).toHaveText('');
	});

	test('a refusal says why politely, keeps the comment, and the reader can send again', async ({ page, widget }) => {
		// The only test that does not reach the real route: a 429 is hard to cause on purpose.
		let refused = 0;
		await page.route('**/api/feedback', async (route) => {
			refused++;
			await route.fulfill({
				status: 429,
				headers: { 'content-type': 'application/json', 'retry-after': '30' },
				body: JSON.stringify({ error: { code: 'too_many_requests', message: 'Too many answers from your address.' } }),
			});
		});
		await page.goto('/token-safety/');
		await widget.yes.click();
		// Yes was refused: the reader is told, and may still write and send the whole answer.
		await expect(widget.status).toHaveText('Too many answers came from your address just now. Please try again in 30 seconds.');
		await widget.comment.fill('Worth reading twice.');
		await widget.send.click();
		await expect(widget.status).toHaveText('Too many answers came from your address just now. Please try again in 30 seconds.');
		await expect(widget.comment).toHaveValue('Worth reading twice.');
		await expect(widget.yes).toHaveAttribute('aria-pressed', 'true');
		await expect(widget.send).toBeFocused();
		await expect(widget.send).toHaveAttribute('aria-disabled', 'false');
		expect(refused).toBe(2);
		for (const theme of ['light', 'dark'] as const) {
			await page.emulateMedia({ colorScheme: theme });
			await expect(page.locator('html')).toHaveAttribute('data-theme', theme);
			expect(await blockingViolations(page, { include: 'page-feedback' }), theme).toEqual([]);
		}

		await page.unroute('**/api/feedback');
		const posted = page.waitForRequest(isFeedbackPost(sameOriginRoute));
		await widget.send.click();
		expect((await posted).postDataJSON()).toEqual({
			page: 'token-safety',
			helpful: true,
			comment: 'Worth reading twice.',
			brand: 'default',
			locale: 'en',
		});
		await expect(widget.status).toHaveText(thanks);
	});

	test('no serious accessibility violation in either theme: asked, answered with a comment, and thanked', async ({ page, widget }) => {
		// Each state checked in both themes, switched in place as a reader's system switches them.
		const inBothThemes = async (state: string) => {
			for (const theme of ['light', 'dark'] as const) {
				await page.emulateMedia({ colorScheme: theme });
				await expect(page.locator('html')).toHaveAttribute('data-theme', theme);
				expect(await blockingViolations(page, { include: 'page-feedback' }), `${state}, ${theme} theme`).toEqual([]);
			}
		};
		// Six axe passes over a guide: several seconds each beside the other worker.
		test.setTimeout(120_000);
		await page.goto('/generate-token/');
		await expect(widget.question).toBeVisible();
		await inBothThemes('asked');
		await widget.no.click();
		await widget.comment.fill('x'.repeat(950));
		await expect(widget.root.locator('.pf-count-status')).toHaveText('50 characters left.');
		await inBothThemes('answered with a comment');
		await widget.send.click();
		await expect(widget.status).toHaveText(thanks);
		await inBothThemes('thanked');
	});

	test('the whole answer works under the page’s Content-Security-Policy: no violation, error or failed load', async ({ page, widget }) => {
		const problems = await watchForProblems(page);
		await page.goto('/known-limitations/');
		await widget.yes.click();
		await widget.comment.fill('Good to know.');
		await widget.send.click();
		await expect(widget.status).toHaveText(thanks);
		expect(problems).toEqual([]);
	});

	test.describe('without JavaScript', () => {
		test.use({ javaScriptEnabled: false });

		test('the widget is not shown: it could not send anything', async ({ page, widget }) => {
			await page.goto('/environments/');
			await expect(widget.root).toBeAttached();
			await expect(widget.root).toBeHidden();
			await expect(page.getByRole('button', { name: 'Yes' })).toHaveCount(0);
		});
	});

	test('a browser that asks not to be tracked is not asked: nothing it answered would be kept', async ({ page, widget }) => {
		await page.addInitScript(() => Object.defineProperty(Navigator.prototype, 'globalPrivacyControl', { get: () => true }));
		await page.goto('/environments/');
		await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
		await expect(widget.root).toBeAttached();
		await expect(widget.root).toBeHidden();
	});
});

/** Every page of an export, as its path and text. */
function exportPages(brand: string): Array<{ path: string; text: string }> {
	const pages: Array<{ path: string; text: string }> = [];
	const walk = (folder: string) => {
		for (const name of readdirSync(folder)) {
			const path = join(folder, name);
			if (statSync(path).isDirectory()) walk(path);
			else if (name.endsWith('.html')) pages.push({ path, text: readFileSync(path, 'utf8') });
		}
	};
	walk(join('exports', brand));
	return pages;
}

test.describe('the larkspur export, whose brand has no hosted service', () => {
	let server: StaticServer;
	test.beforeAll(async () => {
		server = await serveStatic('exports/larkspur');
	});
	test.afterAll(() => server.close());

	test('asks nothing on any page, and loads no script for it: there is nowhere to send the answer', async ({ page, widget }) => {
		const carriers = exportPages('larkspur').filter((file) => /<page-feedback|customElements\.define\(`page-feedback`/.test(file.text));
		expect(carriers.map((file) => file.path)).toEqual([]);
		await page.goto(`${server.url}/environments/`);
		await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
		await expect(widget.root).toHaveCount(0);
	});
});

test.describe('the acme export', () => {
	const hostedRoute = 'https://connect.acme.example/api/feedback';
	let server: StaticServer;
	test.beforeAll(async () => {
		server = await serveStatic('exports/acme');
	});
	test.afterAll(() => server.close());

	test('every page may reach the hosted service, and only it', () => {
		for (const { path, text } of exportPages('acme')) {
			const policy = /<meta http-equiv="content-security-policy" content="([^"]*)">/.exec(text)?.[1] ?? '';
			expect(policy, path).toContain("connect-src 'self' https://connect.acme.example;");
		}
	});

	test('sends the answer to the origin of the brand’s tester.apiUrl, as acme, within the policy', async ({ page, widget }) => {
		const violations: string[] = [];
		await page.exposeFunction('reportViolation', (text: string) => violations.push(text));
		await page.addInitScript(() => {
			document.addEventListener('securitypolicyviolation', (event) =>
				(window as unknown as { reportViolation(text: string): void }).reportViolation(`${event.effectiveDirective} ${event.blockedURI}`),
			);
		});
		await page.goto(`${server.url}/environments/`);
		await widget.yes.click();
		await widget.comment.fill('Found the sandbox prefix.');
		const posted = page.waitForRequest(isFeedbackPost(hostedRoute));
		await widget.send.click();
		const request = await posted;
		expect(request.postDataJSON()).toEqual({
			page: 'environments',
			helpful: true,
			comment: 'Found the sandbox prefix.',
			brand: 'acme',
			locale: 'en',
		});
		expect((await request.allHeaders()).cookie).toBeUndefined();
		// connect.acme.example does not exist here: the reader is told, and keeps what they wrote.
		await expect(widget.status).toContainText('could not be reached');
		await expect(widget.comment).toHaveValue('Found the sandbox prefix.');
		expect(violations).toEqual([]);
	});
});
