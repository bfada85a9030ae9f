import type { APIRoute } from 'astro';
import { visibleSections } from '../lib/shared/guide-catalogue';
import siteSettings from 'virtual:remote-connect/site';
import { siteDescription } from '../lib/shared/site-description';
import { getGuidesInOrder, getPagesOutsideSidebar, guideMarkdownUrl, guideUrl, type Guide } from '../utils/guides';

/**
 * An index of every guide for LLMs, in the shape llmstxt.org proposes: a title, a summary, then
 * one link per guide with its description, grouped as in the sidebar.
 */
export const GET: APIRoute = async ({ site = new URL(siteSettings.url) }) => {
	const guides = new Map((await getGuidesInOrder()).map((guide) => [guide.id, guide]));
	const lines = [`# ${siteSettings.title}`, '', `> ${siteDescription}`, ''];
	lines.push(
		`Each guide below links to its Markdown version; the web page is given after it. ` +
			`Every guide in one file: ${new URL('/llms-full.txt', site).href}`,
	);
	const entry = (guide: Guide) =>
		`- [${guide.data.title}](${guideMarkdownUrl(guide, site)}): ${guide.data.description ?? ''} Web page: ${guideUrl(guide, site)}`;
	for (const section of visibleSections(siteSettings.hiddenPages)) {
		lines.push('', `## ${section.label}`, '', ...section.slugs.map((slug) => entry(guides.get(slug)!)));
	}
	const outsideSidebar = await getPagesOutsideSidebar();
	if (outsideSidebar.length > 0) lines.push('', '## Optional', '', ...outsideSidebar.map(entry));
	return new Response(lines.join('\n') + '\n', { headers: { 'Content-Type': 'text/plain; charset=utf-8' } });
};
