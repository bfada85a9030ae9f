import { describe, expect, test } from 'vitest';
import { parse as parseYaml } from 'yaml';
import { formatWordsByLocale } from '../../src/i18n/format-words';
import { apideckGuide, renderApideckGuide } from '../../src/lib/build/formats/apideck';
import { apideckOutlineSchema, ApideckConsumerGuideSchema } from '../../src/lib/build/formats/apideck-schema';
import { madeFrom, yamlFile } from '../../src/lib/build/formats/format-files';
import { guideParts, remoteConnection, stepsAsMarkdown } from '../../src/lib/build/formats/guide-parts';
import { nangoConnectPage, nangoProvider, renderNangoConnectPage } from '../../src/lib/build/formats/nango';
import { nangoDocSectionOf, NangoConnectPageSchema, NangoProviderEntrySchema } from '../../src/lib/build/formats/nango-schema';
import { stackOneFragment } from '../../src/lib/build/formats/stackone';
import { StackOneConnectorFragmentSchema } from '../../src/lib/build/formats/stackone-schema';
import { guideSections } from '../../src/lib/build/guides-data';
import { GuidesDataSchema, type GuidesData } from '../../src/lib/build/guides-data-schema';
import { headingsOf } from '../support/platform-formats';

/**
 * The platform formats' generators and schemas on guides made here, as Starlight renders them
 * (headings in their wrappers, <Steps> lists, a caution aside, the field anchors): every format
 * made and valid, a brand that hides guides, and each schema's own rules refusing what a platform
 * would refuse. The built site's files are checked in tests/http/formats.test.ts.
 */

const site = 'https://help.example.com';
const heading = (id: string, title: string) => `<div class="sl-heading-wrapper level-h2"><h2 id="${id}">${title}</h2></div>`;
const steps = (...items: string[]) => `<ol class="sl-steps">${items.map((item) => `<li><p>${item}</p></li>`).join('')}</ol>`;
const caution = (title: string, text: string) =>
	`<aside class="starlight-aside starlight-aside--caution"><p class="starlight-aside__title">${title}</p><div class="starlight-aside__content"><p>${text}</p></div></aside>`;

const pages: Record<string, { title: string; html: string }> = {
	'': {
		title: 'Connect your Remote account',
		html: `<p>It takes about 10 minutes, and you need to be an admin in Remote.</p>${heading('quick-path', 'Quick path')}${steps('Sign in to Remote as an admin.', 'Click <strong>Generate API token</strong>.', 'Paste it in Acme Hub.')}`,
	},
	prerequisites: {
		title: 'Prerequisites',
		html: `${heading('an-admin-role-in-remote', 'An admin role in Remote')}<p>Only an <strong>admin</strong> can create tokens.</p>`,
	},
	'generate-token': {
		title: 'Generate a token',
		html: `<p>Sign in to the company you want to connect.</p>${heading('create-the-token', 'Create the token')}${steps('Click <strong>Generate API token</strong>.', 'Click <strong>Generate</strong>.')}`,
	},
	environments: {
		title: 'Choose an environment',
		html: '<p>A token works only in the environment it was generated in: <code>ra_live_</code> for Production, <code>ra_test_</code> for Sandbox.</p>',
	},
	'link-account': {
		title: 'Link your account',
		html: `${heading('connect-your-remote-account', 'Connect your Remote account')}${steps(
			'In Acme Hub, start a new connection.',
			'<span id="field-api-token"></span>Paste your API token into the token field.',
			'<span id="field-environment"></span>Choose <strong>Production</strong> for <code>ra_live_</code>, <strong>Sandbox</strong> for <code>ra_test_</code>.',
			'Click <strong>Save</strong>.',
		)}${caution('Match the environment to the prefix', 'A token works only in its own environment.')}${heading('youre-connected', 'You’re connected')}<p>Note the token’s name.</p>`,
	},
	'revoke-token': {
		title: 'Revoke a token',
		html: `${heading('revoke-the-token-in-remote', 'Revoke the token in Remote')}${steps('Open the menu.', 'Choose <strong>Revoke token</strong>.')}`,
	},
	'known-limitations': {
		title: 'Known limitations',
		html: `${heading('rate-limits', 'Rate limits')}<p>Remote allows about 20 requests a minute.</p>`,
	},
	troubleshooting: {
		title: 'Troubleshooting',
		html: `${heading('when-a-working-connection-stops', 'When a working connection stops')}${steps('Check the token is still active.', 'Test it.')}`,
	},
};

async function guidesOf(slugs: string[], locale: 'en' | 'de' = 'en'): Promise<GuidesData> {
	const guides = [];
	for (const slug of slugs) {
		const { title, html } = pages[slug]!;
		const url = `${site}/${slug ? `${slug}/` : ''}`;
		guides.push({
			slug,
			title,
			description: `${title}, in short.`,
			url,
			markdownUrl: `${site}/${slug || 'index'}.md`,
			...(await guideSections(html, title, { baseUrl: site })),
		});
	}
	return GuidesDataSchema.parse({
		locale,
		brand: { name: 'Acme Help Center', platformName: 'Acme Hub', url: `${site}/` },
		recommendedCollection: null,
		fields: { token: `${site}/link-account/#field-api-token`, environment: `${site}/link-account/#field-environment` },
		reconnect: { pattern: `${site}/reconnect/?reason={code}`, reasons: [] },
		errorCatalogue: `${site}/error-catalogue.json`,
		guides,
	});
}

const every = Object.keys(pages);
const kept = ['', 'environments', 'link-account', 'troubleshooting'];

describe('every format, from guides as Starlight renders them', () => {
	test('the guides data keeps the steps’ stable anchors and the caution as the warning', async () => {
		const link = (await guidesOf(every)).guides.find((guide) => guide.slug === 'link-account')!;
		expect(link.warning).toBe('**Match the environment to the prefix**\n\nA token works only in its own environment.');
		expect(link.sections[0]!.steps!.map((step) => step.id)).toEqual([undefined, 'field-api-token', 'field-environment', undefined]);
	});

	test.each(['en', 'de'] as const)('all are made and valid in %s, with every guide', async (locale) => {
		const words = formatWordsByLocale[locale];
		const parts = guideParts(await guidesOf(every, locale));
		const stackOne = stackOneFragment(parts, words);
		const method = stackOne.authentication[0].custom;
		expect(method.support.guides.config.sections.map((section) => section.title)).toEqual([
			'An admin role in Remote',
			'Generate a token',
			'Choose an environment',
			'Connect your Remote account',
		]);
		expect(method.configFields.find((field) => field.key === 'apiToken')!.guide!.description).toBe(
			`Paste your API token into the token field. [${words.moreHelp}](${site}/link-account/#field-api-token)`,
		);
		expect(method.environments.map((environment) => environment.name)).toEqual([words.environments.production, 'Sandbox']);
		const nango = nangoProvider(parts, words)['remote']!;
		expect(nango.credentials.apiKey.doc_section).toBe('#field-api-token');
		expect(nango.connection_config!['environment']!.enum).toEqual(['gateway.remote.com', 'gateway.remote-sandbox.com']);
		const page = renderNangoConnectPage(nangoConnectPage(parts, words), words);
		expect(
			headingsOf(page)
				.filter((heading) => heading.level === 4)
				.map((heading) => heading.text),
		).toEqual([
			words.nango.stepTitle.replace('{number}', '1').replace('{title}', 'Generate a token'),
			words.nango.stepTitle.replace('{number}', '2').replace('{title}', 'Choose an environment'),
			words.nango.stepTitle.replace('{number}', '3').replace('{title}', 'Connect your Remote account'),
		]);
		const apideck = renderApideckGuide(apideckGuide(parts, words));
		const outline = {
			h1: headingsOf(apideck)
				.filter((heading) => heading.level === 1)
				.map((heading) => heading.text),
			h2: headingsOf(apideck)
				.filter((heading) => heading.level === 2)
				.map((heading) => heading.text),
		};
		expect(apideckOutlineSchema(words.apideck).parse(outline).h2).toEqual(Object.values(words.apideck.sections));
		expect(apideck).toContain('4. Click **Save**.');
	});

	test('a brand that hides the optional guides still gets every format: the quick path stands in, optional sections go', async () => {
		const words = formatWordsByLocale.en;
		const parts = guideParts(await guidesOf(kept));
		expect(stackOneFragment(parts, words).authentication[0].custom.support.guides.config.sections[0]!.title).toBe('Quick path');
		const apideck = apideckGuide(parts, words);
		expect(apideck.sections.map((section) => section.kind)).toEqual([
			'prerequisites',
			'credentials',
			'environment',
			'connection-setup',
			'troubleshooting',
		]);
		expect(apideck.sections[0]!.content).toBe('It takes about 10 minutes, and you need to be an admin in Remote.');
		expect(nangoConnectPage(parts, words).prerequisites).toEqual(['It takes about 10 minutes, and you need to be an admin in Remote.']);
	});

	test('guides without a part every format needs are refused by name, not made half', async () => {
		await expect(guidesOf(['', 'environments', 'troubleshooting']).then(guideParts)).rejects.toThrow('the link-account guide');
	});
});

describe('each schema refuses what its platform would', () => {
	test('StackOne: the token field must be a secret password, and the base URL’s field a select of https gateways', async () => {
		const fragment = stackOneFragment(guideParts(await guidesOf(every)), formatWordsByLocale.en);
		const method = fragment.authentication[0].custom;
		const withFields = (configFields: typeof method.configFields) => ({
			...fragment,
			authentication: [{ custom: { ...method, configFields } }],
		});
		const [environment, token] = method.configFields;
		expect(() => StackOneConnectorFragmentSchema.parse(withFields([environment!, { ...token!, secret: false }]))).toThrow(
			'secret password',
		);
		expect(() =>
			StackOneConnectorFragmentSchema.parse(withFields([{ ...environment!, type: 'text', options: undefined }, token!])),
		).toThrow('select');
		expect(() => StackOneConnectorFragmentSchema.parse({ ...fragment, baseUrl: '${credentials.region}' })).toThrow(/key .{0,2}region/);
		expect(() =>
			StackOneConnectorFragmentSchema.parse(withFields([environment!, { ...token!, validation: { type: 'html-pattern', pattern: '(' } }])),
		).toThrow('regular expression');
	});

	test('Nango: every connection-config value used and defined, a doc_section only with docs_connect, steps numbered in order', async () => {
		const parts = guideParts(await guidesOf(every));
		const entry = nangoProvider(parts, formatWordsByLocale.en)['remote']!;
		expect(() => NangoProviderEntrySchema.parse({ ...entry, proxy: { ...entry.proxy, base_url: 'https://gateway.remote.com' } })).toThrow(
			'never used',
		);
		expect(() =>
			NangoProviderEntrySchema.parse({ ...entry, proxy: { ...entry.proxy, base_url: 'https://${connectionConfig.region}' } }),
		).toThrow('connectionConfig.region');
		expect(() => NangoProviderEntrySchema.parse({ ...entry, docs_connect: undefined })).toThrow('docs_connect');
		expect(() => NangoProviderEntrySchema.parse({ ...entry, docs_connect: `${site}/link-account/#top` })).toThrow('fragment');
		const page = nangoConnectPage(parts, formatWordsByLocale.en);
		expect(() => NangoConnectPageSchema.parse({ ...page, steps: [...page.steps].reverse() })).toThrow('Step 1');
		expect(nangoDocSectionOf('Step 1: Selecting your environment')).toBe('#step-1-selecting-your-environment');
	});

	test('Apideck: the required sections, once each, in Apideck’s order', async () => {
		const guide = apideckGuide(guideParts(await guidesOf(every)), formatWordsByLocale.en);
		expect(() => ApideckConsumerGuideSchema.parse({ ...guide, sections: [...guide.sections].reverse() })).toThrow('order');
		expect(() =>
			ApideckConsumerGuideSchema.parse({ ...guide, sections: guide.sections.filter((section) => section.kind !== 'environment') }),
		).toThrow(/no .{0,2}environment/);
		const outline = apideckOutlineSchema(formatWordsByLocale.en.apideck);
		expect(() => outline.parse({ h1: ['How to Connect to Remote'], h2: ['Prerequisites', 'Setup'] })).toThrow(/Setup/);
	});
});

test('the token pattern takes a whole token of either environment and nothing less or else', () => {
	const pattern = new RegExp(remoteConnection.tokenPattern);
	for (const token of ['ra_live_Q7w8E9r0T1y2U3i4O5p6', 'ra_test_Q7w8E9r0T1y2U3i4O5p6']) expect(pattern.test(token), token).toBe(true);
	for (const text of [
		'ra_live_',
		'ra_test_short',
		'RA_LIVE_Q7w8E9r0T1y2U3i4O5p6',
		'ra_live_Q7w8E9r0T1y2 U3i4O5p6',
		'sk_live_Q7w8E9r0T1y2U3i4O5p6',
	])
		expect(pattern.test(text), text).toBe(false);
});

test('a YAML format opens with its header as comments, and parses back to the value it was made from', async () => {
	const data = await guidesOf(every);
	const value = { remote: { display_name: 'Remote', description: 'Line one:\n\n- a list: with colons' } };
	const file = yamlFile(value, ['What this is.', ...madeFrom(data, 'de', `${site}/de/guides.json`)]);
	expect(file.split('\n').slice(0, 3)).toEqual([
		'# What this is.',
		`# Made from Acme Help Center’s guides (${site}/), in German, from the same pages as ${site}/de/guides.json.`,
		'# Edit the guides, not this file: every build writes it again.',
	]);
	expect(parseYaml(file)).toEqual(value);
	expect(
		stepsAsMarkdown([
			{ title: 'Do this.', content: 'More:\n\n- a' },
			{ title: 'Then that.', content: '' },
		]),
	).toBe('1. Do this.\n\n   More:\n\n   - a\n2. Then that.');
});
