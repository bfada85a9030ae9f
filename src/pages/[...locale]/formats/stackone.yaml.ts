import type { APIRoute, GetStaticPaths } from 'astro';
import { formatWordsByLocale } from '../../../i18n/format-words';
import { madeFrom, yamlContentType, yamlFile } from '../../../lib/build/formats/format-files';
import { guideParts } from '../../../lib/build/formats/guide-parts';
import { stackOneFragment } from '../../../lib/build/formats/stackone';
import type { Locale } from '../../../lib/shared/locales';
import { perLanguage, sitePath } from '../../../utils/guides';
import { guidesDataFor } from '../../../utils/guides-data';

export const getStaticPaths = (() => perLanguage()) satisfies GetStaticPaths;

/** Remote's API-token method for a StackOne connector, in one language (src/lib/build/formats/stackone.ts). */
export const GET: APIRoute<{ locale: Locale }> = async (context) => {
	const { locale } = context.props;
	const data = await guidesDataFor(locale, context);
	const header = [
		'Remote’s API-token method for a StackOne connector (Connector Engine YAML).',
		'Merge `baseUrl` and the `authentication` entry into your connector file ({provider}.connector.s1.yaml),',
		'then check it with the StackOne CLI (`stackone validate`). The environment field picks the gateway (`baseUrl`).',
		...madeFrom(data, locale, new URL(sitePath('/guides.json', locale), data.brand.url).href),
	];
	return new Response(yamlFile(stackOneFragment(guideParts(data), formatWordsByLocale[locale]), header), {
		headers: { 'Content-Type': yamlContentType },
	});
};
