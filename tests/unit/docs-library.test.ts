import { mkdtemp, mkdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { GuidesData } from '../../src/lib/build/guides-data-schema';
import { loadDocsLibrary, type DocsLibrary } from '../../src/lib/server/docs-library';

/** A site of two guides in English and one in German, as a build writes them. */
function guidesData(locale: 'en' | 'de', guides: GuidesData['guides']): GuidesData {
	const site = 'https://help.example.com/';
	return {
		locale,
		brand: { name: 'Example Help', platformName: 'the Hub', url: site },
		recommendedCollection: null,
		fields: { token: `${site}link-account/#field-api-token`, environment: `${site}link-account/#field-environment` },
		reconnect: { pattern: `${site}reconnect/?reason={code}`, reasons: [] },
		errorCatalogue: `${site}error-catalogue.json`,
		guides,
	};
}

const guide = (slug: string, title: string, sections: GuidesData['guides'][number]['sections'], prefix = '') => ({
	slug,
	title,
	description: '',
	url: `https://help.example.com${prefix}/${slug}/`,
	markdownUrl: `https://help.example.com${prefix}/${slug}.md`,
	sections,
});

let dir: string;
let library: DocsLibrary;
beforeAll(async () => {
	dir = await mkdtemp(join(tmpdir(), 'docs-library-'));
	await mkdir(join(dir, 'de'));
	await writeFile(
		join(dir, 'guides.json'),
		JSON.stringify(
			guidesData('en', [
				guide('environments', 'Choose an environment', [
					{ title: 'Choose an environment', content: 'A token works only in the environment it was generated in.' },
					{ title: 'Get a sandbox', id: 'get-a-sandbox', content: 'Any admin can open a **sandbox** company.' },
					{
						title: 'Check your token',
						id: 'check-your-token',
						content: 'Testing is optional. A ra_test_ token comes from a sandbox company, and “sandbox” is in the text alone here.',
					},
				]),
				guide('revoke-token', 'Revoke a token', [
					{
						title: 'Revoke the token in Remote',
						id: 'revoke-the-token-in-remote',
						content: '',
						steps: [{ title: 'Open the three-dot menu and choose **Revoke token**.', content: '' }],
					},
				]),
			]),
		),
	);
	await writeFile(join(dir, 'environments.md'), '# Choose an environment\n');
	// A twin the build wrote for a guide the brand's guides.json does not list: never served.
	await writeFile(join(dir, 'hidden.md'), '# A hidden guide\n');
	await writeFile(
		join(dir, 'de', 'guides.json'),
		JSON.stringify(
			guidesData('de', [
				guide('environments', 'Umgebung wählen', [{ title: 'Sandbox öffnen', id: 'get-a-sandbox', content: 'Eine Sandbox.' }], '/de'),
			]),
		),
	);
	await writeFile(join(dir, 'de', 'environments.md'), '# Umgebung wählen\n');
	library = await loadDocsLibrary(dir);
});
afterAll(() => rm(dir, { recursive: true, force: true }));

describe('the docs library', () => {
	test('knows the languages the site ships, its root first', () => {
		expect(library.rootLocale).toBe('en');
		expect(library.locales).toEqual(['en', 'de']);
	});

	test('ranks sections by their words, a heading’s above a passing mention, with their anchors and a snippet', () => {
		const [first, second, ...rest] = library.search('sandbox', 'en');
		expect(first).toMatchObject({
			guide: 'Choose an environment',
			section: 'Get a sandbox',
			url: 'https://help.example.com/environments/#get-a-sandbox',
		});
		expect(first!.snippet).toContain('sandbox company');
		// The mention in a section's text alone comes after the heading, its snippet at the word.
		expect(second).toMatchObject({ section: 'Check your token', url: 'https://help.example.com/environments/#check-your-token' });
		expect(second!.score).toBeLessThan(first!.score);
		expect(second!.snippet).toContain('sandbox company');
		expect(rest).toEqual([]);
		expect(library.search('optional', 'en')[0]!.section).toBe('Check your token');
		expect(library.search('revoke', 'en')[0]!.url).toBe('https://help.example.com/revoke-token/#revoke-the-token-in-remote');
		expect(library.search('', 'en')).toEqual([]);
		expect(library.search('zebra quantum', 'en')).toEqual([]);
	});

	test('answers in the language asked, and in the root language for one the site does not ship', async () => {
		expect(library.search('sandbox', 'de')[0]!.url).toBe('https://help.example.com/de/environments/#get-a-sandbox');
		expect(await library.markdown('environments', 'de')).toBe('# Umgebung wählen\n');
		expect(await library.markdown('environments', 'fr')).toBe('# Choose an environment\n');
		expect(library.guides('es').locale).toBe('en');
	});

	test('gives a guide’s Markdown only for a guide the site has', async () => {
		expect(await library.markdown('environments', 'en')).toBe('# Choose an environment\n');
		expect(await library.markdown('revoke-token', 'en')).toBeNull();
		expect(await library.markdown('../../etc/passwd', 'en')).toBeNull();
		expect(await library.markdown('link-account', 'en')).toBeNull();
		expect(await library.markdown('hidden', 'en')).toBeNull();
	});
});
