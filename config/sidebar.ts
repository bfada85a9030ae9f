import type { StarlightUserConfig } from '@astrojs/starlight/types';
import { visibleSections } from '../src/lib/shared/guide-catalogue.ts';

type SidebarItems = NonNullable<StarlightUserConfig['sidebar']>;

/**
 * Starlight's sidebar for a build: a one-page section stands alone at the top, the others become
 * groups whose entries take their labels from the page titles.
 */
export function sidebarFor(hidden: readonly string[]): SidebarItems {
	return visibleSections(hidden).map((section) =>
		section.slugs.length === 1 && section.slugs[0] === 'index'
			? { slug: 'index', label: section.label }
			: { label: section.label, items: section.slugs.map((slug) => ({ slug })) },
	);
}
