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
 * A value after a word that announces a secret: `Bearer x`, `token: x`, `password=x`,
 * `Authorization: Basic x`. Only `Bearer` is followed by a plain space: "my token stopped working"
 * says nothing secret.
 */
const announcedSecret =
	/\b(?:(bearer)(\s+)|(token|api[ _-]?key|secret|password|passwd|pwd|authorization)(\s*[:=]\s*(?:(?:bearer|basic|token)\s+)?))(["']?)([^\s"',;]{6,})/gi;

/** A user and password inside a web address: `https://user:secret@host`. */
const addressCredentials = /\b(https?:\/\/)[^\s/@]+:[^\s/@]+@/gi;

/** Characters that show nothing, which would split a pasted token in two and let half of it through. */
const invisible = /[\u200b-\u200d\u2060\ufeff\u00ad]/g;

/** A run of 20 or more token characters: a secret when it mixes letters and digits, as no word of prose does. */
const longRun = /(?<![\w\-.~+/=])[\w\-.~+/=]{20,}/g;

const mixesLettersAndDigits = (text: string) => /[a-z]/i.test(text) && /\d/.test(text);

/**
 * A web address or a path (`/generate-token/`, `//hooks.example.com/…`) is kept, but any piece of
 * it that looks random is not: a webhook's secret lives in its path.
 */
function redactRun(run: string): string {
	if (/^\/|^[\w.-]*\.[a-z]{2,}\//i.test(run))
		return run.replace(/[^/]{16,}/g, (piece) => (mixesLettersAndDigits(piece) ? redact(piece) : piece));
	return mixesLettersAndDigits(run) ? redact(run) : run;
}

/** The mark that replaces `secret`, keeping the full stop a sentence ended with. */
const redact = (secret: string) => redactedMark + (/\.+$/.exec(secret)?.[0] ?? '');

/**
 * The comment with every secret-looking string replaced by `[redacted]`. Full-width and other
 * compatibility characters are read as the ones they stand for first, so `ｒａ＿ｌｉｖｅ＿…` is a token too.
 */
export function redactSecrets(text: string): string {
	let redacted = text
		.normalize('NFKC')
		.replace(invisible, '')
		.replace(addressCredentials, `$1${redactedMark}@`)
		.replace(remoteTokens, redact);
	for (const pattern of vendorKeys) redacted = redacted.replace(pattern, redact);
	redacted = redacted.replace(announcedSecret, (match, ...groups: Array<string | undefined>) => {
		const [bearer, space, word, separator, quote, value] = groups;
		return value === redactedMark ? match : `${bearer ?? word}${space ?? separator}${quote}${redactedMark}`;
	});
	return redacted.replace(longRun, redactRun);
}
