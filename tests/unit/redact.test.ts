import { describe, expect, test } from 'vitest';
import { redactSecrets, redactedMark } from '../../src/lib/shared/secret-redaction';

const body = 'AbC123dEf456GhI789jKl0';

describe('a comment loses every token the token rules recognise', () => {
	const forms: Array<[string, string]> = [
		['a production token', `ra_live_${body}`],
		['a sandbox token', `ra_test_${body}`],
		['a token in capitals', `RA_LIVE_${body}`],
		['a token cut short', 'ra_test_AbC123'],
		['a half-pasted prefix', `ra_${body}`],
		['a token without its underscores', `ralive${body}`],
		['a Stripe key', `sk_live_${body}`],
		['a GitHub token', `ghp_${body}`],
		['a GitHub fine-grained token', `github_pat_${body}`],
		['a Slack token', `xoxb-1234-${body}`],
		['an AWS key id', 'AKIAIOSFODNN7EXAMPLE'],
		['an OpenAI key', `sk-${body}`],
		['a JWT', 'eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiIxMjM0In0.c2lnbmF0dXJl'],
	];
	for (const [name, secret] of forms) {
		test(`${name}, alone, in a sentence, in quotes and in JSON`, () => {
			for (const text of [secret, `I pasted ${secret} and it failed.`, `"${secret}"`, `{"token":"${secret}"}`]) {
				const redacted = redactSecrets(text);
				expect(redacted).toContain(redactedMark);
				expect(redacted).not.toContain(secret);
				expect(redacted).not.toContain(body.slice(-8));
			}
		});
	}

	test.each([
		['a zero-width space', '\u200b'],
		['a left-to-right mark', '\u200e'],
		['an invisible separator', '\u2063'],
		['the Mongolian vowel separator', '\u180e'],
		['a combining grapheme joiner', '\u034f'],
		['a variation selector', '\ufe0f'],
		['the Hangul filler', '\u3164'],
		['a tag character', '\u{e0041}'],
		['a soft hyphen', '\u00ad'],
		['a word joiner', '\u2060'],
		['a tab', '\t'],
	])('a token split by %s loses both halves', (_name, splitter) => {
		expect(redactSecrets(`ra_live_AbC123${splitter}dEf456GhI789jKl0`)).toBe(redactedMark);
	});

	test.each([
		['percent-encoded, as in a URL', `ra%5Ftest%5F${body}`, redactedMark],
		['percent-encoded twice', `ra%255Ftest%255F${body}`, redactedMark],
		['percent-encoded, right after a lone percent sign', `100%ra%5Ftest%5F${body}`, `100%${redactedMark}`],
		[
			'in a query string, encoded',
			`https://hub.example/connect?key=ra%5Flive%5F${body}&x=1`,
			`https://hub.example/connect?${redactedMark}&x=1`,
		],
		['after key=, letters only', 'key=ra_live_abcdefghijklmnopqrst', `key=${redactedMark}`],
		['after a slash, letters only', 'see /ra_test_abcdefghijklmnop', `see /${redactedMark}`],
		['broken by a line break', `my token ra_live_AbC123dEf\n456GhI789jKl0 fails`, `my token ${redactedMark} fails`],
		['broken by a Windows line break', `ra_test_AbC123dEf\r\n456GhI789jKl0`, redactedMark],
	])('a token %s is redacted whole', (_name, text, expected) => {
		expect(redactSecrets(text)).toBe(expected);
	});

	test('several tokens in one comment are all removed, the words around them kept', () => {
		expect(redactSecrets(`First ra_test_${body}, then ra_live_${body}.`)).toBe(`First ${redactedMark}, then ${redactedMark}.`);
	});
});

describe('other secrets are removed too', () => {
	const cases: Array<[string, string, string]> = [
		['a Bearer header', `Authorization: Bearer abcdefghijkl`, `Authorization: Bearer ${redactedMark}`],
		['a password', 'password: hunter22', `password: ${redactedMark}`],
		['an api key setting', 'api_key=zzzzzzzzzz', `api_key=${redactedMark}`],
		['a hex secret', 'it was 9f86d081884c7d659a2feaa0c55ad015a3bf4f1b', `it was ${redactedMark}`],
		['a base64 secret', 'key dGhpcyBpcyBhIHNlY3JldCBrZXkxMjM0NQ==', `key ${redactedMark}`],
		['a UUID', 'id 123e4567-e89b-12d3-a456-426614174000', `id ${redactedMark}`],
		['an AWS secret key, slashes and all', 'secret wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY', `secret ${redactedMark}`],
		[
			'a webhook address',
			'https://hooks.example.com/services/T0001/B0002/a1B2c3D4e5F6g7H8i9J0k1L2',
			`https://hooks.example.com/services/T0001/B0002/${redactedMark}`,
		],
		['a secret in an address’s path', 'https://x.com/a/9f86d081884c7d659a2feaa0c55ad015a3bf4f1b', `https://x.com/a/${redactedMark}`],
		[
			'a secret in the path of an address with a port',
			'http://localhost:4321/hook/9f86d081884c7d659a2feaa0c55ad015a3bf4f1b',
			`http://localhost:4321/hook/${redactedMark}`,
		],
		['a user and password in an address', 'https://admin:hunter22@db.example.com/', `https://${redactedMark}@db.example.com/`],
		['an Authorization header with another scheme', 'Authorization: Token abcdefghij1234567', `Authorization: Token ${redactedMark}`],
		['Basic credentials', 'Authorization: Basic dXNlcjpwYXNz', `Authorization: Basic ${redactedMark}`],
		['a full-width token', 'ra_test_４f1c9a27b3d5e6f7a8b9', redactedMark],
	];
	for (const [name, text, expected] of cases) test(name, () => expect(redactSecrets(text)).toBe(expected));
});

describe('ordinary comments are kept as written', () => {
	const kept = [
		'The page was clear, thanks!',
		'My token stopped working after I changed roles.',
		'The Bearer word alone is fine',
		'See https://help.example.com/link-account/#field-api-token for the field.',
		'Step 3 on /generate-token/ needs a screenshot.',
		'Running it locally: http://localhost:4321/de/environments/#sandbox-or-production',
		'It took 2024 ms and said 401 on 2026-11-30.',
		'Integrations → API tokens → Generate API token',
		'Endpoint collections: Full Access vs Read Only',
		'unauthorized_client_credentials_configuration', // long, but no digits: a word, not a secret
	];
	for (const text of kept) test(JSON.stringify(text), () => expect(redactSecrets(text)).toBe(text));
});
