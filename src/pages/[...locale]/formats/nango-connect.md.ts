import type { APIRoute, GetStaticPaths } from 'astro';
import { formatWordsByLocale } from '../../../i18n/format-words';
import { guideParts } from '../../../lib/build/formats/guide-parts';
import { nangoConnectPage, renderNangoConnectPage } from '../../../lib/build/formats/nango';
import type { Locale } from '../../../lib/shared/locales';
import { perLanguage } from '../../../utils/guides';
import { guidesDataFor } from '../../../utils/guides-data';

export const getStaticPaths = (() => perLanguage()) satisfies GetStaticPaths;

/** The `remote` provider's connect page, as Nango writes connect.mdx, in one language (src/lib/build/formats/nango.ts). */
export const GET: APIRoute<{ locale: Locale }> = async (context) => {
	const { locale } = context.props;
	const words = formatWordsByLocale[locale];
	const page = nangoConnectPage(guideParts(await guidesDataFor(locale, context)), words);
	return new Response(renderNangoConnectPage(page, words), { headers: { 'Content-Type': 'text/markdown; charset=utf-8' } });
};
