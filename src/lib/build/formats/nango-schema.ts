import { z } from 'zod';

/**
 * What /formats/nango.yaml and /formats/nango-connect.md hold: a `remote` provider entry as Nango writes one in
 * `packages/providers/providers.yaml` (NangoHQ/nango; `packages/shared/providers.yaml` in older trees), and the
 * page its `docs_connect` points to, `docs/api-integrations/<provider>/connect.mdx` (older pages sit in
 * `docs/integrations/all/<provider>/connect.mdx`), published at https://nango.dev/docs/api-integrations/<provider>/connect.
 * Both are for a pull request to NangoHQ/nango; a platform on Nango can also point its own Connect UI at our page
 * with a connect session's `overrides[<integration>].docs_connect`, and then Nango drops every `doc_section`
 * (see `NangoProviderEntrySchema`).
 *
 * Sources (NangoHQ/nango; each file at the commit that last changed it):
 * - scripts/validation/providers/schema.json @ 617e687dc776ae960c3826cdc3f895b330db49d8: the JSON schema CI runs
 *   on providers.yaml (provider keys `^[a-z0-9-]+$`, entries and fields `additionalProperties: false`, the
 *   `categories` and `auth_mode` enums, `doc_section` `^#[a-z0-9-]+$`, `proxy.verification.endpoints` required).
 * - scripts/validation/providers/validate.ts @ 0d8effe3aeb14a25240fed43e6e6db8e84c43689: the checks beyond the
 *   schema (API_KEY needs `credentials.apiKey`; every `${connectionConfig.x}` defined and every defined one used;
 *   a `doc_section` needs `docs_connect` and must equal a `Step …` heading of connect.mdx, turned into an anchor).
 * - packages/types/lib/providers/provider.ts @ 45201dfce4fb29a65631f62ca4853a6f1603ce77: `BaseProvider`,
 *   `SimplifiedJSONSchema` (the field type).
 * - packages/connect-ui/src/views/Go.tsx @ 1c08b2f102e582102f522956614fdde8a3e31547 and src/lib/utils.ts: the
 *   Connect UI links each field's info icon to `docs_connect + doc_section`, or to the bare override URL; a
 *   `pattern` failure says "Incorrect <title>" (no custom message exists).
 * - docs/integrations/api-configuration.mdx @ 2f4c0af671e2ca1c43dd4e78f3c369218bf3fc87 ("docs_connect: the URL
 *   to the end user documentation", "doc_section: the documentation section relative to docs_connect").
 * - A model entry and page: `haileyhr` in packages/providers/providers.yaml @ a3352c41c0c69250bd22ddeb8c8b8778f14438e1
 *   (API_KEY, `Bearer ${apiKey}`, an `environment` enum in connection_config) and
 *   docs/api-integrations/haileyhr/connect.mdx @ 6aadf93e0d4da9c94c4de2e712c25e5f812f2850.
 */

// ── providers.yaml ────────────────────────────────────────────────────────────────────────────────────────────

/** `doc_section` as schema.json allows it; validate.ts then requires it to be one of the page's step anchors. */
const docSection = z
	.string()
	.regex(/^#[a-z0-9-]+$/)
	.describe('An anchor of the `docs_connect` page, with its `#`: a "Step N: …" heading made lower case and hyphenated.');

/** Keys shared by a credential and a connection-config field (schema.json `providerFieldSchema` and `credentials`). */
const fieldShape = {
	type: z.literal('string'),
	title: z.string().min(1).describe('The field’s label in the Connect UI.'),
	description: z.string().min(1).describe('Help under the label (hidden when a connect session overrides the label).'),
	example: z.string().optional().describe('The input’s placeholder.'),
	pattern: z
		.string()
		.optional()
		.describe('Checked with `new RegExp(pattern)` before submitting; a mismatch reads "Incorrect <title>". Anchor it.'),
	format: z.enum(['hostname', 'uri', 'uuid', 'email']).optional(),
	enum: z.array(z.string().min(1)).min(1).optional().describe('Makes the field a select of these values.'),
	order: z.number().optional().describe('A connection-config field with an order is shown before the credentials.'),
	default_value: z.string().optional(),
	secret: z.boolean().optional(),
	hidden: z.boolean().optional(),
	suffix: z.string().optional(),
	optional: z.boolean().optional(),
	doc_section: docSection.optional(),
	automated: z.boolean().optional().describe('Filled by Nango, not asked of the user.'),
};

export const NangoCredentialFieldSchema = z
	.strictObject(fieldShape)
	.describe('One `credentials` entry (schema.json allows no `prefix` here).');

export const NangoConnectionConfigFieldSchema = z
	.strictObject({
		...fieldShape,
		prefix: z.string().optional(),
		warnings: z.record(z.string(), z.string()).optional().describe('A warning shown when the value (an enum entry) is chosen.'),
		visible_when: z.strictObject({ field: z.string(), equals: z.string() }).optional(),
	})
	.describe('One `connection_config` entry: a value the user gives besides credentials, used as `${connectionConfig.<key>}`.');

export const NangoCategorySchema = z.enum([
	'accounting',
	'analytics',
	'ats',
	'banking',
	'cms',
	'communication',
	'crm',
	'design',
	'dev-tools',
	'e-commerce',
	'erp',
	'gaming',
	'hr',
	'iam',
	'invoicing',
	'knowledge-base',
	'legal',
	'marketing',
	'mcp',
	'other',
	'payment',
	'popular',
	'productivity',
	'search',
	'social',
	'sports',
	'storage',
	'support',
	'surveys',
	'ticketing',
	'video',
]);

export const NangoProxySchema = z
	.strictObject({
		base_url: z.string().min(1).describe('May use `${connectionConfig.<key>}`, e.g. `https://${connectionConfig.environment}`.'),
		headers: z
			.record(z.string().regex(/^[a-z0-9_.-]+$/), z.string())
			.optional()
			.describe('Lower-case header names; `${apiKey}` is the credential, e.g. `authorization: Bearer ${apiKey}`.'),
		verification: z
			.strictObject({
				method: z.enum(['GET', 'POST']).optional(),
				endpoints: z.array(z.string().startsWith('/')).min(1).describe('Called once on connect; a failure rejects the credentials.'),
				base_url_override: z.string().optional(),
				headers: z.record(z.string(), z.string()).optional(),
			})
			.optional()
			.describe('validate.ts warns when an API_KEY provider has none.'),
	})
	.describe('The subset of `proxy` we emit; Nango’s schema also allows retry, paginate, query, body and more.');

/** Every `${connectionConfig.<key>}` in the strings of a value, as validate.ts looks for them. */
function connectionConfigReferences(value: unknown): string[] {
	if (typeof value === 'string') return [...value.matchAll(/\$\{connectionConfig\.([^}]+)\}/g)].map((match) => match[1]!);
	if (value && typeof value === 'object') return Object.values(value).flatMap(connectionConfigReferences);
	return [];
}

export const NangoProviderEntrySchema = z
	.strictObject({
		display_name: z.string().min(1),
		categories: z.array(NangoCategorySchema).min(1).optional(),
		auth_mode: z.literal('API_KEY'),
		proxy: NangoProxySchema,
		docs: z.url().describe('The provider’s page in Nango’s docs, e.g. https://nango.dev/docs/api-integrations/remote.'),
		docs_connect: z
			.url()
			.refine((url) => !url.includes('#'), 'The Connect UI appends `doc_section` to it, so it carries no fragment.')
			.optional()
			.describe('The end user’s how-to-connect page; the Connect UI links field info icons to it plus `doc_section`.'),
		connection_config: z.record(z.string().regex(/^[a-zA-Z_.-]+$/), NangoConnectionConfigFieldSchema).optional(),
		credentials: z
			.strictObject({ apiKey: NangoCredentialFieldSchema })
			.describe('An API_KEY provider must define `apiKey` (validate.ts); it is `${apiKey}` in the proxy.'),
	})
	.superRefine((entry, ctx) => {
		const referenced = new Set(connectionConfigReferences(entry.proxy));
		const defined = Object.keys(entry.connection_config ?? {});
		for (const key of referenced) {
			if (!defined.includes(key)) {
				ctx.addIssue({
					code: 'custom',
					path: ['proxy'],
					message: `Uses connectionConfig.${key}, which connection_config does not define.`,
				});
			}
		}
		for (const key of defined) {
			if (!referenced.has(key)) {
				ctx.addIssue({ code: 'custom', path: ['connection_config', key], message: 'Defined but never used (validate.ts rejects it).' });
			}
		}
		const fields = [...Object.entries(entry.connection_config ?? {}), ['apiKey', entry.credentials.apiKey] as const];
		for (const [key, field] of fields) {
			if (field.doc_section && !entry.docs_connect) {
				ctx.addIssue({ code: 'custom', path: [key], message: 'A doc_section needs docs_connect.' });
			}
		}
	})
	.describe(
		'One providers.yaml entry for an API_KEY provider. With a connect session’s `docs_connect` override, the Connect UI links every ' +
			'field to the override URL as it is, dropping `doc_section` (Go.tsx), so our own pages must make sense from their top.',
	);

export const NangoProvidersFileSchema = z
	.record(z.string().regex(/^[a-z0-9-]+$/), NangoProviderEntrySchema)
	.refine((file) => Object.keys(file).length === 1, 'The export holds exactly one provider.')
	.describe('/formats/nango.yaml: `remote:` and its entry, ready to paste into providers.yaml.');

// ── connect.mdx ───────────────────────────────────────────────────────────────────────────────────────────────

/**
 * The anchor Nango derives from a step heading (validate.ts): lower case, `#` for the hashes, each whitespace
 * character a hyphen, and `:()._` removed. "#### Step 1: Selecting your environment" → `#step-1-selecting-your-environment`.
 */
export function nangoDocSectionOf(stepTitle: string): string {
	return `#${stepTitle}`
		.toLocaleLowerCase()
		.replaceAll(/\s/g, '-')
		.replaceAll(/[:()._]/g, '');
}

/**
 * "Step N: …" in the page's language ("Schritt 2: …"). Nango's CI (validate.ts) derives an anchor only
 * from English ASCII headings (`^#+\sStep[a-zA-Z0-9:()._ -]+$`), which matters only where a `doc_section`
 * points into this page; ours point into the help center's own field anchors (see /formats/nango.yaml).
 */
const stepTitle = z.string().regex(/^\p{Lu}\p{Ll}* [1-9][0-9]* ?: \S.*$/u, 'A step title is "Step N: …" in the page’s language');

export const NangoConnectStepSchema = z.strictObject({
	title: stepTitle.describe('Rendered as "#### <title>" under "### Instructions:"; its anchor is `nangoDocSectionOf(title)`.'),
	content: z.string().min(1).describe('The step in MDX: a numbered list, `<Note>`/`<Tip>`/`<Warning>` callouts, absolute links.'),
});

/**
 * connect.mdx as data, rendered in this order (the layout of 598 of Nango's 599 connect pages):
 *
 *     ---
 *     title: <display name> - How do I link my account?
 *     sidebarTitle: <display name>
 *     ---
 *     ## Overview
 *     <overview.intro>, then "1. **<name>** - <what it is>" for each of overview.needs, then overview.outro
 *     ### Prerequisites:
 *     - <each prerequisite>
 *     ### Instructions:
 *     #### Step 1: …            (each of steps; the last is, by Nango's habit, "Enter credentials in the Connect UI")
 *     <closing>                 (e.g. "You are now connected to Remote.")
 *
 * Most pages write "Prerequisites:" and "Instructions:" with the colon (360 and 276 pages), some without.
 */
export const NangoConnectPageSchema = z
	.strictObject({
		frontmatter: z.strictObject({
			title: z
				.string()
				.regex(/^\S.* - .+\?$/)
				.describe('"<display name> - How do I link my account?", as every connect page titles itself (in English).'),
			sidebarTitle: z.string().min(1).describe('The display name.'),
			description: z.string().min(1).optional().describe('Only 11 of 599 pages have one.'),
		}),
		overview: z.strictObject({
			intro: z.string().min(1).describe('e.g. "To authenticate with Remote, you need:".'),
			needs: z
				.array(z.strictObject({ name: z.string().min(1), description: z.string().min(1) }))
				.min(1)
				.describe('What the form asks for, one per field, in the form’s order.'),
			outro: z.string().min(1).optional().describe('e.g. "This guide will walk you through …".'),
		}),
		prerequisites: z.array(z.string().min(1)).min(1),
		steps: z.array(NangoConnectStepSchema).min(1),
		closing: z.string().min(1).optional(),
	})
	.superRefine((page, ctx) => {
		page.steps.forEach((step, index) => {
			if (!new RegExp(`^\\S+ ${index + 1} ?: `).test(step.title)) {
				ctx.addIssue({ code: 'custom', path: ['steps', index, 'title'], message: `Expected "Step ${index + 1}: …".` });
			}
		});
	})
	.describe('/formats/nango-connect.md before rendering: the connect.mdx of the provider.');

export type NangoCredentialField = z.infer<typeof NangoCredentialFieldSchema>;
export type NangoConnectionConfigField = z.infer<typeof NangoConnectionConfigFieldSchema>;
export type NangoProviderEntry = z.infer<typeof NangoProviderEntrySchema>;
export type NangoProvidersFile = z.infer<typeof NangoProvidersFileSchema>;
export type NangoConnectStep = z.infer<typeof NangoConnectStepSchema>;
export type NangoConnectPage = z.infer<typeof NangoConnectPageSchema>;
