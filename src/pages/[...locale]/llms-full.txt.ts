import type { APIRoute, GetStaticPaths } from 'astro';
import type { Locale } from '../../lib/shared/locales';
import { pageWordsByLocale } from '../../i18n/page-words';
import siteSettings from 'virtual:remote-connect/site';
import { getGuidesInOrder, getPagesOutsideSidebar, guideUrl, perLanguage, renderGuideMarkdown } from '../../utils/guides';

export const getStaticPaths = (() => perLanguage()) satisfies GetStaticPaths;

/**
 * Every guide's full text in reading order, then the pages outside the sidebar (/sources/…), in
 * one language and one file an LLM can take in at once (`/llms-full.txt`, `/de/llms-full.txt`…).
 */
export const GET: APIRoute<{ locale: Locale }> = async (context) => {
	const { locale } = context.props;
	const site = context.site ?? new URL(siteSettings.url);
	const documents = [`# ${siteSettings.title}\n\n> ${pageWordsByLocale[locale].description}\n`];
	for (const guide of [...(await getGuidesInOrder(locale)), ...(await getPagesOutsideSidebar(locale))]) {
		const markdown = await renderGuideMarkdown(guide, context);
		documents.push(`<!-- Source: ${guideUrl(guide, site)} -->\n\n${markdown}`);
	}
	return new Response(documents.join('\n---\n\n'), { headers: { 'Content-Type': 'text/plain; charset=utf-8' } });
};
