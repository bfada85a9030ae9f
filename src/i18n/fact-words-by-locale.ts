import { certaintyMeanings, certainties, factTopics, type Certainty } from '../lib/shared/remote-fact-schema';
import { openQuestions, remoteFacts } from '../lib/shared/remote-facts';
import type { Locale } from '../lib/shared/locales';
import { factWords as de } from './de/facts';
import { factWords as es } from './es/facts';
import type { FactWords } from './fact-words';
import { factWords as fr } from './fr/facts';

/**
 * The registry's words in English, in the same shape as every other language's: the registry
 * holds each fact's English statement and note itself, so they are read from there, once.
 */
const en: FactWords = {
	facts: Object.fromEntries(
		remoteFacts.map((fact) => [fact.id, { statement: fact.statement, ...('note' in fact ? { note: fact.note } : {}) }]),
	),
	openQuestions: Object.fromEntries(openQuestions.map(({ id, question, guidesSay }) => [id, { question, guidesSay }])),
	topics: { ...factTopics, 'not-stated': 'What Remote’s pages do not say' },
	certainties: Object.fromEntries(
		certainties.map((certainty) => [certainty, { label: certainty, meaning: certaintyMeanings[certainty] }]),
	) as Record<Certainty, { label: string; meaning: string }>,
	sourceKinds: {
		remote: 'Remote',
		'remote-older': 'Remote, older page',
		'remote-notes': 'Remote’s notes for AI assistants',
		partner: 'partner’s guide',
	},
	// Remote's screens are English: an English reader reads the label itself.
	glosses: {},
};

/** The fact registry's words in every language. The unit tests hold each language to every fact. */
export const factWordsByLocale: Record<Locale, FactWords> = { en, de, fr, es };

/** A fact's statement in `locale`; the registry's own (English) where a language lacks one, which the unit tests forbid. */
export function factStatement(id: string, locale: Locale): string {
	const words = factWordsByLocale[locale].facts[id] ?? en.facts[id];
	if (!words) throw new Error(`There is no Remote fact "${id}".`);
	return words.statement;
}
