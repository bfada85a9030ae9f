import { defaultLocale, isLocale, localizePath, type Locale } from './locales';

/**
 * Where each language's guides are written, and where they are served. The English guides are at
 * the top of src/content/docs/, every other language's in a folder of its own (`de/`); a site
 * serves its root language at `/` and each other under `/<language>/`, whichever that root is.
 */

/** Where the guides are written, from the project's root. */
const contentFolder = 'src/content/docs/';

/**
 * A guide file's language and slug: `de/environments.mdx` is German `environments`, `index.mdx`
 * English `index`. Takes the path within the content folder or from the project's root, with
 * either kind of separator, as content loaders and Markdown plugins give it.
 */
export function contentFile(file: string): { locale: Locale; slug: string } {
	const normalized = file.split('\\').join('/');
	const within = normalized.startsWith(contentFolder) ? normalized.slice(contentFolder.length) : normalized;
	const path = within.replace(/\.mdx?$/, '');
	const [first, ...rest] = path.split('/');
	const locale = first !== defaultLocale && isLocale(first) && rest.length > 0 ? first : defaultLocale;
	const inFolder = locale === defaultLocale ? path : rest.join('/');
	return { locale, slug: inFolder.replace(/(^|\/)index$/, '') || 'index' };
}

/**
 * The content entry id of a guide on a site whose root language is `rootLocale`: the root
 * language's guides by their slug (`environments`, `index`), every other's under its language
 * (`de/environments`, `de` for its overview), as Starlight routes them.
 */
export function contentEntryId({ locale, slug }: { locale: Locale; slug: string }, rootLocale: Locale): string {
	if (locale === rootLocale) return slug;
	return slug === 'index' ? locale : `${locale}/${slug}`;
}

/** The guide a content entry of `locale` is, the inverse of contentEntryId: `de/environments` is `environments`, `de` the overview. */
export function entrySlug(entryId: string, locale: Locale, rootLocale: Locale): string {
	if (locale === rootLocale) return entryId;
	return entryId === locale ? 'index' : entryId.slice(locale.length + 1);
}

/** A site path without any language prefix, the root language's included: `/de/environments/` is `/environments/`. */
export function withoutLocale(path: string): string {
	const match = /^\/([a-z]{2})(\/.*|$)/.exec(path);
	return match && isLocale(match[1]) ? match[2] || '/' : path;
}

/** A site path as `locale`'s pages link it on a site whose root language is `rootLocale`, whatever prefix it was written with. */
export function inLanguage(path: string, locale: Locale, rootLocale: Locale): string {
	return localizePath(withoutLocale(path), locale, rootLocale);
}
