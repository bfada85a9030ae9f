import type { APIRoute, GetStaticPaths } from 'astro';
import { visibleSections } from '../../lib/shared/guide-catalogue';
import { fill } from '../../lib/shared/fill-words';
import type { Locale } from '../../lib/shared/locales';
import { pageWordsByLocale } from '../../i18n/page-words';
import { platformFormats } from '../../lib/build/formats/format-files';
import { mcpPath } from '../../server/mcp/server-card';
import siteSettings from 'virtual:remote-connect/site';
import {
	getGuidesInOrder,
	getPagesOutsideSidebar,
	guideMarkdownUrl,
	guideUrl,
	perLanguage,
	sitePath,
	type Guide,
} from '../../utils/guides';

export const getStaticPaths = (() => perLanguage()) satisfies GetStaticPaths;

/**
 * An index of every guide for LLMs, in the shape llmstxt.org proposes, in one language
 * (`/llms.txt`, `/de/llms.txt`…): a title, a summary, then one link per guide with its
 * description, grouped as in the sidebar.
 */
export const GET: APIRoute<{ locale: Locale }> = async ({ props: { locale }, site = new URL(siteSettings.url) }) => {
	const words = pageWordsByLocale[locale];
	const guides = new Map((await getGuidesInOrder(locale)).map((guide) => [guide.slug, guide]));
	const lines = [`# ${siteSettings.title}`, '', `> ${words.description}`, ''];
	lines.push(fill(words.llms.intro, { url: new URL(sitePath('/llms-full.txt', locale), site).href }));
	const entry = (guide: Guide) =>
		`- [${guide.entry.data.title}](${guideMarkdownUrl(guide, site)}): ${guide.entry.data.description ?? ''} ${fill(words.llms.webPage, { url: guideUrl(guide, site) })}`;
	for (const section of visibleSections(siteSettings.hiddenPages)) {
		lines.push('', `## ${words.sections[section.label]}`, '', ...section.slugs.map((slug) => entry(guides.get(slug)!)));
	}
	const outsideSidebar = await getPagesOutsideSidebar(locale);
	const absolute = (path: string) => new URL(sitePath(path, locale), site).href;
	// The docs MCP server: this server's own, an export's hosted service's (beside its tester), or none.
	const mcp = siteSettings.testerApiUrl ? new URL(mcpPath, new URL(siteSettings.testerApiUrl, site)).href : null;
	const forMachines = [
		`- [guides.json](${absolute('/guides.json')}): ${words.llms.guidesData}`,
		`- [error-catalogue.json](${absolute('/error-catalogue.json')}): ${words.llms.errorCatalogue}`,
		...(mcp ? [`- [MCP](${mcp}): ${words.llms.mcp}`] : []),
		...platformFormats.map(
			(format) => `- [${format.platform}: ${format.path.split('/').at(-1)}](${absolute(format.path)}): ${words.llms[format.llms]}`,
		),
	];
	lines.push('', `## ${words.llms.optional}`, '', ...outsideSidebar.map(entry), ...forMachines);
	return new Response(lines.join('\n') + '\n', { headers: { 'Content-Type': 'text/plain; charset=utf-8' } });
};
