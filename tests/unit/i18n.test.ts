import { readFileSync, readdirSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { factWordsByLocale } from '../../src/i18n/fact-words-by-locale';
import { feedbackWordsByLocale } from '../../src/i18n/feedback-words';
import { pageWordsByLocale } from '../../src/i18n/page-words';
import { testerWordsByLocale, testerWordsFor } from '../../src/i18n/tester-words';
import { contentEntryId, contentFile, entrySlug, inLanguage, withoutLocale } from '../../src/lib/shared/content-language';
import { fieldAnchors, guideCatalogue } from '../../src/lib/shared/guide-catalogue';
import { defaultLocale, localeOfTag, locales, localizePath, negotiateLocale } from '../../src/lib/shared/locales';
import { openQuestions, remoteFacts, sandboxAccess } from '../../src/lib/shared/remote-facts';
import { nextStepPaths } from '../../src/lib/shared/verdict-guidance';

const translated = locales.filter((locale) => locale !== defaultLocale);

/** Every string in a words object, by its dotted key. */
function strings(words: unknown, prefix = ''): Map<string, string> {
	const found = new Map<string, string>();
	for (const [key, value] of Object.entries(words as Record<string, unknown>)) {
		if (typeof value === 'string') found.set(`${prefix}${key}`, value);
		else if (value && typeof value === 'object') for (const [k, v] of strings(value, `${prefix}${key}.`)) found.set(k, v);
	}
	return found;
}

const placeholders = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((match) => match[1]).sort();
const codeSpans = (text: string) => [...text.matchAll(/`([^`]+)`/g)].map((match) => match[1]).sort();

describe('languages', () => {
	test.each([
		['en', undefined],
		['de', 'de'],
		['de-CH', 'de'],
		['DE_de.UTF-8', 'de'],
		['fr_CA', 'fr'],
		['es-419', 'es'],
		['pt-BR', undefined],
		['C', undefined],
		['', undefined],
	])('the tag %j names %s', (tag, locale) => {
		expect(localeOfTag(tag)).toBe(tag === 'en' ? 'en' : locale);
	});

	test.each([
		['de-DE,de;q=0.9,en;q=0.8', 'de'],
		['en-GB,en;q=0.9', 'en'],
		['pt-BR,fr;q=0.5,de;q=0.4', 'fr'],
		['es;q=0.2,de;q=0.8', 'de'],
		['fr;q=0', undefined],
		['*', undefined],
		['', undefined],
		['q'.repeat(5000), undefined],
	])('Accept-Language %# prefers %s', (header, locale) => {
		expect(negotiateLocale(header)).toBe(locale);
	});

	test('a path in another language, and back', () => {
		expect(localizePath('/troubleshooting/#too-many-tests', 'de')).toBe('/de/troubleshooting/#too-many-tests');
		expect(localizePath('/', 'fr')).toBe('/fr/');
		expect(localizePath('/environments/', 'en')).toBe('/environments/');
		expect(localizePath('/environments/', 'en', 'de')).toBe('/en/environments/');
	});
});

describe("where each language's guides are written and served", () => {
	test.each([
		['index.mdx', { locale: 'en', slug: 'index' }],
		['environments.mdx', { locale: 'en', slug: 'environments' }],
		['de/index.mdx', { locale: 'de', slug: 'index' }],
		['src/content/docs/fr/rotate/index.md', { locale: 'fr', slug: 'rotate' }],
		['src\\content\\docs\\es\\link-account.mdx', { locale: 'es', slug: 'link-account' }],
	])('%s is %o', (file, expected) => {
		expect(contentFile(file)).toEqual(expected);
	});

	test.each([
		['en', 'en'],
		['de', 'en'],
		['de', 'de'],
		['en', 'de'],
	] as const)("a %s guide's entry id on a %s-root site leads back to its slug", (locale, rootLocale) => {
		for (const slug of ['index', 'environments', 'troubleshooting']) {
			const id = contentEntryId({ locale, slug }, rootLocale);
			expect(id.startsWith(locale === rootLocale ? slug : locale)).toBe(true);
			expect(entrySlug(id, locale, rootLocale)).toBe(slug);
		}
	});

	test('a path moves between languages whatever prefix it was written with', () => {
		expect(withoutLocale('/es/link-account/')).toBe('/link-account/');
		expect(withoutLocale('/de')).toBe('/');
		expect(withoutLocale('/environments/')).toBe('/environments/');
		expect(withoutLocale('/xx/environments/')).toBe('/xx/environments/');
		expect(inLanguage('/de/troubleshooting/#wrong-environment', 'fr', 'en')).toBe('/fr/troubleshooting/#wrong-environment');
		expect(inLanguage('/troubleshooting/', 'en', 'de')).toBe('/en/troubleshooting/');
	});
});

describe('every language says everything the English says', () => {
	const english = {
		tester: strings(testerWordsByLocale.en),
		feedback: strings(feedbackWordsByLocale.en),
		pages: strings(pageWordsByLocale.en),
	};
	// Words that are the same in a language as in English, on purpose: names, codes, patterns.
	const sameOnPurpose = /^(environments\.sandbox|ui\.token|gloss|terminalCheck\.powershell|llms\.optional|.*\.(Remote|remote)$)$/;

	test.each(translated)('%s: the same keys and placeholders, and no English left', (locale) => {
		const words = { tester: testerWordsByLocale[locale], feedback: feedbackWordsByLocale[locale], pages: pageWordsByLocale[locale] };
		for (const [group, original] of Object.entries(english)) {
			const said = strings(words[group as keyof typeof words]);
			expect([...said.keys()].sort(), `${locale} ${group}`).toEqual([...original.keys()].sort());
			for (const [key, text] of original) {
				expect(placeholders(said.get(key)!), `${locale} ${group}.${key}`).toEqual(placeholders(text));
				if (text.length > 12 && !sameOnPurpose.test(key))
					expect(said.get(key), `${locale} ${group}.${key} is still English`).not.toBe(text);
			}
		}
	});

	test('no page or feedback word uses {name}, which fill() reads as one of the tester’s names', () => {
		for (const words of [...Object.values(pageWordsByLocale), ...Object.values(feedbackWordsByLocale)]) {
			for (const [key, text] of strings(words)) expect(text, key).not.toContain('{name}');
		}
	});

	test.each(translated)('%s: every fact, note and open question, with the same literals', (locale) => {
		const words = factWordsByLocale[locale];
		for (const fact of remoteFacts) {
			const said = words.facts[fact.id];
			expect(said, `${locale}: fact ${fact.id}`).toBeDefined();
			expect(said!.statement).not.toBe(fact.statement);
			expect(codeSpans(said!.statement), `${locale}: ${fact.id}`).toEqual(codeSpans(fact.statement));
			expect(Boolean(said!.note), `${locale}: ${fact.id} has a note exactly when the registry does`).toBe('note' in fact);
		}
		expect(Object.keys(words.facts).sort()).toEqual(remoteFacts.map((fact) => fact.id).sort());
		for (const question of openQuestions) {
			expect(words.openQuestions[question.id]?.question, `${locale}: ${question.id}`).not.toBe(question.question);
		}
	});

	test.each(translated)('%s: every label the guides show from the registry has its gloss (or none, for a name)', (locale) => {
		const glosses = factWordsByLocale[locale].glosses;
		const labelFacts = [
			'settings-path',
			'generate-button',
			'terms-of-use',
			'endpoint-collections',
			'generate-confirm-button',
			'token-menu',
		];
		const labels = new Set<string>();
		const collect = (value: unknown): void => {
			if (typeof value === 'string') labels.add(value);
			else if (Array.isArray(value)) value.forEach(collect);
			else if (value && typeof value === 'object') Object.values(value).forEach(collect);
		};
		for (const fact of remoteFacts) if ([...labelFacts, 'revoke-confirm-button', 'company-roles'].includes(fact.id)) collect(fact.value);
		collect({ button: sandboxAccess.value.button, signUp: sandboxAccess.value.signUp });
		for (const label of labels) expect(Object.keys(glosses), `${locale}: gloss of "${label}"`).toContain(label);
	});

	test.each(translated)('%s: a next step for every outcome, into that language’s pages', (locale) => {
		const steps = testerWordsFor(locale).nextSteps;
		for (const [outcome, path] of Object.entries(nextStepPaths)) {
			expect(steps[outcome as keyof typeof steps].href).toBe(`/${locale}${path}`);
		}
	});
});

describe('anchors are the same in every language', () => {
	/** The explicit ids of a page's headings and spans, in order. */
	const anchorsOf = (file: string) => [
		...[...readFileSync(file, 'utf8').matchAll(/^#{2,4} .*\{#([a-z0-9_-]+)\}\s*$|<span id="([a-z0-9-]+)"><\/span>/gm)].map(
			(match) => match[1] ?? match[2],
		),
	];
	const pages = guideCatalogue.filter((guide) => guide.availability === 'everywhere').map((guide) => guide.slug);

	test('every heading of every guide has an explicit id', () => {
		for (const directory of ['src/content/docs', ...translated.map((locale) => `src/content/docs/${locale}`)]) {
			for (const name of readdirSync(directory).filter((file) => file.endsWith('.mdx'))) {
				const headings = readFileSync(`${directory}/${name}`, 'utf8').match(/^#{2,4} .*$/gm) ?? [];
				for (const heading of headings) expect(heading, `${directory}/${name}`).toMatch(/\{#[a-z0-9_-]+\}\s*$/);
			}
		}
	});

	test.each(translated)('%s: each page has every English anchor, in the same order', (locale) => {
		for (const slug of [...pages, '404']) {
			expect(anchorsOf(`src/content/docs/${locale}/${slug}.mdx`), `${locale}/${slug}`).toEqual(anchorsOf(`src/content/docs/${slug}.mdx`));
		}
	});

	test.each(locales)('%s: every anchor a verdict or a field leads to exists', (locale) => {
		const directory = locale === defaultLocale ? 'src/content/docs' : `src/content/docs/${locale}`;
		for (const target of [...Object.values(nextStepPaths), ...Object.values(fieldAnchors)]) {
			const [path, anchor] = target.split('#');
			const slug = path!.replaceAll('/', '');
			if (anchor) expect(anchorsOf(`${directory}/${slug}.mdx`), `${locale}: ${target}`).toContain(anchor);
			else expect(readdirSync(directory), `${locale}: ${target}`).toContain(`${slug}.mdx`);
		}
	});
});
