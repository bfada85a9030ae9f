import type { Certainty, FactTopic, SourceKind } from '../lib/shared/remote-fact-schema';

/**
 * The registry's words in one language other than English. A fact's value, sources, certainty and
 * date live once in the registry (src/lib/shared/remote-facts.ts), which also holds its English
 * statement; only what a reader reads is here. The unit tests hold every language to every fact.
 *
 * Statements keep the registry's two marks: `**bold**` for a label on Remote's screens, written
 * exactly as the registry's English statement writes it (Remote's screens are English), and
 * `` `code` `` for a literal, unchanged.
 */
export interface FactWords {
	/** Each fact by id: its statement, and its note where the registry's fact has one. */
	facts: Record<string, { statement: string; note?: string }>;
	/** What Remote's pages leave open, by id: the question and what the guides advise instead. */
	openQuestions: Record<string, { question: string; guidesSay: string }>;
	/** The headings /sources/ groups facts under. */
	topics: Record<FactTopic | 'not-stated', string>;
	/** Each certainty's name, as its tag shows it, and what it means. */
	certainties: Record<Certainty, { label: string; meaning: string }>;
	/** Who published a source, as /sources/ says it beside the source's title. */
	sourceKinds: Record<SourceKind, string>;
	/**
	 * Every label `<UiLabel>` and `<MenuPath>` show, exactly as on Remote's screens, and its gloss in
	 * this language, shown once a page after the label: "**Generate API token** (API-Token erstellen)".
	 * `null` for a name, which needs none (**Remote API**, **Owner**).
	 */
	glosses: Record<string, string | null>;
}
