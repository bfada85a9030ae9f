import type { Locale } from '../lib/shared/locales.ts';
import { pageWords as de } from './de/pages.ts';
import { pageWords as en, type PageWords } from './en/pages.ts';
import { pageWords as es } from './es/pages.ts';
import { pageWords as fr } from './fr/pages.ts';

export type { PageWords };

/** The components' words in every language, for the build. */
export const pageWordsByLocale: Record<Locale, PageWords> = { en, de, fr, es };
