import type { NextStep } from '../lib/shared/connection-test-schema';
import { defaultLocale, type Locale } from '../lib/shared/locales';
import { nextStepsIn, type NextStepFor } from '../lib/shared/verdict-guidance';
import { testerWords as de } from './de/tester';
import { testerWords as en, type TesterWords } from './en/tester';
import { testerWords as es } from './es/tester';
import { testerWords as fr } from './fr/tester';

export type { TesterWords };

/** The tester's words in every language: for the route and the build. Browsers get one language only. */
export const testerWordsByLocale: Record<Locale, TesterWords> = { en, de, fr, es };

/** A language's tester words with every outcome's next step resolved to a link into that language's pages. */
export interface ResolvedTesterWords extends TesterWords {
	locale: Locale;
	nextSteps: Record<NextStepFor, NextStep>;
}

/**
 * What a tester says in `locale` on a site whose root language is `rootLocale`: its words, and
 * where each outcome's next step leads (`/de/troubleshooting/#wrong-environment`).
 */
export function testerWordsFor(locale: Locale = defaultLocale, rootLocale: Locale = defaultLocale): ResolvedTesterWords {
	const words = testerWordsByLocale[locale];
	return { ...words, locale, nextSteps: nextStepsIn(words.nextStepLabels, locale, rootLocale) };
}
