import type { Environment } from '../lib/shared/environments';
import { locales, type Locale } from '../lib/shared/locales';
import { formatWords as de } from './de/formats';
import { formatWords as en, type FormatText } from './en/formats';
import { formatWords as es } from './es/formats';
import { formatWords as fr } from './fr/formats';
import { testerWordsByLocale } from './tester-words';

/**
 * What the platform formats say beyond the guides' text, in one language, with the environments
 * named as the guides and the tester name them there ("Produktion", "Sandbox").
 */
export type FormatWords = FormatText & { environments: Record<Environment, string> };

const texts: Record<Locale, FormatText> = { en, de, fr, es };

export const formatWordsByLocale = Object.fromEntries(
	locales.map((locale) => [locale, { ...texts[locale], environments: testerWordsByLocale[locale].environments }]),
) as Record<Locale, FormatWords>;
