import { randomBytes } from 'node:crypto';
import { expect, test } from 'vitest';
import { tokenWeakness } from '../../src/lib/server/insights/token-strength';

test.each([
	['one character', 'a'.repeat(24), 'it uses only 1 different characters'],
	['a short pattern', 'abcabcabcabcabcabcabcabc1', 'it uses only 4 different characters'],
	['a word, repeated', 'Password1Password1Password1', 'it repeats itself'],
	['a long word', 'supercalifragilisticexpialidocious', 'it is letters only, like a word or a phrase'],
	['a phrase in capitals', 'CORRECTHORSEBATTERYSTAPLE', 'it is letters only, like a word or a phrase'],
])('%s is too easy to guess', (_name, token, reason) => {
	expect(tokenWeakness(token)).toBe(reason);
});

test.each([
	['openssl rand -hex 24', () => randomBytes(24).toString('hex')],
	['openssl rand -hex 12, the shortest allowed', () => randomBytes(12).toString('hex')],
	['openssl rand -base64 24', () => randomBytes(24).toString('base64')],
	[
		'random letters alone',
		() =>
			randomBytes(64)
				.toString('base64')
				.replace(/[^a-z]/gi, '')
				.slice(0, 32),
	],
])('a token made by %s passes, every time', (_name, make) => {
	for (let attempt = 0; attempt < 200; attempt++) expect(tokenWeakness(make())).toBeNull();
});
