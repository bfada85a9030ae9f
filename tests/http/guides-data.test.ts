import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { GuidesDataSchema, type GuidesData } from '../../src/lib/build/guides-data-schema';
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
