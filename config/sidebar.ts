import type { StarlightUserConfig } from '@astrojs/starlight/types';

type SidebarItems = NonNullable<StarlightUserConfig['sidebar']>;

/**
 * The guides in the order a reader does the task: get ready, create the token, pick its
 * environment, link it, then the pages they come back to. This one list drives the sidebar,
 * the previous/next links and the order of llms.txt.
 */
export const guideSections = [
	{ label: 'Overview', slugs: ['index'] },
	{ label: 'Connect Remote', slugs: ['prerequisites', 'generate-token', 'environments', 'link-account'] },
	{ label: 'Manage the token', slugs: ['revoke-token'] },
	{ label: 'Reference', slugs: ['known-limitations', 'troubleshooting', 'token-safety'] },
] as const;

/**
 * Pages for the house brand only, outside the sidebar (which stays the task's nine guides): how
 * integration platforms embed the tester. Every other brand's build leaves them out entirely.
 */
export const houseOnlyPages = ['embed'] as const;

/**
 * Pages every brand keeps, outside the sidebar and linked from every page's footer: where each
 * fact about Remote comes from. A brand cannot hide them.
 */
export const referencePages = ['sources'] as const;

/** Every guide's slug in reading order (`index` is the overview at `/`). */
export const guideSlugs: readonly string[] = guideSections.flatMap((section) => section.slugs);

/** The sections a brand shows: its hidden guides left out, and any section they emptied with them. */
export function visibleSections(hidden: readonly string[]): Array<{ label: string; slugs: string[] }> {
	return guideSections
		.map((section) => ({ label: section.label, slugs: section.slugs.filter((slug) => !hidden.includes(slug)) }))
		.filter((section) => section.slugs.length > 0);
}

/** Content entries call the overview `index`; Starlight's route data calls it `''`. */
const isOverview = (slug: string) => slug === 'index' || slug === '';

/** The site path of a guide: the overview is the root, every other guide a directory with a trailing slash. */
export function guidePath(slug: string): string {
	return isOverview(slug) ? '/' : `/${slug}/`;
}

/** The path of a guide's Markdown twin, e.g. `/environments.md` (the overview is `/index.md`). */
export function guideMarkdownPath(slug: string): string {
	return isOverview(slug) ? '/index.md' : `/${slug}.md`;
}

/**
 * Starlight's sidebar for a brand: a one-page section stands alone at the top, the others become
 * groups whose labels come from the page titles.
 */
export function sidebarFor(hidden: readonly string[]): SidebarItems {
	return visibleSections(hidden).map((section) =>
		section.slugs.length === 1 && section.slugs[0] === 'index'
			? { slug: 'index', label: section.label }
			: { label: section.label, items: section.slugs.map((slug) => ({ slug })) },
	);
}
