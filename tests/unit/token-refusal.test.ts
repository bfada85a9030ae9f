import { describe, expect, test } from 'vitest';
import { holdsSecret, tokenRefusal } from '../../src/server/mcp/token-refusal';
import { termsOf } from '../../src/lib/server/docs-library';

const token = `ra_live_${'Zx9Qw8Er7Ty6Ui5Op4As3Df2'}`;

describe('the docs MCP server’s token refusal', () => {
	test('finds a token in any string of an input, at any depth, keys included', () => {
		for (const input of [
			{ query: token },
			{ text: `401 Unauthorized Bearer ${token}` },
			{ uses: [{ label: `sync ${token}`, access: 'read' }] },
			{ nested: { deeper: [[`x ${token} y`]] } },
			{ [token]: 'value' },
			{ query: `ra_live_ then ${token.slice(8)}` },
			{ query: 'ra_test_abc123' },
			{ text: 'Authorization: Basic dXNlcjpzZWNyZXRwYXNzd29yZA==' },
			{ text: 'sk_live_4eC39HqLyjWDarjtT1zdp7dc' },
		])
			expect(holdsSecret(input), JSON.stringify(input)).toBe(true);
	});

	test('leaves the words of an ordinary question alone', () => {
		for (const input of [
			{ query: 'my token stopped working after the admin left' },
			{ text: '{"message":"Unauthorized"}' },
			{ text: 'HTTP/1.1 401 Unauthorized' },
			{ id: 'token-prefixes' },
			{ query: 'what does ra_live_ or RA_TEST_ mean, and which environment is ra_test_?' },
			{ uses: [{ label: 'Sync employees into the HR tool', access: 'read', area: 'people' }] },
			{},
		])
			expect(holdsSecret(input), JSON.stringify(input)).toBe(false);
	});

	test('says why, and the three ways to test a token, without any token in it', () => {
		const said = tokenRefusal('https://help.example.com/');
		expect(said).toContain('never takes a token');
		expect(said).toContain('https://help.example.com/environments/#check-your-token');
		expect(said).toContain('npm run check-token');
	});
});

describe('search terms', () => {
	test('are words in lower case without accents, as a reader types them', () => {
		expect(termsOf('Génération du JETON d’API: ra_live_')).toEqual(['generation', 'du', 'jeton', 'api', 'ra_live_']);
		expect(termsOf('a I')).toEqual([]);
	});
});
