import type { Locale } from '../lib/shared/locales';
import { formatWords as de } from './de/formats';
import { formatWords as en, type FormatWords } from './en/formats';
import { formatWords as es } from './es/formats';
import { formatWords as fr } from './fr/formats';

export type { FormatWords };

/** What the platform formats say beyond the guides' text, in every language. */
export const formatWordsByLocale: Record<Locale, FormatWords> = { en, de, fr, es };
