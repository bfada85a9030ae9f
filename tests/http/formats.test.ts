import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { parse as parseYaml } from 'yaml';
import { formatWordsByLocale } from '../../src/i18n/format-words';
import { pageWordsByLocale } from '../../src/i18n/page-words';
import { guideParts } from '../../src/lib/build/formats/guide-parts';
import { nangoProvider } from '../../src/lib/build/formats/nango';
import { stackOneFragment } from '../../src/lib/build/formats/stackone';
import { GuidesDataSchema } from '../../src/lib/build/guides-data-schema';
import { locales } from '../../src/lib/shared/locales';
import { startHelpCenter, type RunningHelpCenter } from '../support/help-center';
import { formatPaths, formatProblems } from '../support/platform-formats';

/**
 * The guide in each platform's own format, as the built server serves it, in every language:
 * each file valid against the schema written from its platform's documentation and made of the
 * same text as /guides.json (tests/support/platform-formats.ts).
 */

let server: RunningHelpCenter;
beforeAll(async () => {
	server = await startHelpCenter();
}, 30_000);
afterAll(async () => {
	await server?.stop();
});

async function read(path: string): Promise<string> {
	const response = await fetch(new URL(path, server.url));
	if (!response.ok) throw new Error(`${path}: ${response.status}`);
	return response.text();
}

describe.each(locales)('in %s', (locale) => {
	const prefix = locale === 'en' ? '' : `/${locale}`;

	test('every format is served with its type, and is valid against its platform’s schema and made of the guides’ text', async () => {
		for (const path of formatPaths) {
			const response = await fetch(new URL(`${prefix}${path}`, server.url));
			expect(response.status, path).toBe(200);
			expect(response.headers.get('content-type'), path).toBe(
				path.endsWith('.yaml') ? 'text/yaml; charset=utf-8' : 'text/markdown; charset=utf-8',
			);
		}
		// The guides.json the formats must agree with, at the published URL the build names (localhost here).
		const guides = GuidesDataSchema.parse(JSON.parse(await read(`${prefix}/guides.json`)));
		const local = (path: string) => read(path.startsWith('http') ? new URL(path).pathname : path);
		expect(await formatProblems(local, prefix, guides, pageWordsByLocale[locale].connectLabel)).toEqual([]);
	});
});

test('the YAML formats say what they are, where they go and what made them, and parse back to exactly what the generators made', async () => {
	for (const locale of locales) {
		const prefix = locale === 'en' ? '' : `/${locale}`;
		const guides = GuidesDataSchema.parse(JSON.parse(await read(`${prefix}/guides.json`)));
		const words = formatWordsByLocale[locale];
		for (const [path, made] of [
			['/formats/stackone.yaml', stackOneFragment(guideParts(guides), words)],
			['/formats/nango.yaml', nangoProvider(guideParts(guides), words)],
		] as const) {
			const text = await read(`${prefix}${path}`);
			expect(text.split('\n')[0], path).toMatch(/^# .*(StackOne|Nango)/);
			expect(text, path).toMatch(
				/# Made from .* in (English|German|French|Spanish), from the same pages as http:\/\/[^ ]+\/guides\.json\./,
			);
			// Block scalars, quoting and comments change nothing: a platform parses what the generator made.
			expect(parseYaml(text), `${prefix}${path}`).toEqual(made);
		}
	}
	expect(await read('/formats/nango.yaml')).toMatch(/overrides docs_connect .*\n# .*dropping doc_section/);
	// German text, with Remote's labels as on screen and the environment as the guides name it.
	const german = await read('/de/formats/apideck.md');
	expect(german).toMatch(/^# So verbinden Sie Remote\n/);
	expect(german).toContain('**Generate API token**');
	expect(parseYaml(await read('/de/formats/stackone.yaml'))).toMatchObject({
		authentication: [
			{
				custom: {
					environments: [
						{ key: 'production', name: 'Produktion' },
						{ key: 'sandbox', name: 'Sandbox' },
					],
				},
			},
		],
	});
});
