import type { APIRoute } from 'astro';
import siteSettings from 'virtual:remote-connect/site';
import { siteDescription } from '../lib/shared/site-description';
import { getGuidesInOrder, getPagesOutsideSidebar, guideUrl, renderGuideMarkdown } from '../utils/guides';

/** Every guide's full text in reading order, then the pages outside the sidebar (/sources/…), in one file an LLM can take in at once. */
export const GET: APIRoute = async (context) => {
	const site = context.site ?? new URL(siteSettings.url);
	const documents = [`# ${siteSettings.title}\n\n> ${siteDescription}\n`];
	for (const guide of [...(await getGuidesInOrder()), ...(await getPagesOutsideSidebar())]) {
		const markdown = await renderGuideMarkdown(guide, context);
		documents.push(`<!-- Source: ${guideUrl(guide, site)} -->\n\n${markdown}`);
	}
	return new Response(documents.join('\n---\n\n'), { headers: { 'Content-Type': 'text/plain; charset=utf-8' } });
};
