import { Document } from 'yaml';
import type { PageWords } from '../../../i18n/page-words';
import type { GuidesData } from '../guides-data-schema';
import { localeNamesInEnglish, type Locale } from '../../shared/locales';

/**
 * The platform formats as files: which there are, where each goes, and the header each YAML file
 * opens with (what it is, where it goes, what it was made from). The README and /embed/ list them
 * from here.
 */

export const platformFormats = [
	{
		path: '/formats/stackone.yaml',
		/** What llms.txt says of it: its line in each language's page words. */
		llms: 'stackone',
		platform: 'StackOne',
		what: 'Remote’s API-token method for a StackOne connector: the guide StackOne Hub shows (`support.guides.config`), `support.link`, the token and environment fields with their help, pattern and error, and the environments.',
		where:
			'Merge into your connector file (`{provider}.connector.s1.yaml`, in your fork of StackOneHQ/connectors-template), then `stackone validate`.',
	},
	{
		path: '/formats/nango.yaml',
		llms: 'nango',
		platform: 'Nango',
		what: 'A `remote` provider entry (API key, the gateway as a connection-config choice, the token’s pattern and example, `GET /v1/identity/current` as verification), each field’s `doc_section` a stable anchor of the link-account guide.',
		where:
			'Add to `packages/providers/providers.yaml` in your self-hosted Nango or fork. For a pull request to NangoHQ/nango, point `docs_connect` at the connect page below and each `doc_section` at one of its step headings: Nango’s checks require that.',
	},
	{
		path: '/formats/nango-connect.md',
		llms: 'nangoConnect',
		platform: 'Nango',
		what: 'The provider’s connect page, as Nango writes them: Overview, Prerequisites, Instructions in numbered steps.',
		where: '`docs/api-integrations/remote/connect.mdx` in NangoHQ/nango, or your own docs.',
	},
	{
		path: '/formats/apideck.md',
		llms: 'apideck',
		platform: 'Apideck',
		what: 'The consumer guide in Apideck’s section order, with the platform’s own button label.',
		where: 'Beside your Vault, or offered to Apideck for its connector docs (`consumer+connection`).',
	},
] as const satisfies ReadonlyArray<{ path: string; llms: keyof PageWords['llms']; platform: string; what: string; where: string }>;

/** How the server and nginx serve the YAML formats, and how the build's routes answer them under `astro dev`. */
export const yamlContentType = 'text/yaml; charset=utf-8';

/** A YAML file: `header` as comment lines, then `value`, with Markdown kept in block scalars and lines never folded. */
export function yamlFile(value: unknown, header: string[]): string {
	const document = new Document(value);
	document.commentBefore = header.map((line) => ` ${line}`).join('\n');
	return document.toString({ lineWidth: 0, blockQuote: 'literal' });
}

/** The lines every YAML format opens with: what made it, in which language, and that it is not to be edited by hand. */
export function madeFrom(data: GuidesData, locale: Locale, guidesJsonUrl: string): string[] {
	return [
		`Made from ${data.brand.name}’s guides (${data.brand.url}), in ${localeNamesInEnglish[locale]}, from the same pages as ${guidesJsonUrl}.`,
		'Edit the guides, not this file: every build writes it again.',
	];
}
