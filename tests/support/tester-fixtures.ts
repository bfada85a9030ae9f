import { test as base, type Locator, type Page } from '@playwright/test';
import { fakeRemoteCallsUrl } from './e2e-settings';
import type { FakeCall } from './fake-remote';

/**
 * Playwright fixtures for the two skins of the tester, found as a reader finds them: the page's
 * `<token-tester>` and the embeddable `<remote-token-tester>`, with the fake Remote's record of
 * calls beside them. Tests take what they need: `async ({ page, tester, fakeCallsWith }) => …`.
 */
export interface TesterParts {
	root: Locator;
	/** The token field, by its label. */
	token: Locator;
	/** The Test token button. */
	submit: Locator;
	/** The verdict's headline, once there is one. */
	verdict: Locator;
	/** What the tester says as the reader types. */
	feedback: Locator;
	/** The Production or Sandbox choice. */
	environment(name: 'Production' | 'Sandbox'): Locator;
}

function partsOf(root: Locator, { verdict, feedback }: { verdict: string; feedback: string }): TesterParts {
	return {
		root,
		token: root.getByLabel('Remote API token', { exact: true }),
		submit: root.getByRole('button', { name: 'Test token' }),
		verdict: root.locator(verdict),
		feedback: root.locator(feedback),
		environment: (name) => root.getByRole('radio', { name: new RegExp(`^${name}`) }),
	};
}

export const pageTester = (page: Page) => partsOf(page.locator('token-tester'), { verdict: '.tt-verdict', feedback: '.tt-feedback' });
export const embeddedTester = (page: Page) => partsOf(page.locator('remote-token-tester'), { verdict: '.verdict', feedback: '.feedback' });

export const test = base.extend<{
	tester: TesterParts;
	embedded: TesterParts;
	/** The calls the fake Remote received with `token` (tokens are unique per test: uniqueDemoToken). */
	fakeCallsWith(token: string): Promise<FakeCall[]>;
}>({
	tester: async ({ page }, use) => use(pageTester(page)),
	embedded: async ({ page }, use) => use(embeddedTester(page)),
	// eslint-disable-next-line no-empty-pattern -- Playwright reads what a fixture needs from this pattern: nothing.
	fakeCallsWith: async ({}, use) =>
		use(async (token) => ((await (await fetch(fakeRemoteCallsUrl)).json()) as FakeCall[]).filter((call) => call.token === token)),
});

export { expect } from '@playwright/test';
