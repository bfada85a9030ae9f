/**
 * What we can tell about a Remote API token without asking Remote. Shared by the in-page tester
 * (which runs it on every keystroke, in the browser) and the API route (which runs it again before
 * spending a call on Remote's rate limit). Plain TypeScript with no dependencies: it ships to the
 * browser, so every byte counts.
 *
 * Remote publishes the prefixes but not the format after them, so the format check rejects only
 * what certainly is not a token, each case with its own message.
 */

import { tokenPrefixes as remoteTokenPrefixes } from './remote-facts';

export const environments = ['production', 'sandbox'] as const;
export type Environment = (typeof environments)[number];

/** The prefix that marks each environment's tokens, as Remote documents it (src/lib/shared/remote-facts.ts). */
export const tokenPrefixes: Record<Environment, string> = remoteTokenPrefixes;

/** Where a damaged token can be copied from again, ending every message that asks for that. */
const copyAgain = 'Copy it again from Remote’s tokens table.';

/** “ra_live_” (Production) or “ra_test_” (Sandbox), for messages that name both prefixes. */
const bothPrefixes = `“${remoteTokenPrefixes.production}” (Production) or “${remoteTokenPrefixes.sandbox}” (Sandbox)`;

export const environmentLabels: Record<Environment, string> = {
	production: 'Production',
	sandbox: 'Sandbox',
};

/** Fewer characters than this after the prefix cannot be a whole token. */
export const minimumBodyLength = 16;
/** No Remote token is anywhere near this long; longer input is something else pasted along. */
export const maximumTokenLength = 512;

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

/** What `cleanPastedToken` says when it removes each kind of wrapper. */
export const pasteNotices = {
	whitespace: 'Removed spaces or line breaks from around the token.',
	bearer: 'Removed “Bearer ” from the start: paste the token alone.',
	quotes: 'Removed the quotation marks around the token.',
};

/** The quotation marks a token is pasted in, each as its opening and closing mark. */
const quotePairs = ['""', "''", '``', '\u201c\u201d', '\u2018\u2019'];

/**
 * Forgives what copying and pasting tends to add around a token (surrounding whitespace and line
 * breaks, quotes, a leading `Bearer `), and says what it removed. The cleaned token is what gets
 * checked and tested; nothing inside the token is ever changed.
 */
export function cleanPastedToken(raw: string): { token: string; notices: string[] } {
	const notices: string[] = [];
	const note = (notice: string) => {
		if (!notices.includes(notice)) notices.push(notice);
	};
	let token = raw;
	// Wrappers can come in any order (`"Bearer ra_…"`, `Bearer "ra_…"`): peel until nothing changes.
	for (let previous = ''; previous !== token;) {
		previous = token;
		const trimmed = token.trim();
		if (trimmed !== token) note(pasteNotices.whitespace);
		token = trimmed;
		const bearer = /^bearer\s+/i.exec(token);
		if (bearer) {
			token = token.slice(bearer[0].length);
			note(pasteNotices.bearer);
		}
		if (token.length > 2 && quotePairs.includes(token[0]! + token.at(-1))) {
			token = token.slice(1, -1);
			note(pasteNotices.quotes);
		}
	}
	return { token, notices };
}

/** Characters that show no glyph, or only a space, where they sit in copied text. */
const invisibleCharacters: Record<string, string> = {
	'\u200b': 'a zero-width space',
	'\u200c': 'a zero-width non-joiner',
	'\u200d': 'a zero-width joiner',
	'\u2060': 'a word joiner',
	'\ufeff': 'a byte-order mark',
	'\u00a0': 'a non-breaking space',
	'\u00ad': 'a soft hyphen',
};

/** Lookalikes of characters a token may hold, which word processors and chat apps substitute. */
const lookalikeCharacters: Array<[RegExp, string]> = [
	[/[\u2018\u2019\u201c\u201d]/, 'a curly quotation mark'],
	[/[\u2013\u2014]/, 'a dash that is not a hyphen'],
];

/** Keys of other services that people paste by mistake, recognised by their published prefixes. */
const otherVendorKeys: Array<[RegExp, string]> = [
	[/^[spr]k_(live|test)_/, 'a Stripe API key'],
	[/^(ghp|gho|ghu|ghs|ghr)_|^github_pat_/, 'a GitHub token'],
	[/^xox[abposr]-/, 'a Slack token'],
	[/^(AKIA|ASIA)[A-Z0-9]{12}/, 'an AWS access key'],
	[/^sk-/, 'an OpenAI-style API key'],
	[/^eyJ/, 'a JSON Web Token (an OAuth access token, not an API token)'],
];

/** What is wrong with the first character that no token holds: anything but printable ASCII. */
function describeCharacterProblem(token: string): string | null {
	const index = token.search(/[^!-~]/);
	if (index < 0) return null;
	const character = token[index]!;
	const at = `at character ${index + 1}`;
	const named = invisibleCharacters[character] ?? lookalikeCharacters.find(([pattern]) => pattern.test(character))?.[1];
	if (named) {
		return `The token contains ${named} ${at}, picked up when it was copied through a document or chat. ${copyAgain}`;
	}
	if (/[ \t\n\r]/.test(character)) {
		return `The token has a space or line break inside it, ${at}. Tokens are one unbroken string: copy it again in one piece.`;
	}
	if (/[\0-\x1f\x7f-\x9f]/.test(character)) {
		return `The token contains an invisible control character ${at}. ${copyAgain}`;
	}
	const kind = character === character.normalize('NFKC') ? 'a non-ASCII letter or symbol' : 'a lookalike of a plain character';
	return `The token contains a character that no Remote token has (${kind}) ${at}. ${copyAgain}`;
}

function describePrefixProblem(token: string): string | null {
	if (detectEnvironment(token)) return null;
	const lower = token.toLowerCase();
	if (detectEnvironment(lower)) {
		return `The token starts with “${token.slice(0, 8)}” in capitals. Remote tokens start with lower-case ${bothPrefixes} and are case-sensitive, so copy it again rather than retyping it.`;
	}
	const vendor = otherVendorKeys.find(([pattern]) => pattern.test(token));
	if (vendor) {
		return `This looks like ${vendor[1]}, not a Remote API token. Remote tokens start with ${bothPrefixes}.`;
	}
	if (lower.startsWith('ra_')) {
		return `The token starts with “ra_” but not with ${bothPrefixes}. Part of the prefix may be missing: copy the whole token again.`;
	}
	return `This is not a Remote API token: those start with ${bothPrefixes}. Copy one from Remote’s tokens table, or generate a new one.`;
}

/**
 * Why `token` (already cleaned) certainly is not a Remote API token, as the message to show: the
 * first problem found, in this order. Null when nothing rules it out.
 */
export function checkTokenFormat(token: string): string | null {
	if (token.length === 0) return 'Paste a Remote API token to check it.';
	if (token.length > maximumTokenLength) {
		return `That is ${token.length} characters, far longer than a Remote API token (at most ${maximumTokenLength}). Something else was probably pasted along with it.`;
	}
	const problem = describeCharacterProblem(token) ?? describePrefixProblem(token);
	if (problem) return problem;
	const environment = detectEnvironment(token)!;
	const bodyLength = token.length - tokenPrefixes[environment].length;
	if (bodyLength === 0) {
		return `That is only the prefix “${tokenPrefixes[environment]}”: the rest of the token is missing. ${copyAgain}`;
	}
	if (bodyLength < minimumBodyLength) {
		return `Only ${bodyLength} characters follow the prefix; a Remote token has many more. It was probably cut off when copied: copy it again.`;
	}
	return null;
}
