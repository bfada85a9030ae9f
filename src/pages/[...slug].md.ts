import type { APIRoute, GetStaticPaths } from 'astro';
import siteSettings from 'virtual:remote-connect/site';
import { guideMarkdownPath } from '../lib/shared/guide-catalogue';
import { getGuidesInOrder, getPagesOutsideSidebar, renderGuideMarkdown, sitePath, type Guide } from '../utils/guides';

/**
 * Each guide as Markdown at `/<slug>.md` (the overview at `/index.md`), in every language this
 * build ships (`/de/environments.md`), for people and LLMs.
 */
export const getStaticPaths = (async () => {
	const paths = [];
	for (const locale of siteSettings.locales) {
		for (const guide of [...(await getGuidesInOrder(locale)), ...(await getPagesOutsideSidebar(locale))]) {
			// Only a language's own pages: the English-only embed page has its twin at the root alone.
			if (guide.locale !== locale) continue;
			paths.push({ params: { slug: sitePath(guideMarkdownPath(guide.slug), locale).slice(1, -'.md'.length) }, props: { guide } });
		}
	}
	return paths;
}) satisfies GetStaticPaths;

export const GET: APIRoute<{ guide: Guide }> = async (context) => {
	const markdown = await renderGuideMarkdown(context.props.guide, context);
	return new Response(markdown, { headers: { 'Content-Type': 'text/markdown; charset=utf-8' } });
};
