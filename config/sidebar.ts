import type { StarlightUserConfig } from '@astrojs/starlight/types';
import { pageWordsByLocale } from '../src/i18n/page-words.ts';
import { visibleSections, type GuideSection } from '../src/lib/shared/guide-catalogue.ts';
import type { Locale } from '../src/lib/shared/locales.ts';

type SidebarItems = NonNullable<StarlightUserConfig['sidebar']>;

/**
 * Starlight's sidebar for a build: a one-page section stands alone at the top, the others become
 * groups whose entries take their labels from the page titles (each language's own). A group's
 * label is in the site's root language, with its translations for the others it ships.
 */
export function sidebarFor(hidden: readonly string[], locales: readonly Locale[] = ['en']): SidebarItems {
	const [rootLocale, ...others] = locales;
	const labelled = (section: GuideSection) => ({
		label: pageWordsByLocale[rootLocale ?? 'en'].sections[section],
		...(others.length > 0
			? { translations: Object.fromEntries(others.map((locale) => [locale, pageWordsByLocale[locale].sections[section]])) }
			: {}),
	});
	return visibleSections(hidden).map((section) =>
		section.slugs.length === 1 && section.slugs[0] === 'index'
			? { slug: 'index', ...labelled(section.label) }
			: { ...labelled(section.label), items: section.slugs.map((slug) => ({ slug })) },
	);
}
