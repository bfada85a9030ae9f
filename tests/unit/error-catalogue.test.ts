import { describe, expect, test } from 'vitest';
import { certainties } from '../../src/lib/shared/remote-fact-schema';
import { decodableLength, decodeError, errorSpeakers, knownErrors } from '../../src/lib/shared/error-catalogue';
import { redactedMark } from '../../src/lib/shared/secret-redaction';
import { nextStepPaths } from '../../src/lib/shared/verdict-guidance';

describe('the catalogue of known error texts', () => {
	test('ids are unique and stable-looking', () => {
		const ids = knownErrors.map((entry) => entry.id);
		expect(new Set(ids).size).toBe(ids.length);
		for (const id of ids) expect(id).toMatch(/^[a-z0-9]+(?:-[a-z0-9]+)*$/);
	});

	test.each(knownErrors.map((entry) => [entry.id, entry] as const))('%s is sourced as a fact is', (_, entry) => {
		expect(errorSpeakers).toContain(entry.shownBy);
		expect(certainties).toContain(entry.certainty);
		expect(entry.sources.length).toBeGreaterThan(0);
		for (const source of entry.sources) {
			expect(source.title.length).toBeGreaterThan(3);
			expect(new URL(source.url).protocol).toBe('https:');
			// A file in a repository is cited at the commit it was read at, never at a branch that moves.
			if (source.url.startsWith('https://github.com/')) expect(source.url).toMatch(/\/blob\/[0-9a-f]{40}\//);
		}
		expect(entry.checked).toMatch(/^\d{4}-\d{2}-\d{2}$/);
		if (entry.certainty !== 'verified') expect(entry.note, 'a meaning less than verified says why').toBeTruthy();
		// Its meaning leads to a section of its own, as the tester's verdict would.
		expect(nextStepPaths[entry.means]).toMatch(/^\/troubleshooting\/#/);
	});

	test.each(knownErrors.flatMap((entry) => entry.examples.map((example) => [entry.id, example] as const)))(
		'%s: “%s” is decoded as it, and as nothing else',
		(id, example) => {
			expect(decodeError(example).matches.map((entry) => entry.id)).toEqual([id]);
		},
	);

	test('a platform’s own words say more than the status line inside them, so they come first', () => {
		const decoded = decodeError('Sync failed: HTTP/1.1 401 Unauthorized. The given credentials were found to be invalid.');
		expect(decoded.matches.map((entry) => entry.id)).toEqual(['nango-credentials-invalid', 'http-401']);
	});

	test.each([
		'',
		'Everything is fine',
		'Unauthorized', // Apideck's badge for a connection whose credentials were never entered: not a rejection.
		'The refresh limit has been reached for this connection.', // OAuth only: a Remote token is never refreshed.
		'401',
		'REMOTE', // Kombo's prefix for any connected tool is not Remote's name.
	])('“%s” matches nothing', (text) => {
		expect(decodeError(text).matches).toEqual([]);
	});
});

describe('a pasted token', () => {
	const token = 'ra_live_Zx8q2LmN4pR7sT1vW3yA5bC';

	test.each([
		[`Authorization: Bearer ${token}\nHTTP/1.1 401 Unauthorized`, 'http-401'],
		[`curl -H "Authorization: Bearer ${token}" → {"message":"Unauthorized"}`, 'remote-unauthorized'],
		[`token=${token.toUpperCase()} Status: Credentials Invalid`, 'kombo-credentials-invalid'],
	])('is found, masked in what is shown, and never matched against: %#', (pasted, id) => {
		const decoded = decodeError(pasted);
		expect(decoded.hadSecret).toBe(true);
		expect(decoded.shown).toContain(redactedMark);
		expect(decoded.shown.toLowerCase()).not.toContain(token.slice(8).toLowerCase());
		expect(decoded.matches.map((entry) => entry.id)).toEqual([id]);
	});

	test('text without one is shown as pasted, and says so', () => {
		const decoded = decodeError('{"message":"Forbidden"}');
		expect(decoded).toMatchObject({ shown: '{"message":"Forbidden"}', hadSecret: false });
	});

	test('a token whose own characters spell a status is still only a token', () => {
		const decoded = decodeError('ra_test_401Unauthorized403Forbidden1234');
		expect(decoded.hadSecret).toBe(true);
		expect(decoded.matches).toEqual([]);
	});

	test('a paste longer than any error message is cut before anything reads it', () => {
		const decoded = decodeError(`${'x '.repeat(50_000)}{"message":"Unauthorized"}`);
		expect(decoded.shown.length).toBeLessThanOrEqual(decodableLength);
		expect(decoded.matches).toEqual([]);
	});
});
