import { otherVendorKeys, tokenPrefixes } from '../../shared/token-rules';

/**
 * Takes secrets out of a reader's comment before it is stored: readers paste tokens everywhere,
 * and a comment box is no exception. What the token rules recognise (a Remote token in any case,
 * a half-pasted `ra_` one, another service's key) goes, and so does anything else that looks like
 * a secret: a long run of letters and digits, a value after `Bearer`, `token=` or `password:`.
 * Each becomes `[redacted]`; the rest of the comment is kept as written.
 */

export const redactedMark = '[redacted]';

/** The characters a token or key is made of: what follows a recognised prefix is taken up to the first other one. */
const secretCharacters = String.raw`[\w\-.~+/=]*`;
/** Not preceded by a character of the same run, so `ra_` inside another word is left alone. */
const start = String.raw`(?<![\w\-.~+/=])`;

const remoteTokens = new RegExp(
	`${start}(?:${Object.values(tokenPrefixes)
		.map((prefix) => prefix.replace(/_/g, '_?'))
		.join('|')}|ra_\\w{3,})${secretCharacters}`,
	'gi',
);

/** Other services' keys, by the same published prefixes the tester names (token-rules.ts), wherever they stand. */
const vendorKeys = otherVendorKeys.map(([pattern]) => new RegExp(`(?:${pattern.source.replaceAll('^', start)})${secretCharacters}`, 'g'));

/**
 * A value after a word that announces a secret: `Bearer x`, `token: x`, `password=x`. Only
 * `Bearer` is followed by a plain space: "my token stopped working" says nothing secret.
 */
const announcedSecret =
	/\b(?:(bearer)(\s+)|(token|api[ _-]?key|secret|password|passwd|pwd|authorization)(\s*[:=]\s*))(["']?)(?!bearer\b)([^\s"',;]{6,})/gi;

/** Characters that show nothing, which would split a pasted token in two and let half of it through. */
const invisible = /[\u200b-\u200d\u2060\ufeff\u00ad]/g;

/** A run of 20 or more token characters that mixes letters and digits: no word of prose looks like that. */
const longRun = /(?<![\w\-.~+/=])[\w\-.~+/=]{20,}/g;

function looksRandom(run: string): boolean {
	// A web address or a path is not a secret (its query string is dealt with as its own run).
	if (/^(https?:)?\/\//i.test(run) || /^[\w-]*(\/[\w-]+)+\/?$/.test(run)) return false;
	return /[a-z]/i.test(run) && /\d/.test(run);
}

/** The mark that replaces `secret`, keeping the full stop a sentence ended with. */
const redact = (secret: string) => redactedMark + (/\.+$/.exec(secret)?.[0] ?? '');

/** The comment with every secret-looking string replaced by `[redacted]`. */
export function redactSecrets(text: string): string {
	let redacted = text.replace(invisible, '').replace(remoteTokens, redact);
	for (const pattern of vendorKeys) redacted = redacted.replace(pattern, redact);
	redacted = redacted.replace(announcedSecret, (match, ...groups: Array<string | undefined>) => {
		const [bearer, space, word, separator, quote, value] = groups;
		return value === redactedMark ? match : `${bearer ?? word}${space ?? separator}${quote}${redactedMark}`;
	});
	return redacted.replace(longRun, (run) => (looksRandom(run) ? redact(run) : run));
}
