import type { APIRoute, GetStaticPaths } from 'astro';
import { formatWordsByLocale } from '../../../i18n/format-words';
import { apideckGuide, renderApideckGuide } from '../../../lib/build/formats/apideck';
import { guideParts } from '../../../lib/build/formats/guide-parts';
import type { Locale } from '../../../lib/shared/locales';
import { perLanguage } from '../../../utils/guides';
import { guidesDataFor } from '../../../utils/guides-data';

export const getStaticPaths = (() => perLanguage()) satisfies GetStaticPaths;

/** The consumer guide in Apideck's section order, in one language (src/lib/build/formats/apideck.ts). */
export const GET: APIRoute<{ locale: Locale }> = async (context) => {
	const { locale } = context.props;
	const guide = apideckGuide(guideParts(await guidesDataFor(locale, context)), formatWordsByLocale[locale]);
	return new Response(renderApideckGuide(guide), { headers: { 'Content-Type': 'text/markdown; charset=utf-8' } });
};
