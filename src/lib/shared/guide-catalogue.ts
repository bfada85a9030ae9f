/**
 * Every page of the help center, once, in the order a reader does the task: its slug, the sidebar
 * section it belongs to (none for pages outside the sidebar), whether a brand may hide it, and
 * where it exists at all. The sidebar, the brand file's `hide` choices, llms.txt's order, the
 * pagination and the path helpers all derive from this table; the build fails when a page of
 * src/content/docs/ is missing from it, or listed but absent.
 */

/**
 * Where a page exists: in every build (`everywhere`), or only on the house brand's own server
 * (`house-server`: the page that shows other sites how to embed the tester, which needs this
 * server's script and API). Not to be confused with `<HouseOnly>`, which keeps a section of a
 * page to the house brand's builds.
 */
export type Availability = 'everywhere' | 'house-server';

/** The sidebar's groups, in English (each language's words name them: src/i18n/<language>/pages.ts). */
export type GuideSection = 'Overview' | 'Connect Remote' | 'Manage the token' | 'Reference';

export interface GuideEntry {
	/** The content entry's id; `index` is the overview at `/`. */
	slug: string;
	/** The sidebar group it is listed under, or null for a page outside the sidebar. */
	section: GuideSection | null;
	/**
	 * Whether a brand may leave it out. The overview, the tester's page and the pages its verdicts
	 * link to must stay, and so must /sources/, where every guide's facts are traced.
	 */
	hideable: boolean;
	availability: Availability;
}

export const guideCatalogue = [
	{ slug: 'index', section: 'Overview', hideable: false, availability: 'everywhere' },
	{ slug: 'prerequisites', section: 'Connect Remote', hideable: true, availability: 'everywhere' },
	{ slug: 'generate-token', section: 'Connect Remote', hideable: true, availability: 'everywhere' },
	{ slug: 'environments', section: 'Connect Remote', hideable: false, availability: 'everywhere' },
	{ slug: 'link-account', section: 'Connect Remote', hideable: false, availability: 'everywhere' },
	{ slug: 'rotate-token', section: 'Manage the token', hideable: true, availability: 'everywhere' },
	{ slug: 'revoke-token', section: 'Manage the token', hideable: true, availability: 'everywhere' },
	{ slug: 'known-limitations', section: 'Reference', hideable: true, availability: 'everywhere' },
	{ slug: 'troubleshooting', section: 'Reference', hideable: false, availability: 'everywhere' },
	{ slug: 'token-safety', section: 'Reference', hideable: true, availability: 'everywhere' },
	// Where platforms send an admin whose connection broke (`?reason=`), and where a pasted error is decoded.
	{ slug: 'reconnect', section: null, hideable: false, availability: 'everywhere' },
	{ slug: 'decode', section: null, hideable: false, availability: 'everywhere' },
	{ slug: 'sources', section: null, hideable: false, availability: 'everywhere' },
	{ slug: 'embed', section: null, hideable: false, availability: 'house-server' },
] as const satisfies readonly GuideEntry[];

type Catalogue = typeof guideCatalogue;
export type GuideSlug = Catalogue[number]['slug'];
export type HideableSlug = Extract<Catalogue[number], { hideable: true }>['slug'];

/** The slugs of the guides listed in the sidebar, in reading order. */
export const sidebarSlugs: readonly GuideSlug[] = guideCatalogue.filter((guide) => guide.section !== null).map((guide) => guide.slug);

/** The pages outside the sidebar, in their listed order: /reconnect/, /decode/ and /sources/, then what only the house server has. */
export const outsideSidebarSlugs: readonly GuideSlug[] = guideCatalogue
	.filter((guide) => guide.section === null)
	.map((guide) => guide.slug);

/** The guides a brand may hide, for its brand file's `hide` (a non-empty list, as z.enum wants). */
export const hideableSlugs = guideCatalogue.filter((guide) => guide.hideable).map((guide) => guide.slug) as [
	HideableSlug,
	...HideableSlug[],
];

/** The guides every brand keeps. */
export const requiredSidebarSlugs: readonly GuideSlug[] = sidebarSlugs.filter(
	(slug) => !(hideableSlugs as readonly string[]).includes(slug),
);

/** Pages that exist on the house brand's own server only. */
export const houseServerSlugs: readonly GuideSlug[] = guideCatalogue
	.filter((guide) => guide.availability === 'house-server')
	.map((guide) => guide.slug);

/** Every page's slug, in the catalogue's (the task's) order. */
export const guideSlugs: readonly GuideSlug[] = guideCatalogue.map((guide) => guide.slug);

/** Whether `slug` names a page in the catalogue. */
export const isGuideSlug = (slug: string): slug is GuideSlug => guideCatalogue.some((guide) => guide.slug === slug);

/** The sidebar sections a build shows: its hidden guides left out, and any section they emptied with them. */
export function visibleSections(hidden: readonly string[]): Array<{ label: GuideSection; slugs: GuideSlug[] }> {
	const sections: Array<{ label: GuideSection; slugs: GuideSlug[] }> = [];
	for (const guide of guideCatalogue) {
		if (guide.section === null || hidden.includes(guide.slug)) continue;
		const last = sections.at(-1);
		if (last?.label === guide.section) last.slugs.push(guide.slug);
		else sections.push({ label: guide.section, slugs: [guide.slug] });
	}
	return sections;
}

/** Content entries call the overview `index`; Starlight's route data calls it `''`. */
const isOverview = (slug: string) => slug === 'index' || slug === '';

/** A guide's slug as the catalogue and content entries name it, from Starlight's route data (`''` → `index`). */
export function guideSlug(routeEntryId: string): string {
	return isOverview(routeEntryId) ? 'index' : routeEntryId;
}

/** The site path of a guide: the overview is the root, every other guide a directory with a trailing slash. */
export function guidePath(slug: string): string {
	return isOverview(slug) ? '/' : `/${slug}/`;
}

/** The path of a guide's Markdown twin, e.g. `/environments.md` (the overview is `/index.md`). */
export function guideMarkdownPath(slug: string): string {
	return isOverview(slug) ? '/index.md' : `/${slug}.md`;
}

/**
 * Where the guides explain each field a connect form asks for: stable anchors on the steps of
 * /link-account/, for a platform to link from its form's fields (as Nango's `doc_section` does).
 * /guides.json lists them; the README documents them; renaming one breaks platforms' links.
 */
export const fieldAnchors = {
	token: '/link-account/#field-api-token',
	environment: '/link-account/#field-environment',
} as const;
