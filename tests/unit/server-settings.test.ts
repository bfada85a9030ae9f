import { expect, test } from 'vitest';
import { readServerSettings } from '../../src/lib/server-settings';
import { describeCrash } from '../../src/server/standalone';

test('defaults: framed by this site only, no HSTS, 10 s for a client to send its request', () => {
	expect(readServerSettings({})).toEqual({ frameAncestors: "'self'", hsts: false, clientTimeoutMs: 10_000 });
});

test.for([
	["'none'", "'none'"],
	["  'self'   https://help.partner.com ", "'self' https://help.partner.com"],
	['https://*.partner.com http://localhost:4335', 'https://*.partner.com http://localhost:4335'],
])('FRAME_ANCESTORS=%j reads as %j', ([value, expected]) => {
	expect(readServerSettings({ FRAME_ANCESTORS: value }).frameAncestors).toBe(expected);
});

test.for(['*', 'self', "'self';script-src *", 'https://', 'https://*.', 'https://a..b', 'data:', "'none' 'self'"])('FRAME_ANCESTORS=%j is refused', (value) => {
	expect(() => readServerSettings({ FRAME_ANCESTORS: value })).toThrow(/FRAME_ANCESTORS=/);
});

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
