import { expect, test } from 'vitest';
import { describeCrash } from '../../src/server/standalone';

test('a crash is described by its class and frames, never by its message (which may quote input)', () => {
	let error: unknown;
	try {
		JSON.parse('{"token": "ra_live_secretsecretsecret');
	} catch (caught) {
		error = caught;
	}
	const described = describeCrash(error);
	expect(described.error).toBe('SyntaxError');
	expect(JSON.stringify(described)).not.toContain('ra_live_secret');
	expect(describeCrash('just a string')).toEqual({ error: 'string' });
});

test('a message that spans lines, one dressed as a stack frame, is never taken for a frame', () => {
	const error = new Error('bad input\n    at ra_test_secretsecretsecret (file.js:1:1)');
	const described = describeCrash(error);
	expect(JSON.stringify(described)).not.toContain('ra_test_secret');
	expect(described.at).toContain('standalone.test.ts');
});

test('a system error keeps its code, a fixed name that says what went wrong', () => {
	const error = Object.assign(new Error('listen EADDRINUSE: address already in use 127.0.0.1:4321'), { code: 'EADDRINUSE' });
	expect(describeCrash(error)).toMatchObject({ error: 'Error', code: 'EADDRINUSE' });
	expect(describeCrash(Object.assign(new Error('x'), { code: 'ra_test_secretsecret' })).code).toBeUndefined();
});
