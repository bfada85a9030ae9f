import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { gateways, openQuestions, remoteFacts, sandboxAppHost, signInUrl, tokenPrefixes } from '../../src/lib/shared/remote-facts';

/**
 * The guides state facts about Remote through the registry, never on their own: a gateway or the
 * sign-in page spelled out in a guide would go stale the day Remote moves it, while the registry
 * (and /sources/) moved on.
 */
const docs = 'src/content/docs';
const guides = readdirSync(docs)
	.filter((name) => name.endsWith('.mdx'))
	.map((name) => ({ name, text: readFileSync(join(docs, name), 'utf8') }));
const factIds = new Set(remoteFacts.map((fact) => fact.id));
const openQuestionIds = new Set(openQuestions.map((question) => question.id));

/** A fact's value as it could be spelled out: the whole URL, or just its host. */
const spellings = (url: string) => [url.replace(/\/$/, ''), new URL(url).host];

describe('guides take Remote’s addresses from the registry', () => {
	test.each(guides.map((guide) => [guide.name, guide.text] as const))(
		'%s spells out no gateway, not the sign-in page and no app host',
		(_name, text) => {
			for (const url of [...Object.values(gateways.value), signInUrl.value]) {
				for (const spelling of spellings(url)) expect(text).not.toContain(spelling);
			}
			// The app hosts are short words that gateways contain: look for them standing alone.
			for (const host of Object.values(sandboxAppHost.value)) {
				expect(text).not.toMatch(new RegExp(`(?<![\\w.-])${host.replace(/\./g, '\\.')}\\b`));
			}
		},
	);

	// Prefixes are short enough to write in prose (and in descriptions, where no component runs), so
	// guides may spell them, but only as the registry has them: a renamed prefix fails here.
	test.each(guides.map((guide) => [guide.name, guide.text] as const))('%s names only token prefixes the registry has', (_name, text) => {
		const named = [...text.matchAll(/\bra_[a-z]+_/g)].map((match) => match[0]);
		for (const prefix of named) expect(Object.values<string>(tokenPrefixes), prefix).toContain(prefix);
	});

	test.each(guides.map((guide) => [guide.name, guide.text] as const))('%s names only facts that exist', (_name, text) => {
		const named = [
			...[...text.matchAll(/<Fact id="([^"]+)"/g)].map((match) => match[1]!),
			...[...text.matchAll(/<(?:UiLabel|MenuPath) fact="([^"]+)"/g)].map((match) => match[1]!),
			...[...text.matchAll(/<Facts ids="([^"]+)"/g)].flatMap((match) => match[1]!.split(/\s+/)),
		];
		for (const id of named) expect(factIds, `fact "${id}"`).toContain(id);
		const questions = [...text.matchAll(/<OpenAnswer id="([^"]+)"/g)].map((match) => match[1]!);
		for (const id of questions) expect(openQuestionIds, `open question "${id}"`).toContain(id);
	});
});

test('the checks would catch a guide that spells a gateway out or names another prefix', () => {
	const offending = 'Send it to https://gateway.remote-sandbox.com/v1/identity/current, or use ra_prod_.';
	expect(spellings(gateways.value.sandbox).some((spelling) => offending.includes(spelling))).toBe(true);
	expect(
		[...offending.matchAll(/\bra_[a-z]+_/g)]
			.map((match) => match[0])
			.filter((prefix) => !Object.values<string>(tokenPrefixes).includes(prefix)),
	).toEqual(['ra_prod_']);
});

// Every step that needs Remote's settings says the way there the same way, with its fallback, so
// a renamed menu is one edit and no page teaches a path without it.
test.each(guides.map((guide) => [guide.name, guide.text] as const))(
	'%s reaches the Remote API card only through <RemoteApiCard />',
	(_name, text) => {
		expect(text).not.toMatch(/<MenuPath fact="settings-path"/);
		expect(text).not.toMatch(/Integrations & APIs|Workflows and Integrations/);
	},
);
