import type { APIRoute, GetStaticPaths } from 'astro';
import siteSettings from 'virtual:remote-connect/site';
import { errorCatalogueData } from '../../lib/build/error-catalogue-data';
import type { Locale } from '../../lib/shared/locales';
import { pageWordsByLocale } from '../../i18n/page-words';
import { perLanguage } from '../../utils/guides';

export const getStaticPaths = (() => perLanguage()) satisfies GetStaticPaths;

/**
 * The error decoder's catalogue as data, in one language (`/error-catalogue.json`,
 * `/de/error-catalogue.json`…): src/lib/build/error-catalogue-data.ts has its shape.
 */
export const GET: APIRoute<{ locale: Locale }> = (context) => {
	const { locale } = context.props;
	const site = context.site ?? new URL(siteSettings.url);
	const data = errorCatalogueData(locale, siteSettings.rootLocale, site, pageWordsByLocale[locale]);
	return new Response(`${JSON.stringify(data, null, '\t')}\n`, { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
};
