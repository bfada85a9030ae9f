import { z } from 'zod';

/**
 * What /formats/apideck.md holds: the consumer guide for Remote, as Apideck writes one for each connector. Apideck
 * keeps these in its own Connector API, not in a public repository: `GET /connector/connectors/{id}/docs/{doc_id}`
 * answers `text/markdown`, and `{doc_id}` is `<audience>+<name>` (`consumer+connection` for this guide). Its
 * developer site shows it at https://developers.apideck.com/connectors/<service_id>/docs/consumer+connection, and
 * Vault links there ("View our Connection Guide") when a connection fails and the connector's `has_guide` is true.
 * Apideck writes these itself: our Markdown is an offer for them to adopt, or for a platform on Apideck to show
 * next to its own Vault.
 *
 * Sources:
 * - https://developers.apideck.com/connectors/remote/docs/consumer+connection: the only consumer guide we could
 *   read in full (Remote's). Its title is "How to Connect to Remote", then one line on what the guide does, then
 *   the sections "Prerequisites", "Generate Your API Token", "Environment", "Vault Connection Setup" (ending
 *   "You're connected now!"), "Known Limitations", "Revoking Tokens" (our copy of the page may be cut after that).
 * - apideck-libraries/openapi-specs @ 89f7bc84d3433e278559da61c2a39858f7829ab2, connector.yml: `ConnectorDoc`
 *   { id, name, audience: application_owner | consumer, format: markdown, url }, the docs endpoint and its
 *   `text/markdown` answer, the example doc ids `consumer+connection` and `application_owner+oauth_credentials`.
 * - The Vault API's `has_guide` ("whether the connector has a guide available in the developer docs …
 *   /connectors/{service_id}/docs/consumer+connection"), in apideck-libraries/openapi-specs vault.yml.
 *
 * Not confirmed: the Markdown heading levels (we saw the page rendered, not its source), and whether any section
 * follows "Revoking Tokens" (a troubleshooting section is ours, allowed last). The Remote page is the only model,
 * so the order below is that page's.
 */

/** The metadata Apideck's Connector API lists for each doc of a connector (connector.yml `ConnectorDoc`). */
export const ApideckConnectorDocSchema = z
	.object({
		id: z.string().describe('e.g. `consumer+connection`.'),
		name: z.string().describe('e.g. `connection`.'),
		audience: z.enum(['application_owner', 'consumer']),
		format: z.literal('markdown'),
		url: z.url().describe('e.g. https://unify.apideck.com/connector/connectors/remote/docs/consumer+connection.'),
	})
	.describe('Apideck’s own record of a connector doc; not part of our Markdown.');

/**
 * The sections of a consumer guide, in the order they must appear. `required`: the guide is unusable
 * without it. `environment` is required for Remote, whose tokens work in one environment only;
 * `troubleshooting` is ours (no Apideck guide we read has one), so it may only come last. Their
 * titles are Apideck's own in English (src/i18n/en/formats.ts) and each language's in the others.
 */
export const apideckConsumerSections = [
	{ kind: 'prerequisites', required: true },
	{ kind: 'credentials', required: true },
	{ kind: 'environment', required: true },
	{ kind: 'connection-setup', required: true },
	{ kind: 'known-limitations', required: false },
	{ kind: 'revoking', required: false },
	{ kind: 'troubleshooting', required: false },
] as const;

export type ApideckSectionKind = (typeof apideckConsumerSections)[number]['kind'];
type SectionKind = ApideckSectionKind;
const sectionKinds = apideckConsumerSections.map((section) => section.kind) as [SectionKind, ...SectionKind[]];

/** The words an outline is checked against: the guide's title and each section's, in its language. */
export interface ApideckTitles {
	title: string;
	sections: Record<SectionKind, string>;
}

const markdown = (what: string) => z.string().min(1).describe(`${what}, in Markdown with absolute links.`);

export const ApideckGuideSectionSchema = z.strictObject({
	kind: z.enum(sectionKinds).describe('Which of Apideck’s sections this is; fixes its place in the guide.'),
	title: z.string().min(1).describe('The heading: Apideck’s own words in English, each language’s in the others.'),
	content: markdown('The section before its steps (for `connection-setup`: the fields to fill, with their help)'),
	steps: z
		.array(markdown('One step'))
		.min(1)
		.optional()
		.describe('Rendered as a numbered list after `content`, as Apideck numbers "Generate Your API Token" and "Revoking Tokens".'),
	outro: markdown('What follows the steps, e.g. "You’re connected now!" closing the connection setup').optional(),
});

/** Checks kinds: each at most once, in Apideck's order, with every required one present. `at` gives each kind's index in `path`. */
function checkSectionOrder(
	kinds: readonly SectionKind[],
	ctx: z.RefinementCtx,
	path: (string | number)[],
	at: (index: number) => number = (index) => index,
): void {
	let previous = -1;
	kinds.forEach((kind, index) => {
		const position = sectionKinds.indexOf(kind);
		if (position <= previous) {
			ctx.addIssue({ code: 'custom', path: [...path, at(index)], message: `"${kind}" is repeated or out of Apideck’s order.` });
		}
		previous = Math.max(previous, position);
	});
	for (const section of apideckConsumerSections) {
		if (section.required && !kinds.includes(section.kind)) {
			ctx.addIssue({ code: 'custom', path, message: `The guide has no "${section.kind}" section.` });
		}
	}
}

/**
 * /formats/apideck.md before rendering. The Markdown is rendered as:
 *
 *     # How to Connect to Remote
 *     <intro>
 *     ## Prerequisites
 *     ## Generate Your API Token
 *     ## Environment
 *     ## Vault Connection Setup
 *     ## Known Limitations        (optional)
 *     ## Revoking Tokens          (optional)
 *     ## Troubleshooting          (optional, ours)
 *
 * one H1 and H2 sections in that order (the levels are our reading of the rendered page), each section's `content`,
 * then its `steps` as a numbered list, then its `outro`. No other headings at H2.
 */
export const ApideckConsumerGuideSchema = z
	.strictObject({
		title: z.string().min(1).describe('The H1: "How to Connect to Remote" in English.'),
		intro: markdown('One or two sentences on what the guide does, e.g. generating a token to connect the account'),
		sections: z.array(ApideckGuideSectionSchema).min(1),
	})
	.superRefine((guide, ctx) => {
		checkSectionOrder(
			guide.sections.map((section) => section.kind),
			ctx,
			['sections'],
		);
	})
	.describe('The consumer connection guide, as data in the shape of Apideck’s.');

/**
 * The headings of the rendered Markdown, for a test to check the file itself: the H1 and the H2 titles in order,
 * which must be the section titles in the guide's language, each at most once, in order, the required ones present.
 */
export function apideckOutlineSchema(titles: ApideckTitles) {
	const sectionTitles = sectionKinds.map((kind) => titles.sections[kind]);
	return z
		.strictObject({
			h1: z.array(z.literal(titles.title)).length(1, 'Exactly one H1.'),
			h2: z.array(z.string()),
		})
		.superRefine((outline, ctx) => {
			const kinds: SectionKind[] = [];
			const indexes: number[] = [];
			outline.h2.forEach((title, index) => {
				const position = sectionTitles.indexOf(title);
				if (position === -1) {
					ctx.addIssue({ code: 'custom', path: ['h2', index], message: `"${title}" is not one of the guide’s section titles.` });
				} else {
					kinds.push(sectionKinds[position]!);
					indexes.push(index);
				}
			});
			checkSectionOrder(kinds, ctx, ['h2'], (index) => indexes[index]!);
		});
}

export type ApideckConnectorDoc = z.infer<typeof ApideckConnectorDocSchema>;
export type ApideckGuideSection = z.infer<typeof ApideckGuideSectionSchema>;
export type ApideckConsumerGuide = z.infer<typeof ApideckConsumerGuideSchema>;
export type ApideckConsumerGuideOutline = z.infer<ReturnType<typeof apideckOutlineSchema>>;
