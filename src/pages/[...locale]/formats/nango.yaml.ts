import type { APIRoute, GetStaticPaths } from 'astro';
import { formatWordsByLocale } from '../../../i18n/format-words';
import { madeFrom, yamlContentType, yamlFile } from '../../../lib/build/formats/format-files';
import { guideParts } from '../../../lib/build/formats/guide-parts';
import { nangoProvider } from '../../../lib/build/formats/nango';
import type { Locale } from '../../../lib/shared/locales';
import { perLanguage, sitePath } from '../../../utils/guides';
import { guidesDataFor } from '../../../utils/guides-data';

export const getStaticPaths = (() => perLanguage()) satisfies GetStaticPaths;

/** A `remote` entry for Nango's providers.yaml, in one language (src/lib/build/formats/nango.ts). */
export const GET: APIRoute<{ locale: Locale }> = async (context) => {
	const { locale } = context.props;
	const data = await guidesDataFor(locale, context);
	const header = [
		'A `remote` provider entry for Nango: add it to packages/providers/providers.yaml in your self-hosted Nango or fork.',
		'For a pull request to NangoHQ/nango, point docs_connect at the connect page (nango-connect.md, as',
		'docs/api-integrations/remote/connect.mdx) and each doc_section at one of its step headings: Nango’s checks require that.',
		`docs_connect is this help center’s link-account guide; each field’s doc_section is its stable anchor there.`,
		'A connect session that overrides docs_connect makes Nango’s Connect UI link every field to the override',
		`as it is, dropping doc_section: point such an override at ${data.fields.token} to keep the token field’s step.`,
		...madeFrom(data, locale, new URL(sitePath('/guides.json', locale), data.brand.url).href),
	];
	return new Response(yamlFile(nangoProvider(guideParts(data), formatWordsByLocale[locale]), header), {
		headers: { 'Content-Type': yamlContentType },
	});
};
