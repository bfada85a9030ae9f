import mdxRenderer from '@astrojs/mdx/server.js';
import type { APIContext } from 'astro';
import { experimental_AstroContainer as AstroContainer } from 'astro/container';
import { getCollection, render, type CollectionEntry } from 'astro:content';
import { guideMarkdownPath, guidePath, guideSlugs, outsideSidebarSlugs, visibleSections } from '../lib/shared/guide-catalogue';
import { contentEntryId, contentFile } from '../lib/shared/content-language';
import { localizePath, type Locale } from '../lib/shared/locales';
import siteSettings from 'virtual:remote-connect/site';
import { htmlToMarkdown } from '../lib/build/html-to-markdown';

/** A guide in one language: its content entry, the guide it is (the same slug in every language) and its language. */
export interface Guide {
	entry: CollectionEntry<'docs'>;
	/** The guide's slug, the same in every language: `environments`, `index` for the overview. */
	slug: string;
	locale: Locale;
}

/** The content entry of `slug` in `locale`: `de/environments` in German, `de` for the German overview. */
const entryIdOf = (slug: string, locale: Locale) => contentEntryId({ locale, slug }, siteSettings.rootLocale);

/** Fails the build on a page in src/content/docs/ that the catalogue does not list, in any language. */
async function checkEveryEntryIsListed(): Promise<void> {
	const listed = new Set<string>(['404', ...guideSlugs]);
	const unlisted = (await getCollection('docs')).filter((entry) => !listed.has(contentFile(entry.filePath ?? entry.id).slug));
	if (unlisted.length > 0) {
		throw new Error(
			`src/content/docs/ has pages the guide catalogue in src/lib/shared/guide-catalogue.ts does not list: ${unlisted.map((entry) => entry.filePath ?? entry.id).join(', ')}.`,
		);
	}
}

/** Every guide of `locale`'s, keyed by slug. */
async function guidesIn(locale: Locale, slugs: readonly string[]): Promise<Map<string, Guide>> {
	const ids = new Map(slugs.map((slug) => [entryIdOf(slug, locale), slug]));
	const entries = await getCollection('docs', (entry) => ids.has(entry.id) && !entry.data.draft);
	return new Map(entries.map((entry) => [ids.get(entry.id)!, { entry, slug: ids.get(entry.id)!, locale }]));
}

/**
 * Every guide in reading order, in `locale`. Fails the build when the sidebar names a page that a
 * language lacks, so no guide can silently drop out of that language's llms.txt.
 */
export async function getGuidesInOrder(locale: Locale = siteSettings.rootLocale): Promise<Guide[]> {
	const guideSlugs: readonly string[] = visibleSections(siteSettings.hiddenPages).flatMap((section) => section.slugs);
	await checkEveryEntryIsListed();
	const bySlug = await guidesIn(locale, guideSlugs);
	const missing = guideSlugs.filter((slug) => !bySlug.has(slug));
	if (missing.length > 0) {
		throw new Error(
			`The guide catalogue in src/lib/shared/guide-catalogue.ts (less the brand's hidden guides) names guides src/content/docs/ lacks in "${locale}": ${missing.join(', ')}.`,
		);
	}
	return guideSlugs.map((slug) => bySlug.get(slug)!);
}

/**
 * The pages outside the sidebar that this build includes, in their catalogue order and in
 * `locale`: /sources/, which every brand has, then the house server's own pages where they exist
 * (the embed page is English everywhere: it is for platforms' developers).
 */
export async function getPagesOutsideSidebar(locale: Locale = siteSettings.rootLocale): Promise<Guide[]> {
	const present = outsideSidebarSlugs.filter((slug) => !siteSettings.hiddenPages.includes(slug));
	const translated = await guidesIn(locale, present);
	const root = locale === siteSettings.rootLocale ? translated : await guidesIn(siteSettings.rootLocale, present);
	return present.flatMap((slug) => {
		const guide = translated.get(slug) ?? root.get(slug);
		return guide ? [guide] : [];
	});
}

/** The absolute URL of a guide's HTML page on this site. */
export function guideUrl(guide: Guide, site: URL): string {
	return new URL(localizePath(guidePath(guide.slug), guide.locale, siteSettings.rootLocale), site).href;
}

/** The absolute URL of a guide's Markdown twin on this site: `/de/environments.md`, `/de/index.md` for the German overview. */
export function guideMarkdownUrl(guide: Guide, site: URL): string {
	return new URL(localizePath(guideMarkdownPath(guide.slug), guide.locale, siteSettings.rootLocale), site).href;
}

/**
 * One page of an output per language this build ships: the root language's at the root
 * (`/llms.txt`), every other's under its prefix (`/de/llms.txt`). For `src/pages/[...locale]/`.
 */
export function perLanguage() {
	return siteSettings.locales.map((locale) => ({
		params: { locale: locale === siteSettings.rootLocale ? undefined : locale },
		props: { locale },
	}));
}

/** A path in `locale` on this site: `/llms.txt` is `/de/llms.txt` in German. */
export const sitePath = (path: string, locale: Locale) => localizePath(path, locale, siteSettings.rootLocale);

let container: AstroContainer | undefined;

/**
 * A guide's body rendered through the real components (so `<Platform />` reads as the platform's
 * name), as HTML, in the guide's language.
 */
export async function renderGuideHtml(guide: Guide, context: APIContext): Promise<string> {
	container ??= await AstroContainer.create({ renderers: [{ name: 'astro:jsx', ssr: mdxRenderer }] });
	const { Content } = await render(guide.entry);
	// Starlight's components read translations from `locals`, which its middleware fills in; ours
	// read the guide's language here, and gloss each of Remote's labels once a guide.
	context.locals.guideLocale = guide.locale;
	context.locals.glossedLabels = new Set();
	return container.renderToString(Content, { locals: context.locals });
}

/** A guide as a self-contained Markdown document: its title, its description as a lead quote, and its body. */
export async function renderGuideMarkdown(guide: Guide, context: APIContext): Promise<string> {
	const site = context.site ?? new URL(context.url.origin);
	const body = await htmlToMarkdown(await renderGuideHtml(guide, context), { baseUrl: site });
	const { data } = guide.entry;
	const lead = data.description ? `> ${data.description}\n\n` : '';
	return `# ${data.title}\n\n${lead}${body}`;
}
