import { normalizeComment, redactSecrets } from '../../lib/shared/secret-redaction';
import { tokenPrefixes } from '../../lib/shared/token-rules';

/**
 * The docs MCP server never takes a token: no tool's input has a field for one, and any input that
 * holds something token-shaped anywhere (the feedback rules recognise it: secret-redaction.ts) is
 * refused before a tool sees it, with why and where to test a token instead. The input is neither
 * logged nor stored, refused or not.
 */

/** Every string inside `value`, however deep: a token may hide in any field an agent fills. */
function stringsIn(value: unknown, found: string[] = []): string[] {
	if (typeof value === 'string') found.push(value);
	else if (Array.isArray(value)) for (const item of value) stringsIn(item, found);
	else if (value && typeof value === 'object') for (const [key, item] of Object.entries(value)) stringsIn(item, stringsIn(key, found));
	return found;
}

/**
 * A token's prefix standing alone (`what does ra_live_ mean?`): the guides' own words, which hold no
 * secret. The redaction rules mask it (a half-pasted token may follow); a question may name it.
 */
const barePrefix = new RegExp(`(?<![\\w])(?:${Object.values(tokenPrefixes).join('|')})(?![\\w\\-.~+/=])`, 'gi');

/** Whether `input` holds anything that looks like a token or another secret. */
export const holdsSecret = (input: unknown): boolean =>
	stringsIn(input)
		.map((text) => text.replace(barePrefix, 'prefix'))
		.some((text) => redactSecrets(text) !== normalizeComment(text));

/** What an agent is told when it hands a tool a token: why, and the three ways to test one. */
export function tokenRefusal(siteUrl: string): string {
	const page = new URL('/environments/#check-your-token', siteUrl).href;
	return [
		'Refused: the input contains something that looks like an API token or another secret. This server never takes a token, in any tool or field; nothing was done with the input, and it was not logged or kept.',
		`To test a Remote API token, the admin pastes it into the token tester on ${page}, a platform's embedded tester, or runs \`npm run check-token\` in a terminal (the token is read from standard input).`,
		'Ask again without the token: describe the error, or quote it with the token left out.',
	].join('\n\n');
}
