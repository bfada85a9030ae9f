import siteSettings from 'virtual:remote-connect/site';
import type { SiteWords } from '../../config/site';
import { contentEntryId, entrySlug } from '../lib/shared/content-language';
import { localeOfTag, localizePath, type Locale } from '../lib/shared/locales';
import { factWordsByLocale } from './fact-words-by-locale';
import type { FactWords } from './fact-words';
import { pageWordsByLocale, type PageWords } from './page-words';

/** The language a component renders in, its words, and its links into that language's pages. */
export interface PageLanguage {
	locale: Locale;
	words: PageWords;
	facts: FactWords;
	/** What the guides say of the brand's platform in this language: its name, its connect button, the access it needs. */
	site: SiteWords;
	/** A site path (`/troubleshooting/#rate-limited`) in this language on this site. */
	path(to: string): string;
	/** The content entry of a guide in this language: `environments` is `de/environments` in German. */
	entryId(slug: string): string;
	/** The guide a content entry of this language is: `de/environments` is `environments`, `de` the overview (`index`). */
	slugOf(entryId: string): string;
}

/**
 * The language of the page being rendered: Starlight's, on a guide; the one a guide is rendered in
 * for /guides.json or a Markdown twin (`locals.guideLocale`); else the site's root language.
 */
export function pageLocale(locals: App.Locals): Locale {
	let lang: string | undefined;
	try {
		lang = locals.starlightRoute.lang;
	} catch {
		// Not a Starlight page: a guide rendered for an output, or a page of our own.
	}
	return localeOfTag(locals.guideLocale ?? lang) ?? siteSettings.rootLocale;
}

export function pageLanguage(locals: App.Locals): PageLanguage {
	const locale = pageLocale(locals);
	return {
		locale,
		words: pageWordsByLocale[locale],
		facts: factWordsByLocale[locale],
		site: siteSettings.words[locale] ?? siteSettings.words[siteSettings.rootLocale]!,
		path: (to) => localizePath(to, locale, siteSettings.rootLocale),
		entryId: (slug) => contentEntryId({ locale, slug }, siteSettings.rootLocale),
		slugOf: (entryId) => entrySlug(entryId, locale, siteSettings.rootLocale),
	};
}
