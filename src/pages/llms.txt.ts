import type { APIRoute } from 'astro';
import { visibleSections } from '../../config/sidebar';
import { siteDescription, siteSettings } from '../../config/site';
import { getGuidesInOrder, guideMarkdownUrl, guideUrl } from '../utils/guides';

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
	for (const section of visibleSections(siteSettings.brand.hide)) {
		lines.push('', `## ${section.label}`, '');
		for (const slug of section.slugs) {
			const guide = guides.get(slug)!;
			lines.push(
				`- [${guide.data.title}](${guideMarkdownUrl(guide, site)}): ${guide.data.description ?? ''} ` +
					`Web page: ${guideUrl(guide, site)}`,
			);
		}
	}
	return new Response(lines.join('\n') + '\n', { headers: { 'Content-Type': 'text/plain; charset=utf-8' } });
};
