import type { ResultCode } from './connection-test-codes';
import type { Certainty } from './remote-fact-schema';
import { normalizeComment, redactSecrets } from './secret-redaction';

/**
 * Decoding a pasted error against a catalogue of known error texts: the part the browser runs. The
 * catalogue itself (error-catalogue.ts) is built from the fact registry, so the decoder's page
 * brings its entries as data rather than importing it: the registry stays out of every script, and
 * out of the chunks the token tester shares with the decoder.
 */

/** Who shows a text: Remote, any HTTP tool, or a platform, named as its docs name it. */
export const errorSpeakers = ['remote', 'http', 'nango', 'apideck', 'merge', 'kombo', 'finch'] as const;
export type ErrorSpeaker = (typeof errorSpeakers)[number];

/** The names of those who show a text, the same in every language; a bare status line is any tool's (each language words that). */
export const errorSpeakerNames = {
	remote: 'Remote',
	nango: 'Nango',
	apideck: 'Apideck',
	merge: 'Merge',
	kombo: 'Kombo',
	finch: 'Finch',
} as const satisfies Record<Exclude<ErrorSpeaker, 'http'>, string>;

/** Who shows `speaker`'s texts, in words: its name, or for a status line the language's `anyHttpTool`. */
export const speakerName = (speaker: ErrorSpeaker, anyHttpTool: string): string =>
	speaker === 'http' ? anyHttpTool : errorSpeakerNames[speaker];

/** What a known error most likely means, as the tester's result code (so it leads where that verdict does). */
export type ErrorMeaning = Extract<ResultCode, 'unauthorized' | 'forbidden' | 'rate_limited' | 'remote_unavailable'>;

/** What decoding needs of a catalogue entry. */
export interface DecodableError {
	/** Stable: platforms and the agent interface refer to an entry by it. */
	id: string;
	shownBy: ErrorSpeaker;
	/** The text as its source shows it. */
	text: string;
	/** What finds it in a pasted message, however the message around it is worded. */
	pattern: RegExp;
	/** What it most likely means. */
	means: ErrorMeaning;
	/** How sure that meaning is: `verified` when the source itself says so, `inferred` when we reason it. */
	certainty: Certainty;
}

/** An entry as the decoder's page carries it: its pattern as a regular expression's source and flags. */
export type DecodableErrorData = Omit<DecodableError, 'pattern'> & { pattern: { source: string; flags: string } };

export const decodableData = ({ id, shownBy, text, pattern, means, certainty }: DecodableError): DecodableErrorData => ({
	id,
	shownBy,
	text,
	pattern: { source: pattern.source, flags: pattern.flags },
	means,
	certainty,
});

export const revivedDecodable = ({ pattern, ...entry }: DecodableErrorData): DecodableError => ({
	...entry,
	pattern: new RegExp(pattern.source, pattern.flags),
});

/** Longer pastes are cut here: an error message is a few lines, and the patterns need no more. */
export const decodableLength = 20_000;

export interface DecodedError<Entry extends DecodableError = DecodableError> {
	/** The text as the decoder shows it back: anything token-shaped masked, cut to {@link decodableLength}. */
	shown: string;
	/** Whether something token-shaped was found (and masked): the reader is told, nothing is sent either way. */
	hadSecret: boolean;
	/** The entries it contains, in the catalogue's order (most specific first); empty when none is known. */
	matches: Entry[];
}

/**
 * What a pasted error most likely means, by `catalogue`. Secrets are masked before anything is
 * matched, so no pattern ever reads a token; the text never leaves the function.
 */
export function decodeWith<Entry extends DecodableError>(catalogue: readonly Entry[], pasted: string): DecodedError<Entry> {
	const text = pasted.slice(0, decodableLength);
	const shown = redactSecrets(text);
	return {
		shown,
		hadSecret: shown !== normalizeComment(text),
		matches: catalogue.filter((entry) => entry.pattern.test(shown)),
	};
}
