import { expect, test } from 'vitest';
import { hostKey } from '../../src/server/mcp/brand-docs';

test('a Host header is read as the cards spell hosts: case, a trailing dot and a default port make no difference', () => {
	for (const host of [
		'connect.acme.example',
		'Connect.ACME.example',
		'connect.acme.example.',
		'connect.acme.example:443',
		'connect.acme.example:80',
	])
		expect(hostKey(host), host).toBe('connect.acme.example');
	expect(hostKey('connect.acme.example.:8443')).toBe('connect.acme.example:8443');
	expect(hostKey('127.0.0.1:4321')).toBe('127.0.0.1:4321');
	expect(hostKey('[::1]:443')).toBe('[::1]');
	// Another port is another host: a test server and the real one are told apart.
	expect(hostKey('connect.acme.example:8443')).not.toBe(hostKey('connect.acme.example'));
});
