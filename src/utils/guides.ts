import mdxRenderer from '@astrojs/mdx/server.js';
import type { APIContext } from 'astro';
import { experimental_AstroContainer as AstroContainer } from 'astro/container';
import { getCollection, render, type CollectionEntry } from 'astro:content';
import { guideMarkdownPath, guidePath, outsideSidebarSlugs, visibleSections } from '../lib/shared/guide-catalogue';
import siteSettings from 'virtual:remote-connect/site';
import { htmlToMarkdown } from '../lib/build/html-to-markdown';

export type Guide = CollectionEntry<'docs'>;

/**
 * Every guide in reading order. Fails the build when the sidebar names a page that does not exist,
 * or a page exists that the sidebar forgot, so neither can silently drop out of llms.txt.
 */
export async function getGuidesInOrder(): Promise<Guide[]> {
	const guideSlugs: readonly string[] = visibleSections(siteSettings.hiddenPages).flatMap((section) => section.slugs);
	const outsideSidebar: readonly string[] = ['404', ...outsideSidebarSlugs];
	const entries = await getCollection('docs', (entry) => !outsideSidebar.includes(entry.id) && !entry.data.draft);
	const byId = new Map(entries.map((entry) => [entry.id, entry]));
	const missing = guideSlugs.filter((slug) => !byId.has(slug));
	const unlisted = entries.filter((entry) => !guideSlugs.includes(entry.id)).map((entry) => entry.id);
	if (missing.length > 0 || unlisted.length > 0) {
		throw new Error(
			`The guide catalogue in src/lib/shared/guide-catalogue.ts (less the brand's hidden guides) and src/content/docs/ disagree.` +
				(missing.length ? ` Listed but missing: ${missing.join(', ')}.` : '') +
				(unlisted.length ? ` Present but not listed: ${unlisted.join(', ')}.` : ''),
		);
	}
	return guideSlugs.map((slug) => byId.get(slug)!);
}

/**
 * The pages outside the sidebar that this build includes, in their catalogue order: /sources/,
 * which every brand has, then the house server's own pages where they exist.
 */
export async function getPagesOutsideSidebar(): Promise<Guide[]> {
	const entries = await getCollection('docs', (entry) => outsideSidebarSlugs.includes(entry.id as never));
	return outsideSidebarSlugs.flatMap((slug) => entries.filter((entry) => entry.id === slug));
}

/** The absolute URL of a guide's HTML page on this site. */
export function guideUrl(guide: Guide, site: URL): string {
	return new URL(guidePath(guide.id), site).href;
}

/** The absolute URL of a guide's Markdown twin on this site. */
export function guideMarkdownUrl(guide: Guide, site: URL): string {
	return new URL(guideMarkdownPath(guide.id), site).href;
}

let container: AstroContainer | undefined;

/** A guide's body rendered through the real components (so `<Platform />` reads as the platform's name), as HTML. */
export async function renderGuideHtml(guide: Guide, context: APIContext): Promise<string> {
	container ??= await AstroContainer.create({ renderers: [{ name: 'astro:jsx', ssr: mdxRenderer }] });
	const { Content } = await render(guide);
	// Starlight's components read translations from `locals`, which its middleware fills in.
	return container.renderToString(Content, { locals: context.locals });
}

/** A guide as a self-contained Markdown document: its title, its description as a lead quote, and its body. */
export async function renderGuideMarkdown(guide: Guide, context: APIContext): Promise<string> {
	const site = context.site ?? new URL(context.url.origin);
	const body = await htmlToMarkdown(await renderGuideHtml(guide, context), { baseUrl: site });
	const lead = guide.data.description ? `> ${guide.data.description}\n\n` : '';
	return `# ${guide.data.title}\n\n${lead}${body}`;
}
