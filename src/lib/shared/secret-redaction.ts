import { otherVendorKeys, tokenPrefixes } from './token-rules';

/**
 * Takes secrets out of what a reader typed before it is stored or shown back: a feedback comment,
 * an error message pasted into the decoder. Readers paste tokens everywhere, and a comment box is
 * no exception. What the token rules recognise (a Remote token in any case,
 * a half-pasted `ra_` one, another service's key) goes, and so does anything else that looks like
 * a secret: a long run of letters and digits, a value after `Bearer`, `token=` or `password:`.
 * Each becomes `[redacted]`; the rest of the comment is kept as written.
 */

export const redactedMark = '[redacted]';

/** The characters a token or key is made of: what follows a recognised prefix is taken up to the first other one. */
const secretCharacters = String.raw`[\w\-.~+/=]*`;
/** Not preceded by a character of the same run, so `ra_` inside another word is left alone. */
const start = String.raw`(?<![\w\-.~+/=])`;

/**
 * A Remote token: its prefix is distinctive enough to be one wherever it starts but inside a word
 * (`key=ra_live_…`, `/ra_test_…` are tokens; `extra_live` is not), and it runs on across a line
 * break that a paste or a narrow text box put in the middle of it.
 */
const remoteTokens = new RegExp(
	`(?<![a-z0-9])(?:${Object.values(tokenPrefixes)
		.map((prefix) => prefix.replace(/_/g, '_?'))
		.join('|')}|ra_\\w{3,})(?:[\\w\\-.~+/=]|\\r?\\n(?=[\\w\\-.~+/=]))*`,
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

/**
 * Characters that show nothing or only steer the text (every format and default-ignorable code
 * point: zero-width spaces and joiners, direction marks, variation selectors, tag characters, the
 * Hangul and Mongolian fillers…) and control characters but the line break: any of them would
 * split a pasted token so that neither half looks like one. Tabs go too (a spreadsheet import
 * could read one as a column break).
 */
// eslint-disable-next-line no-control-regex -- removing control characters is the point
const invisible = /[\p{Cf}\p{Default_Ignorable_Code_Point}\0-\x09\x0b\x0c\x0e-\x1f\x7f-\x9f]/gu;

/**
 * A comment as the reader meant it, before it is measured or searched for secrets: compatibility
 * characters read as the ones they stand for (`ｒａ＿ｌｉｖｅ＿…` is `ra_live_…`), invisible and
 * control characters (tabs included) out. Line breaks stay.
 */
export function normalizeComment(text: string): string {
	return text.normalize('NFKC').replace(invisible, '');
}

/**
 * A run of token characters with at least one percent-encoded byte in it (`ra%5Ftest%5F…`),
 * starting only where a run starts, so a long run without one costs one pass, not one per character.
 */
const percentEncodedRun = /(?<![\w\-.~+/=]|%[0-9a-f]{2})(?:[\w\-.~+/=]|%[0-9a-f]{2})*%[0-9a-f]{2}(?:[\w\-.~+/=]|%[0-9a-f]{2})*/gi;

/** Each `%XX` as the byte it stands for, read as a character: enough to see a token through its encoding. */
const percentDecoded = (run: string) => run.replace(/%([0-9a-f]{2})/gi, (_, hex: string) => String.fromCharCode(parseInt(hex, 16)));

/** A run of 20 or more token characters: a secret when it mixes letters and digits, as no word of prose does. */
const longRun = /(?<![\w\-.~+/=])[\w\-.~+/=]{20,}/g;

const mixesLettersAndDigits = (text: string) => /[a-z]/i.test(text) && /\d/.test(text);

/**
 * A web address or a path (`/generate-token/`, `//hooks.example.com/…`, the `4321/de/…` after
 * `localhost:`) is kept, but any piece of it that looks random is not: a webhook's secret lives in
 * its path.
 */
function redactRun(run: string): string {
	if (/^\/|^[\w.-]*\.[a-z]{2,}\/|^\d{1,5}\//i.test(run))
		return run.replace(/[^/]{16,}/g, (piece) => (mixesLettersAndDigits(piece) ? redact(piece) : piece));
	return mixesLettersAndDigits(run) ? redact(run) : run;
}

/** The mark that replaces `secret`, keeping the full stop a sentence ended with. */
const redact = (secret: string) => redactedMark + (/\.+$/.exec(secret)?.[0] ?? '');

/**
 * The comment, normalised ({@link normalizeComment}), with every secret-looking string replaced by
 * `[redacted]`. A percent-encoded run is searched decoded, and goes whole if it hides a secret.
 */
export function redactSecrets(text: string): string {
	let redacted = normalizeComment(text)
		.replace(percentEncodedRun, (run) => {
			const decoded = percentDecoded(run);
			return redactSecrets(decoded) === normalizeComment(decoded) ? run : redact(run);
		})
		.replace(addressCredentials, `$1${redactedMark}@`)
		.replace(remoteTokens, redact);
	for (const pattern of vendorKeys) redacted = redacted.replace(pattern, redact);
	redacted = redacted.replace(announcedSecret, (match, ...groups: Array<string | undefined>) => {
		const [bearer, space, word, separator, quote, value] = groups;
		return value === redactedMark ? match : `${bearer ?? word}${space ?? separator}${quote}${redactedMark}`;
	});
	return redacted.replace(longRun, redactRun);
}

/** A comment as it is stored: normalised (invisible and control characters out, line breaks kept), secrets redacted, trimmed. */
export function cleanComment(comment: string | undefined): string | null {
	if (comment === undefined) return null;
	const cleaned = redactSecrets(comment).trim();
	return cleaned === '' ? null : cleaned;
}
