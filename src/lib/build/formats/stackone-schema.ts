import { z } from 'zod';

/**
 * What /formats/stackone.yaml holds: the parts of a StackOne connector definition (the "Connector Engine",
 * or Falcon, YAML) that a platform fills in for Remote's API-token auth method. A StackOne customer copies it
 * into their connector file, `{provider}.connector.s1.yaml` (in a fork of StackOneHQ/connectors-template, under
 * `connectors/{provider}/`), and pushes it with the StackOne CLI: there is no StackOne repository to send it to.
 * StackOne serves what we fill in back out of its API: `support.guides` to the customer's own docs (the /actions
 * meta endpoint), the config fields and `support.link` to the StackOne Hub, the connect form.
 *
 * Where each part sits, inside `authentication: - custom:` (one auth method of the connector):
 * - `support.link`, `support.description`, `support.guides.config` { warning, sections[{ title, content, list?,
 *   steps?[{ title, content, list? }] }] }: the account-linking guide, all strings in Markdown.
 * - `configFields[]` { key, label, type, required, secret, placeholder, description, tooltip, guide?, validation?,
 *   options? }: the connect form. The token field's help is `guide` { description, tooltip }; its format check is
 *   `validation` { type: 'html-pattern', pattern, error }.
 * - `environments[]` { key, name }.
 *
 * Sources:
 * - https://docs.stackone.com/guides/connector-engine/creating-connector-documentation: `support.guides.config`
 *   (account link guide, for end users) vs `support.guides.setup` (auth setup guide, for the app owner); the YAML
 *   example with warning, sections, steps; "content and list fields contain plain strings" with Markdown syntax;
 *   `support.link` is where the Hub sends users for the guide (StackOne's generic docs when unset).
 * - https://docs.stackone.com/guides/connector-engine/connector-structure: file layout, `baseUrl` with credential
 *   interpolation for "environment switching: sandbox vs production endpoints" through configFields.
 * - https://docs.stackone.com/connectors/remote/guides/link-account/api-token: StackOne's own Remote guide (a
 *   warning, "Generate an API token" with three steps, "Select your environment").
 * - StackOneHQ/stackone-client-typescript @ fd6727ef5f3d49ae081cba729716aa1a42c7218e, docs/sdk/models/shared/
 *   {support,guides,config,guidesectionmeta,guidestepmeta,authenticationmetaitem}.md: the API's shapes (Config:
 *   `sections` required, `warning` optional; GuideSectionMeta/GuideStepMeta: `title` and `content` required,
 *   `list` optional; sections may have `steps`).
 * - StackOneHQ/connectors-template @ ccb886106773ffdc6be38ee3065c4a9caf48d7f9, src/configs/connectors/
 *   sapsuccessfactors/sapsuccessfactors_v1-0-0.s1.yaml and src/configs/notion/notion.connector.s1.yaml: real
 *   connectors with `support.guides`; connectors/README.md @ b3828513a92cc08acc8be405183101ef63923dd5: an API-key
 *   method with configFields (key, label, type, required, secret, placeholder, description, tooltip), environments.
 * - StackOneHQ/hub @ 6387813a12088eebb79236687b091730a1e2a9cb, src/modules/integration-picker/types.ts
 *   (`ConnectorConfigField`: `guide`, `validation`, `options`, field types) and @ 25224b24618f72f3cba1a173d4a56bd42a4202e4,
 *   utils/zodSchema.ts (how the Hub applies `validation`: `new RegExp(pattern)`, `error` or a default message).
 *
 * Not confirmed in any connector YAML we could read: `guide`, `validation` and `type: select` with `options` on a
 * config field. They are the Hub's own field type, which renders what StackOne serves from the YAML, so we use the
 * same names; docs/research/platform-formats.md lists this and the other open points.
 *
 * StackOne publishes no JSON schema for connector YAML, so these schemas are `z.object` (unknown keys dropped),
 * not strict; the refinements say where a mistake would break the Hub.
 */

const markdown = (what: string) => z.string().describe(`${what}, in Markdown (StackOne serves it as a plain string; links absolute).`);

/** A regular expression the Hub can build with `new RegExp`, so the form does not throw on our pattern. */
const jsRegExp = z.string().refine(
	(pattern) => {
		try {
			new RegExp(pattern);
			return true;
		} catch {
			return false;
		}
	},
	{ message: 'Not a JavaScript regular expression.' },
);

// ── support.guides.config ─────────────────────────────────────────────────────────────────────────────────────

export const StackOneGuideStepSchema = z
	.object({
		title: z.string().min(1).describe('The step, as a short imperative title (shown numbered).'),
		content: markdown('What to do in this step'),
		list: z
			.array(markdown('One item'))
			.min(1)
			.optional()
			.describe('Bullet items under the step (choices, notes); StackOne renders them as a list after `content`.'),
	})
	.describe('GuideStepMeta in StackOne’s API.');

export const StackOneGuideSectionSchema = z
	.object({
		title: z.string().min(1).describe('The section’s heading.'),
		content: markdown('The section’s text before its steps'),
		list: z.array(markdown('One item')).min(1).optional().describe('Bullet items of the section itself.'),
		steps: z.array(StackOneGuideStepSchema).min(1).optional().describe('The section’s numbered steps, in order.'),
	})
	.describe('GuideSectionMeta in StackOne’s API.');

export const StackOneGuideSchema = z
	.object({
		warning: markdown('What the reader must know before starting (shown above the sections)').optional(),
		sections: z.array(StackOneGuideSectionSchema).min(1),
	})
	.describe('The Config (and Setup) guide of StackOne’s API: an optional warning, then sections in order.');

export const StackOneConnectorSupportSchema = z
	.object({
		link: z
			.url()
			.describe(
				'Where the guide is rendered for readers: the Hub links here ("Connection guide"); without it, to StackOne’s generic docs.',
			),
		description: z.string().optional().describe('One line the Hub shows under the form title, e.g. who may create a token.'),
		guides: z
			.object({
				config: StackOneGuideSchema.describe('The account link guide: for the end user (here the company admin) who fills `configFields`.'),
			})
			.describe('We emit `config` only; `setup` is for the platform’s own app credentials (`setupFields`), which Remote has none of.'),
	})
	.describe('`authentication[].custom.support`.');

// ── configFields ──────────────────────────────────────────────────────────────────────────────────────────────

export const StackOneFieldValidationSchema = z
	.object({
		type: z
			.enum(['html-pattern', 'domain'])
			.describe('`html-pattern`: the value must match `pattern`; `domain` (unused here) wants `{pattern}.com` in the value.'),
		pattern: jsRegExp.describe(
			'The Hub tests it with `new RegExp(pattern)`, unanchored, so anchor it (`^…$`) to check the whole value as an HTML `pattern` would.',
		),
		error: z
			.string()
			.min(1)
			.optional()
			.describe('Shown under the field when the value does not match; the Hub’s default quotes the regex.'),
	})
	.describe('A config field’s format check, as the Hub applies it before submitting.');

export const StackOneFieldGuideSchema = z
	.object({
		description: markdown('The field’s help under its label; it replaces the field’s `description` in the Hub'),
		tooltip: z.string().describe('The field’s tooltip; it replaces the field’s `tooltip` in the Hub.'),
	})
	.describe('Per-field guide text: the Hub shows `guide.description ?? description` and `guide.tooltip ?? tooltip`.');

export const StackOneConfigFieldSchema = z
	.object({
		key: z
			.string()
			.regex(/^[A-Za-z][A-Za-z0-9_]*$/)
			.describe('The credential’s name: `$.credentials.<key>` in the YAML, `${credentials.<key>}` in `baseUrl`.'),
		label: z.string().min(1),
		type: z.enum(['text', 'password', 'number', 'select', 'text_area']).describe('The Hub’s input kinds.'),
		required: z.boolean(),
		secret: z.boolean().describe('Stored as a secret and never shown back when an account is edited.'),
		placeholder: z.string().optional(),
		description: z.string().optional().describe('Help under the label; `guide.description` wins when both are set.'),
		tooltip: z.string().optional(),
		guide: StackOneFieldGuideSchema.optional(),
		validation: StackOneFieldValidationSchema.optional(),
		options: z
			.array(z.object({ label: z.string().min(1), value: z.string().min(1) }))
			.min(1)
			.optional()
			.describe('The choices of a `select` field.'),
	})
	.superRefine((field, ctx) => {
		if (field.type === 'select' && !field.options) {
			ctx.addIssue({ code: 'custom', path: ['options'], message: 'A select field needs its options.' });
		}
		if (field.options && field.type !== 'select') {
			ctx.addIssue({ code: 'custom', path: ['options'], message: 'Only a select field has options.' });
		}
	})
	.describe('One entry of `configFields`: a field the end user fills in the Hub.');

export const StackOneEnvironmentSchema = z
	.object({
		key: z.string().regex(/^[a-z][a-z0-9_]*$/),
		name: z.string().min(1),
	})
	.describe('One entry of `environments`; every public example has only `key` and `name` (e.g. production / Production).');

// ── The auth method we emit ───────────────────────────────────────────────────────────────────────────────────

export const StackOneApiTokenAuthSchema = z
	.object({
		type: z.literal('custom').describe('Static credentials with no token exchange.'),
		label: z
			.string()
			.min(1)
			.describe('The auth method’s name in the Hub; StackOne’s template asks for "API Key" unless another is needed.'),
		support: StackOneConnectorSupportSchema,
		authorization: z
			.object({
				type: z.literal('bearer'),
				token: z
					.string()
					.regex(/^\$\.credentials\.[A-Za-z][A-Za-z0-9_]*$/)
					.describe('The token field, e.g. `$.credentials.apiToken`: Remote wants `Authorization: Bearer <token>`.'),
			})
			.describe('How StackOne authenticates each request to Remote.'),
		configFields: z.array(StackOneConfigFieldSchema).min(1),
		environments: z.array(StackOneEnvironmentSchema).min(1),
	})
	.superRefine((auth, ctx) => {
		const keys = auth.configFields.map((field) => field.key);
		const tokenKey = auth.authorization.token.slice('$.credentials.'.length);
		const tokenField = auth.configFields.find((field) => field.key === tokenKey);
		if (!tokenField) {
			ctx.addIssue({ code: 'custom', path: ['authorization', 'token'], message: `No config field has the key "${tokenKey}".` });
		} else if (!tokenField.secret || tokenField.type !== 'password') {
			ctx.addIssue({ code: 'custom', path: ['configFields'], message: 'The token field must be a secret password field.' });
		}
		if (new Set(keys).size !== keys.length) {
			ctx.addIssue({ code: 'custom', path: ['configFields'], message: 'Two config fields share a key.' });
		}
		const environmentKeys = auth.environments.map((environment) => environment.key);
		if (new Set(environmentKeys).size !== environmentKeys.length) {
			ctx.addIssue({ code: 'custom', path: ['environments'], message: 'Two environments share a key.' });
		}
	})
	.describe('`authentication[].custom` for Remote’s API token.');

/**
 * The whole of /formats/stackone.yaml: a fragment to merge into `{provider}.connector.s1.yaml`. `baseUrl` picks
 * Remote's gateway from the environment field's value (`${credentials.<key>}`, the interpolation StackOne documents
 * for "environment switching"), because no public example ties an `environments` entry to a base URL.
 */
export const StackOneConnectorFragmentSchema = z
	.object({
		baseUrl: z
			.string()
			.regex(/^(https:\/\/\S+|\$\{credentials\.[A-Za-z][A-Za-z0-9_]*\}\S*)$/)
			.describe('A fixed https URL, or `${credentials.<key>}` naming the select field whose values are the gateways.'),
		authentication: z.tuple([z.object({ custom: StackOneApiTokenAuthSchema })]).describe('One auth method: the API token.'),
	})
	.superRefine((fragment, ctx) => {
		const interpolated = /^\$\{credentials\.([A-Za-z][A-Za-z0-9_]*)\}/.exec(fragment.baseUrl)?.[1];
		if (!interpolated) return;
		const field = fragment.authentication[0].custom.configFields.find((candidate) => candidate.key === interpolated);
		if (!field) {
			ctx.addIssue({ code: 'custom', path: ['baseUrl'], message: `No config field has the key "${interpolated}".` });
		} else if (field.type !== 'select' || !field.options?.every((option) => option.value.startsWith('https://'))) {
			ctx.addIssue({ code: 'custom', path: ['baseUrl'], message: 'The base URL field must be a select whose values are https URLs.' });
		}
	})
	.describe('The StackOne export for Remote’s API-token auth method.');

export type StackOneGuideStep = z.infer<typeof StackOneGuideStepSchema>;
export type StackOneGuideSection = z.infer<typeof StackOneGuideSectionSchema>;
export type StackOneGuide = z.infer<typeof StackOneGuideSchema>;
export type StackOneConnectorSupport = z.infer<typeof StackOneConnectorSupportSchema>;
export type StackOneConfigField = z.infer<typeof StackOneConfigFieldSchema>;
export type StackOneEnvironment = z.infer<typeof StackOneEnvironmentSchema>;
export type StackOneApiTokenAuth = z.infer<typeof StackOneApiTokenAuthSchema>;
export type StackOneConnectorFragment = z.infer<typeof StackOneConnectorFragmentSchema>;
