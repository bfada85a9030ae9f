import { expect, test } from '@playwright/test';
import { statementToText } from '../../src/lib/shared/fact-markup';
import { factTopics } from '../../src/lib/shared/remote-fact-schema';
import { openQuestions, remoteFacts } from '../../src/lib/shared/remote-facts';
import { locales, localizePath } from '../../src/lib/shared/locales';
import { nextStepPaths } from '../../src/lib/shared/verdict-guidance';
import { guidePaths } from '../support/guides';

test('/sources/ lists every fact with its statement, certainty, date and a link to each source', async ({ page }) => {
	const response = await page.goto('/sources/');
	expect(response?.status()).toBe(200);
	for (const fact of remoteFacts) {
		const entry = page.locator(`[id="${fact.id}"]`);
		await expect(entry, fact.id).toContainText(statementToText(fact.statement));
		await expect(entry, fact.id).toContainText(fact.certainty);
		await expect(entry, fact.id).toContainText(/checked \d{1,2} \w+ \d{4}/);
		for (const source of fact.sources)
			await expect(entry.locator(`a[href="${source.url}"]`), `${fact.id}: ${source.url}`).toHaveText(source.title);
	}
	for (const question of openQuestions) await expect(page.locator(`[id="${question.id}"]`)).toHaveText(question.question);
});

test('/sources/ lists its topics in the table of contents', async ({ page }) => {
	await page.goto('/sources/');
	const toc = page.locator('starlight-toc nav');
	for (const [slug, title] of Object.entries(factTopics)) {
		await expect(toc.locator(`a[href="#${slug}"]`)).toHaveText(title);
		await expect(page.locator(`h2[id="${slug}"]`)).toHaveText(title);
	}
});

test('every “reported” or “inferred” tag in a guide leads to the fact it qualifies', async ({ page }) => {
	// Every guide in turn: a minute beside the other worker on two cores.
	test.setTimeout(90_000);
	const tagged = new Map<string, string>();
	for (const path of guidePaths) {
		await page.goto(path);
		for (const mark of await page.locator('.sl-markdown-content .fact-mark').all()) {
			const href = (await mark.getAttribute('href'))!;
			const id = /^\/sources\/#([a-z0-9-]+)$/.exec(href)?.[1];
			expect(id, `${path}: ${href}`).toBeTruthy();
			const fact = remoteFacts.find((candidate) => candidate.id === id)!;
			expect(fact.certainty, `${path}: ${id}`).not.toBe('verified');
			await expect(mark).toHaveText(fact.certainty);
			tagged.set(id!, path);
		}
	}
	// Tags are rare (guides say how sure they are in words), but where they stand, they lead somewhere.
	expect(tagged.size).toBeGreaterThan(0);
	await page.goto('/sources/');
	for (const id of tagged.keys()) await expect(page.locator(`[id="${id}"]`)).toHaveCount(1);
});

test('every guide says where its facts come from', async ({ page }) => {
	// Every guide in turn: a minute beside the other worker on two cores.
	test.setTimeout(90_000);
	for (const path of guidePaths) {
		await page.goto(path);
		await expect(page.locator('.footer-notes').getByRole('link', { name: 'Sources' })).toHaveAttribute('href', '/sources/');
	}
});

test('each outcome of a token test leads to an existing section of its own, in every language', async ({ page }) => {
	const steps = Object.entries(nextStepPaths);
	expect(new Set(steps.map(([, path]) => path)).size).toBe(steps.length);
	for (const locale of locales) {
		await page.goto(localizePath('/troubleshooting/', locale));
		await expect(page.locator('html')).toHaveAttribute('lang', locale);
		for (const [outcome, href] of steps) {
			const [path, anchor] = localizePath(href, locale).split('#');
			if (!anchor) {
				expect((await page.request.get(path!)).status(), outcome).toBe(200);
				continue;
			}
			expect(path, outcome).toBe(localizePath('/troubleshooting/', locale));
			const section = page.locator(`:is(h2, h3)[id="${anchor}"]`);
			await expect(section, `${locale}: ${outcome} → ${href}`).toHaveCount(1);
		}
	}
});
