import { expect, test } from 'vitest';
import { readServerSettings } from '../../src/lib/server/server-settings';

test('defaults: localhost:4321, framed by this site only, no HSTS, 10 s for a client to send its request, 2000 connections', () => {
	expect(readServerSettings({})).toEqual({
		host: 'localhost',
		port: 4321,
		frameAncestors: "'self'",
		hsts: false,
		clientTimeoutMs: 10_000,
		maxConnections: 2000,
	});
});

test.for([
	['PORT', 'abc', 'PORT="abc": must be a port number'],
	['PORT', '70000', 'PORT="70000": must be a port number from 0 to 65535'],
	['HOST', '   ', 'HOST="   ": must be a host name or address'],
	['MAX_CONNECTIONS', '1', 'MAX_CONNECTIONS="1": must be at least 10'],
] as const)('%s=%j is refused with what is expected', ([variable, value, message]) => {
	expect(() => readServerSettings({ [variable]: value })).toThrow(message);
});

test.for([
	["'none'", "'none'"],
	["  'self'   https://help.partner.com ", "'self' https://help.partner.com"],
	['https://*.partner.com http://localhost:4335', 'https://*.partner.com http://localhost:4335'],
])('FRAME_ANCESTORS=%j reads as %j', ([value, expected]) => {
	expect(readServerSettings({ FRAME_ANCESTORS: value }).frameAncestors).toBe(expected);
});

test.for(['*', 'self', "'self';script-src *", 'https://', 'https://*.', 'https://a..b', 'data:', "'none' 'self'"])(
	'FRAME_ANCESTORS=%j is refused',
	(value) => {
		expect(() => readServerSettings({ FRAME_ANCESTORS: value })).toThrow(/FRAME_ANCESTORS=/);
	},
);
