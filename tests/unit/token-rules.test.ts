import { describe, expect, test } from 'vitest';
import { describeFormatProblem } from '../../src/lib/shared/fill-words';
import { testerWordsFor } from '../../src/i18n/tester-words';
import {
	cleanPastedToken,
	copiedCharacters,
	detectEnvironment,
	findFormatProblem,
	maskToken,
	type PasteNotice,
} from '../../src/lib/shared/token-rules';

const testerWords = testerWordsFor('en');

/** The format check as a reader reads it: the problem found, in words, or null. */
const checkTokenFormat = (token: string) => {
	const problem = findFormatProblem(token);
	return problem && describeFormatProblem(problem, testerWords);
};

const body = 'a1b2c3d4e5f6g7h8i9j0'; // 20 characters: comfortably past the 16-character minimum

describe('detectEnvironment', () => {
	test.each([
		['ra_live_ is production', `ra_live_${body}`, 'production'],
		['ra_test_ is sandbox', `ra_test_${body}`, 'sandbox'],
		['upper case is neither', `RA_LIVE_${body}`, null],
		['another prefix is neither', `ra_prod_${body}`, null],
		['empty is neither', '', null],
	])('%s', (_reason, token, environment) => {
		expect(detectEnvironment(token)).toBe(environment);
	});
});

describe('findFormatProblem, in words', () => {
	test.each<[string, string, RegExp | null]>([
		['a production token passes', `ra_live_${body}`, null],
		['a sandbox token passes', `ra_test_${body}`, null],
		['exactly 16 characters after the prefix pass', `ra_test_${'x'.repeat(16)}`, null],
		['exactly 512 characters pass', `ra_test_${'x'.repeat(504)}`, null],
		['punctuation a future format might use passes', `ra_test_${body}-._~+/=`, null],
		['empty input', '', /Paste a Remote API token/],
		['513 characters', `ra_test_${'x'.repeat(505)}`, /513 characters/],
		['only the production prefix', 'ra_live_', /only the prefix “ra_live_”/],
		['only the sandbox prefix', 'ra_test_', /only the prefix “ra_test_”/],
		['15 characters after the prefix', `ra_test_${'x'.repeat(15)}`, /Only 15 characters/],
		['an upper-case prefix', `RA_LIVE_${body}`, /“RA_LIVE_” in capitals/],
		['a mixed-case prefix', `Ra_Test_${body}`, /in capitals. Remote writes its prefixes in lower case/],
		['a Stripe secret key', 'sk_live_51Habcdefghijklmnopqrstuv', /Stripe API key/],
		['a GitHub token', `ghp_${body}${body}`, /GitHub token/],
		['a fine-grained GitHub token', `github_pat_${body}`, /GitHub token/],
		['a Slack bot token', `xoxb-${body}`, /Slack token/],
		['an AWS access key', 'AKIAIOSFODNN7EXAMPLE', /AWS access key/],
		['a JWT access token', `eyJhbGciOiJIUzI1NiJ9.${body}`, /JSON Web Token/],
		['a ra_ prefix missing its environment', `ra_${body}`, /starts with “ra_” but not/],
		['something else entirely', `hello-${body}`, /^This is not a Remote API token: those start with/],
		['a space inside', `ra_test_${body.slice(0, 10)} ${body.slice(10)}`, /space or line break inside it, at character 19/],
		['a tab inside', `ra_test_${body}\t${body}`, /space or line break/],
		['a line break inside', `ra_test_${body}\n${body}`, /one unbroken string/],
		['a zero-width space', `ra_test_${body}\u200b`, /zero-width space at character 29/],
		['a zero-width joiner', `ra_test_\u200d${body}`, /zero-width joiner/],
		['a byte-order mark', `\ufeffra_test_${body}`, /byte-order mark at character 1/],
		['a non-breaking space', `ra_test_${body}\u00a0x`, /non-breaking space/],
		['a soft hyphen', `ra_test_${body}\u00adx`, /soft hyphen/],
		['a curly quote inside', `ra_test_${body}\u201dx`, /curly quotation mark/],
		['an en dash', `ra_test_${body}\u2013x`, /dash that is not a hyphen/],
		['a control character', `ra_test_${body}\u0007`, /control character/],
		['a DEL character', `ra_test_${body}\u007f`, /control character/],
		['a non-ASCII letter', `ra_test_${body}é`, /non-ASCII letter or symbol/],
		['a full-width lookalike', `ra_test_${body}\uff41`, /lookalike of a plain character/],
		['an emoji', `ra_test_${body}🔑`, /character this help center does not expect/],
	])('%s', (_reason, token, message) => {
		const problem = checkTokenFormat(token);
		if (message) expect(problem).toMatch(message);
		else expect(problem).toBeNull();
	});

	test('no message repeats the token it rejects', () => {
		const secret = `${body}${body}`;
		for (const token of [
			`ra_test_${secret}\u200b`,
			`RA_LIVE_${secret}`,
			`sk_live_${secret}`,
			`ra_test_${secret.slice(0, 5)}`,
			`ra_test_${secret} x`,
		]) {
			expect(checkTokenFormat(token)).not.toContain(secret.slice(0, 12));
		}
	});
});

describe('cleanPastedToken', () => {
	const token = `ra_test_${body}`;
	test.each<[string, string, PasteNotice[]]>([
		['a clean token is left alone', token, []],
		['surrounding spaces', `  ${token}  `, ['whitespace']],
		['a trailing newline', `${token}\n`, ['whitespace']],
		['Windows line endings and tabs', `\t${token}\r\n`, ['whitespace']],
		['double quotes', `"${token}"`, ['quotes']],
		['single quotes', `'${token}'`, ['quotes']],
		['backticks', `\`${token}\``, ['quotes']],
		['curly double quotes', `\u201c${token}\u201d`, ['quotes']],
		['curly single quotes', `\u2018${token}\u2019`, ['quotes']],
		['Bearer prefix', `Bearer ${token}`, ['bearer']],
		['lower-case bearer with two spaces', `bearer  ${token}`, ['bearer']],
		['all of them together', ` Bearer "${token}"\n`, ['whitespace', 'bearer', 'quotes']],
		['quotes around Bearer and the token, as in a copied header', `"Bearer ${token}"`, ['quotes', 'bearer']],
		['spaces inside the quotes', `" ${token} "`, ['quotes', 'whitespace']],
	])('%s', (_reason, raw, noticeIds) => {
		const cleaned = cleanPastedToken(raw);
		expect(cleaned.token).toBe(token);
		expect(cleaned.notices).toEqual(noticeIds);
	});

	test('mismatched quotes are not removed (the format check explains them instead)', () => {
		expect(cleanPastedToken(`"${token}'`).token).toBe(`"${token}'`);
	});

	test('characters inside the token are never changed', () => {
		const inside = `ra_test_${body}\u200b${body}`;
		expect(cleanPastedToken(` ${inside} `).token).toBe(inside);
	});
});

describe('maskToken', () => {
	test.each([
		['a production token shows its prefix and last 4', `ra_live_${body}`, `ra_live_…${body.slice(-4)}`],
		['a sandbox token shows its prefix and last 4', `ra_test_${body}`, `ra_test_…${body.slice(-4)}`],
		['a short body shows no tail', 'ra_test_abc123', 'ra_test_…'],
		['an unknown token shows only its last 4 when long', `sk_live_${body}`, `…${body.slice(-4)}`],
		['empty input', '', '…'],
	])('%s', (_reason, token, masked) => {
		expect(maskToken(token)).toBe(masked);
	});

	test('never shows more than the prefix and 4 characters', () => {
		const token = `ra_live_${'s3cr3t'.repeat(20)}`;
		expect(maskToken(token).length).toBe('ra_live_…'.length + 4);
	});
});

test('every character the format check can name has words', () => {
	for (const character of copiedCharacters) {
		const problem = findFormatProblem(`ra_test_${body}${character}`);
		expect(problem?.code, JSON.stringify(character)).toBe('copiedCharacter');
		expect(testerWords.names[(problem as { name: string }).name], JSON.stringify(character)).toMatch(/^an? /);
	}
});
