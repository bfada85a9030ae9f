/**
 * The languages the help center is written in, and the few rules every part applies to them: which
 * one a path is in, the path of a page in another language, and which one a reader's
 * `Accept-Language` asks for. English is the default. Browser code imports this module too, so it
 * carries no dependencies.
 *
 * Adding a language: add its code here, then its words under src/i18n/<code>/ (the compiler lists
 * every missing one) and its pages under src/content/docs/<code>/ (see docs/development.md).
 */

export const locales = ['en', 'de', 'fr', 'es'] as const;
export type Locale = (typeof locales)[number];

/** The language of anything that names none: English. */
export const defaultLocale: Locale = 'en';

/** Each language by its own name, as the language picker shows it. */
export const localeNames: Record<Locale, string> = { en: 'English', de: 'Deutsch', fr: 'Français', es: 'Español' };
/** Each language's name in English: for pages and files written in English about every language. */
export const localeNamesInEnglish: Record<Locale, string> = { en: 'English', de: 'German', fr: 'French', es: 'Spanish' };

export const isLocale = (value: unknown): value is Locale => (locales as readonly unknown[]).includes(value);

/**
 * The language a tag names, if it is one of ours: `de`, `de-CH` and `DE_de.UTF-8` are German.
 * Anything else (a language we do not write, or no language) is undefined.
 */
export function localeOfTag(tag: string | undefined | null): Locale | undefined {
	const language = tag
		?.trim()
		.split(/[-_.@]/)[0]
		?.toLowerCase();
	return isLocale(language) ? language : undefined;
}

/**
 * The language an `Accept-Language` header prefers among ours, by its q-values (RFC 9110 §12.5.4);
 * undefined when it names none of them. `*` matches nothing in particular, so it chooses nothing.
 */
export function negotiateLocale(acceptLanguage: string | undefined | null): Locale | undefined {
	if (!acceptLanguage) return undefined;
	let best: { locale: Locale; quality: number } | undefined;
	// A header is short in practice; a hostile one is cut rather than parsed whole.
	for (const range of acceptLanguage.slice(0, 1000).split(',').slice(0, 50)) {
		const [tag, ...parameters] = range.split(';');
		const locale = localeOfTag(tag);
		if (!locale) continue;
		const q = parameters.map((parameter) => /^\s*q\s*=\s*([01](?:\.\d{0,3})?)\s*$/i.exec(parameter)?.[1]).find(Boolean);
		const quality = q === undefined ? 1 : Number(q);
		if (quality > 0 && (!best || quality > best.quality)) best = { locale, quality };
	}
	return best?.locale;
}

/**
 * Where a site's pages in `locale` live: the site's root language at `/`, every other under
 * `/<locale>/`. The house site's root language is English; a brand may choose another.
 */
export function localePrefix(locale: Locale, rootLocale: Locale = defaultLocale): string {
	return locale === rootLocale ? '' : `/${locale}`;
}

/** A site path (`/troubleshooting/#too-many-tests`) in `locale`: `/de/troubleshooting/#too-many-tests`. */
export function localizePath(path: string, locale: Locale, rootLocale: Locale = defaultLocale): string {
	if (!path.startsWith('/')) return path;
	return `${localePrefix(locale, rootLocale)}${path}`;
}
