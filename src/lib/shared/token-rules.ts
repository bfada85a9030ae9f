/**
 * What we can tell about a Remote API token without asking Remote. Shared by the in-page tester
 * (which runs it on every keystroke, in the browser) and the API route (which runs it again before
 * spending a call on Remote's rate limit). Plain TypeScript with no dependencies: it ships to the
 * browser, so every byte counts.
 *
 * Remote publishes the prefixes but not the format after them, so the format check rejects only
 * what is very unlikely to be a token, each case with its own code; tester-words.ts says each in
 * words. Every rule beyond the prefix is this help center's own heuristic, with its reason in the
 * fact registry (`formatRuleFacts` below), so /sources/ says why the tester refuses what it does.
 */

import { environments, type Environment } from './environments';
import { tokenPrefixes as remoteTokenPrefixes, testerLengthBounds } from './remote-facts';

export { environments, type Environment };

/** The prefix that marks each environment's tokens, as Remote documents it (src/lib/shared/remote-facts.ts). */
export const tokenPrefixes: Record<Environment, string> = remoteTokenPrefixes;

export const environmentLabels: Record<Environment, string> = {
	production: 'Production',
	sandbox: 'Sandbox',
};

/** Fewer characters than this after the prefix is taken for a token cut off in copying (our heuristic). */
export const minimumBodyLength = testerLengthBounds.minimumAfterPrefix;
/** Longer input is taken for something else pasted along with the token (our heuristic). */
export const maximumTokenLength = testerLengthBounds.maximum;

/** The environment a token's prefix names, or null when it has neither Remote prefix. */
export function detectEnvironment(token: string): Environment | null {
	return environments.find((environment) => token.startsWith(tokenPrefixes[environment])) ?? null;
}

/**
 * The token as it can safely be shown: its prefix and its last 4 characters, e.g. `ra_test_…9f3a`.
 * Short or unrecognised input shows less, so a mask never gives away most of a secret.
 */
export function maskToken(token: string): string {
	const environment = detectEnvironment(token);
	const prefix = environment ? tokenPrefixes[environment] : '';
	const body = token.slice(prefix.length);
	const tail = body.length >= 12 ? body.slice(-4) : '';
	return `${prefix}…${tail}`;
}

/** What `cleanPastedToken` removes, by kind; tester-words.ts says each in words. */
export type PasteNotice = 'whitespace' | 'bearer' | 'quotes';

/** The quotation marks a token is pasted in, each as its opening and closing mark. */
const quotePairs = ['""', "''", '``', '\u201c\u201d', '\u2018\u2019'];

/**
 * Forgives what copying and pasting tends to add around a token (surrounding whitespace and line
 * breaks, quotes, a leading `Bearer `), and says what it removed. The cleaned token is what gets
 * checked and tested; nothing inside the token is ever changed.
 */
export function cleanPastedToken(raw: string): { token: string; notices: PasteNotice[] } {
	const notices: PasteNotice[] = [];
	const note = (notice: PasteNotice) => {
		if (!notices.includes(notice)) notices.push(notice);
	};
	let token = raw;
	// Wrappers can come in any order (`"Bearer ra_…"`, `Bearer "ra_…"`): peel until nothing changes.
	for (let previous = ''; previous !== token;) {
		previous = token;
		const trimmed = token.trim();
		if (trimmed !== token) note('whitespace');
		token = trimmed;
		const bearer = /^bearer\s+/i.exec(token);
		if (bearer) {
			token = token.slice(bearer[0].length);
			note('bearer');
		}
		if (token.length > 2 && quotePairs.includes(token[0]! + token.at(-1))) {
			token = token.slice(1, -1);
			note('quotes');
		}
	}
	return { token, notices };
}

/**
 * Why a cleaned token is taken not to be a Remote API token: the problem's code and what its message
 * needs (a position, a length, a name). tester-words.ts turns it into words, so the rules ship to
 * browsers without them where a page carries its words itself.
 */
export type FormatProblem =
	| { code: 'empty' | 'partialPrefix' | 'notRemote' }
	| { code: 'tooLong' | 'cutOff'; length: number }
	| { code: 'whitespaceInside' | 'controlCharacter' | 'nonAscii' | 'lookalike'; position: number }
	| { code: 'copiedCharacter'; position: number; name: string }
	| { code: 'capitals'; start: string }
	| { code: 'otherVendor'; name: VendorName }
	| { code: 'prefixOnly'; prefix: string };

/**
 * The registry fact behind each format problem: Remote's prefixes (`token-prefixes`, verified), or
 * the help center's own heuristic (`tester-expects-…`, inferred, each with its reason). A unit test
 * holds every code to a fact, so no rule of ours passes for one of Remote's.
 */
export const formatRuleFacts = {
	empty: null,
	tooLong: 'tester-expects-length',
	cutOff: 'tester-expects-length',
	whitespaceInside: 'tester-expects-characters',
	controlCharacter: 'tester-expects-characters',
	nonAscii: 'tester-expects-characters',
	lookalike: 'tester-expects-characters',
	copiedCharacter: 'tester-expects-characters',
	capitals: 'tester-expects-case',
	otherVendor: 'token-prefixes',
	partialPrefix: 'token-prefixes',
	notRemote: 'token-prefixes',
	prefixOnly: 'token-prefixes',
} as const satisfies Record<FormatProblem['code'], string | null>;

/**
 * Characters that show no glyph (or only a space), and lookalikes that editors substitute. A
 * problem names the character itself; tester-words.ts says what it is.
 */
export const copiedCharacters = '\u200b\u200c\u200d\u2060\ufeff\u00a0\u00ad\u2018\u2019\u201c\u201d\u2013\u2014';

/** Keys of other services that people paste by mistake, recognised by their published prefixes. */
export const otherVendorKeys = [
	[/^[spr]k_(live|test)_/, 'stripe'],
	[/^(ghp|gho|ghu|ghs|ghr)_|^github_pat_/, 'github'],
	[/^xox[abposr]-/, 'slack'],
	[/^(AKIA|ASIA)[A-Z0-9]{12}/, 'aws'],
	[/^sk-/, 'openai'],
	[/^eyJ/, 'jwt'],
] as const;
export type VendorName = (typeof otherVendorKeys)[number][1];

/** The first character that no token holds (anything but printable ASCII), and what it is. */
function findCharacterProblem(token: string): FormatProblem | null {
	const index = token.search(/[^!-~]/);
	if (index < 0) return null;
	const character = token[index]!;
	const position = index + 1;
	if (copiedCharacters.includes(character)) return { code: 'copiedCharacter', position, name: character };
	if (/[ \t\n\r]/.test(character)) return { code: 'whitespaceInside', position };
	// eslint-disable-next-line no-control-regex -- finding control characters is the point
	if (/[\0-\x1f\x7f-\x9f]/.test(character)) return { code: 'controlCharacter', position };
	return { code: character === character.normalize('NFKC') ? 'nonAscii' : 'lookalike', position };
}

function findPrefixProblem(token: string): FormatProblem | null {
	if (detectEnvironment(token)) return null;
	const lower = token.toLowerCase();
	if (detectEnvironment(lower)) return { code: 'capitals', start: token.slice(0, 8) };
	const vendor = otherVendorKeys.find(([pattern]) => pattern.test(token));
	if (vendor) return { code: 'otherVendor', name: vendor[1] };
	return { code: lower.startsWith('ra_') ? 'partialPrefix' : 'notRemote' };
}

/**
 * Why `token` (already cleaned) is taken not to be a Remote API token: the first problem found, in
 * this order. Null when nothing rules it out.
 */
export function findFormatProblem(token: string): FormatProblem | null {
	if (token.length === 0) return { code: 'empty' };
	if (token.length > maximumTokenLength) return { code: 'tooLong', length: token.length };
	const problem = findCharacterProblem(token) ?? findPrefixProblem(token);
	if (problem) return problem;
	const prefix = tokenPrefixes[detectEnvironment(token)!];
	const bodyLength = token.length - prefix.length;
	if (bodyLength === 0) return { code: 'prefixOnly', prefix };
	if (bodyLength < minimumBodyLength) return { code: 'cutOff', length: bodyLength };
	return null;
}
