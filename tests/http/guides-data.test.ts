import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { ErrorCatalogueDataSchema } from '../../src/lib/build/error-catalogue-data';
import { GuidesDataSchema, type GuidesData } from '../../src/lib/build/guides-data-schema';
import { pageWordsByLocale } from '../../src/i18n/page-words';
import { knownErrors } from '../../src/lib/shared/error-catalogue';
import { reconnectReasons } from '../../src/lib/shared/reconnect-reasons';
import { guidePaths } from '../support/guides';
import { jsonSchemaErrors, stepsInData, stepsOnPage } from '../support/guides-data';
import { startHelpCenter, type RunningHelpCenter } from '../support/help-center';

/** /guides.json and /guides.schema.json, as the built server serves them. */
let server: RunningHelpCenter;
let data: GuidesData;
let schema: object;
beforeAll(async () => {
	server = await startHelpCenter();
	const [dataResponse, schemaResponse] = await Promise.all([fetch(`${server.url}/guides.json`), fetch(`${server.url}/guides.schema.json`)]);
	expect(dataResponse.headers.get('content-type')).toBe('application/json; charset=utf-8');
	expect(schemaResponse.headers.get('content-type')).toBe('application/json; charset=utf-8');
	data = (await dataResponse.json()) as GuidesData;
	schema = (await schemaResponse.json()) as object;
});
afterAll(async () => {
	await server?.stop();
});

test('guides.json validates against the JSON Schema served beside it, and against its own zod schema', () => {
	expect(schema).toMatchObject({ $schema: 'https://json-schema.org/draft/2020-12/schema', type: 'object' });
	expect(jsonSchemaErrors(schema, data)).toEqual([]);
	expect(GuidesDataSchema.safeParse(data).success).toBe(true);
});

test('the schema refuses what is not the promised shape', () => {
	const [first] = data.guides;
	expect(jsonSchemaErrors(schema, { ...data, guides: [{ ...first, sections: 'none' }] })).not.toEqual([]);
	expect(jsonSchemaErrors(schema, { ...data, guides: [{ ...first, url: 'not a url' }] })).not.toEqual([]);
	expect(jsonSchemaErrors(schema, { ...data, extra: true })).not.toEqual([]);
});

test('lists every guide in task order, with its page and Markdown twin', async () => {
	expect(data.guides.map((guide) => new URL(guide.url).pathname)).toEqual([...guidePaths]);
	for (const guide of data.guides) {
		expect(guide.markdownUrl).toBe(new URL(guide.slug ? `/${guide.slug}.md` : '/index.md', guide.url).href);
		expect(guide.sections.length, guide.slug).toBeGreaterThan(0);
	}
	expect(data.brand.platformName).toBe('the Hub');
	// The house brand declares no uses: the reader chooses the collection.
	expect(data.recommendedCollection).toBeNull();
});

describe('made from the pages themselves', () => {
	test.each(guidePaths)('the steps of %s are the steps its page shows, in order', async (path) => {
		const guide = data.guides.find((candidate) => new URL(candidate.url).pathname === path)!;
		const html = await (await fetch(`${server.url}${path}`)).text();
		expect(stepsInData(guide)).toEqual(stepsOnPage(html));
	});

	test('the guides with numbered steps have them as steps, in the section of their heading', () => {
		const link = data.guides.find((guide) => guide.slug === 'link-account')!;
		const connect = link.sections.find((section) => section.title === 'Connect your Remote account')!;
		expect(connect.steps?.map((step) => step.title)).toEqual([
			'In the Hub, start a new connection and choose **Remote**.',
			'Paste your API token into the token field, exactly as you copied it, with no spaces or quotes around it.',
			'Choose the environment that matches how the token starts: **Production** for `ra_live_`, **Sandbox** for `ra_test_`.',
			'Click **Connect**.',
		]);
		// Its first caution is the warning, before the sections, and not repeated in them.
		expect(link.warning).toMatch(
			/^\*\*Match the environment to the prefix\*\*\n\nA token works only in the environment it was created in:/,
		);
		expect(JSON.stringify(link.sections)).not.toContain('Match the environment to the prefix');
	});

	test('what only works on screen is said in words, and no markup or script comes along', () => {
		const environments = data.guides.find((guide) => guide.slug === 'environments')!;
		const text = JSON.stringify(environments);
		expect(text).toContain('This page has an interactive token tester');
		expect(text).not.toMatch(/<(script|style|form|input|button)\b/);
		// Words shown only to readers a platform sent for one environment are not part of the guide.
		expect(JSON.stringify(data)).not.toContain('sent you here for');
	});
});

test('each field a platform asks for has a stable anchor, on the step that explains it', async () => {
	expect(data.fields).toEqual({
		token: new URL('/link-account/#field-api-token', data.brand.url).href,
		environment: new URL('/link-account/#field-environment', data.brand.url).href,
	});
	const html = await (await fetch(`${server.url}/link-account/`)).text();
	expect(html).toMatch(/<li>\s*<p><span id="field-api-token"><\/span>Paste your API token/);
	expect(html).toMatch(/<li>\s*<p><span id="field-environment"><\/span>Choose the environment/);
});

describe('for a platform’s failure screens', () => {
	/** Where the build says the site is published (its links are absolute), without the final slash. */
	const site = () => data.brand.url.replace(/\/$/, '');

	test('names /reconnect/’s URL pattern and every reason, each leading to a section the page has', async () => {
		expect(data.reconnect.pattern).toBe(`${site()}/reconnect/?reason={code}&environment={production|sandbox}&return={url}`);
		expect(data.reconnect.reasons.map((reason) => reason.code)).toEqual([...reconnectReasons]);
		const page = await (await fetch(`${server.url}/reconnect/`)).text();
		for (const { code, url, section } of data.reconnect.reasons) {
			expect(url).toBe(`${site()}/reconnect/?reason=${code}`);
			const id = new URL(section).hash.slice(1);
			expect(page, code).toContain(`id="${id}"`);
			expect(page, code).toMatch(new RegExp(`data-reasons="[^"]*\\b${code}\\b`));
		}
		// In another language, the same reasons lead into that language's page.
		const german = (await (await fetch(`${server.url}/de/guides.json`)).json()) as GuidesData;
		expect(german.reconnect.reasons.find((reason) => reason.code === 'forbidden')?.section).toBe(
			`${site()}/de/reconnect/#not-allowed-to-do-this`,
		);
	});

	test('links the error catalogue as data, which holds every entry the decoder knows, with sections that exist', async () => {
		expect(data.errorCatalogue).toBe(`${site()}/error-catalogue.json`);
		const response = await fetch(`${server.url}${new URL(data.errorCatalogue).pathname}`);
		expect(response.headers.get('content-type')).toBe('application/json; charset=utf-8');
		const catalogue = ErrorCatalogueDataSchema.parse(await response.json());
		expect(catalogue.locale).toBe('en');
		expect(catalogue.entries.map((entry) => entry.id)).toEqual(knownErrors.map((entry) => entry.id));
		const troubleshooting = await (await fetch(`${server.url}/troubleshooting/`)).text();
		for (const entry of catalogue.entries) {
			// The pattern travels as data and still finds its examples, and only after secrets are masked.
			const pattern = new RegExp(entry.pattern.source, entry.pattern.flags);
			for (const example of entry.examples) expect(pattern.test(example), `${entry.id}: ${example}`).toBe(true);
			expect(troubleshooting, entry.id).toContain(`id="${new URL(entry.section).hash.slice(1)}"`);
			expect(entry.reconnect).toBe(`${site()}/reconnect/?reason=${entry.means}`);
		}
		const french = ErrorCatalogueDataSchema.parse(await (await fetch(`${server.url}/fr/error-catalogue.json`)).json());
		expect(french.entries[0]!.cause).toBe(pageWordsByLocale.fr.decoder.means[french.entries[0]!.means as 'unauthorized']);
		expect(french.entries[0]!.section).toMatch(`${site()}/fr/troubleshooting/#`);
	});
});
