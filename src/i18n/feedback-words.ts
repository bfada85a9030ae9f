import type { Locale } from '../lib/shared/locales';
import { feedbackWords as de } from './de/feedback';
import { feedbackWords as en, type FeedbackWords } from './en/feedback';
import { feedbackWords as es } from './es/feedback';
import { feedbackWords as fr } from './fr/feedback';

export type { FeedbackWords };

/** "Was this page helpful?" in every language, for the build: each page renders its own language's into its widget. */
export const feedbackWordsByLocale: Record<Locale, FeedbackWords> = { en, de, fr, es };
