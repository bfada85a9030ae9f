import { expect, test } from 'vitest';
import { readApiSettings } from '../../src/lib/server/api-settings';

test('defaults talk to Remote’s real gateways with an 8 s budget and 10 tests a minute, and give agents 60 requests', () => {
	expect(readApiSettings({})).toEqual({
		productionApiUrl: 'https://gateway.remote.com',
		sandboxApiUrl: 'https://gateway.remote-sandbox.com',
		timeoutMs: 8000,
		rateLimitPerMinute: 10,
		mcpRateLimitPerMinute: 60,
		maxConcurrentTests: 100,
		trustedProxies: expect.objectContaining({ entries: [] }),
		embedAllowedOrigins: [],
		redisTimeoutMs: 200,
	});
});

test('EMBED_ALLOWED_ORIGINS is a comma-separated list of origins', () => {
	expect(readApiSettings({ EMBED_ALLOWED_ORIGINS: 'https://help.partner.com, http://127.0.0.1:4335' }).embedAllowedOrigins).toEqual([
		'https://help.partner.com',
		'http://127.0.0.1:4335',
	]);
});

test('reads every variable, trimming a trailing slash from gateways', () => {
	expect(
		readApiSettings({
			REMOTE_PRODUCTION_API_URL: 'http://127.0.0.1:4331/',
			REMOTE_SANDBOX_API_URL: 'http://127.0.0.1:4330',
			REMOTE_TIMEOUT_MS: '1500',
			TESTER_RATE_LIMIT: '3',
			MCP_RATE_LIMIT: '30',
			TESTER_MAX_CONCURRENT: '7',
			TRUST_PROXY: '127.0.0.1, 10.0.0.0/8',
			REDIS_URL: 'redis://:secret@127.0.0.1:6380/2',
			REDIS_TIMEOUT_MS: '150',
		}),
	).toEqual({
		productionApiUrl: 'http://127.0.0.1:4331',
		sandboxApiUrl: 'http://127.0.0.1:4330',
		timeoutMs: 1500,
		rateLimitPerMinute: 3,
		mcpRateLimitPerMinute: 30,
		maxConcurrentTests: 7,
		trustedProxies: expect.objectContaining({ entries: ['127.0.0.1', '10.0.0.0/8'] }),
		embedAllowedOrigins: [],
		redisUrl: 'redis://:secret@127.0.0.1:6380/2',
		redisTimeoutMs: 150,
	});
});

test.each([
	['REMOTE_SANDBOX_API_URL', 'gateway.remote-sandbox.com', /REMOTE_SANDBOX_API_URL="gateway.remote-sandbox.com": must be an https URL/],
	[
		'REMOTE_SANDBOX_API_URL',
		'http://gateway.remote-sandbox.com',
		/REMOTE_SANDBOX_API_URL="http:\/\/gateway.remote-sandbox.com": must be https: tokens are sent to it/,
	],
	['REMOTE_PRODUCTION_API_URL', 'http://10.0.0.5:8080', /must be https/],
	['TESTER_MAX_CONCURRENT', '0', /TESTER_MAX_CONCURRENT="0": must be at least 1/],
	['MCP_RATE_LIMIT', 'lots', /MCP_RATE_LIMIT="lots": must be a number of requests per minute/],
	['REMOTE_TIMEOUT_MS', '-5', /REMOTE_TIMEOUT_MS="-5": must be at least 1 ms/],
	['REMOTE_TIMEOUT_MS', '1.5', /REMOTE_TIMEOUT_MS="1.5": must be a whole number/],
	['REMOTE_TIMEOUT_MS', 'soon', /REMOTE_TIMEOUT_MS="soon": must be a number/],
	['TESTER_RATE_LIMIT', '0', /TESTER_RATE_LIMIT="0": must be at least 1/],
	['TRUST_PROXY', 'maybe', /TRUST_PROXY="maybe": "maybe" is not an IP address or a CIDR range/],
	['TRUST_PROXY', '10.0.0.0/33', /TRUST_PROXY="10.0.0.0\/33": "10.0.0.0\/33": the prefix length must be 0 to 32/],
	['TRUST_PROXY', 'fd00::/129', /the prefix length must be 0 to 128/],
	['TRUST_PROXY', 'nginx.internal', /"nginx.internal" is not an IP address or a CIDR range/],
	['EMBED_ALLOWED_ORIGINS', 'https://help.partner.com/', /EMBED_ALLOWED_ORIGINS=.*: each entry must be an origin/],
	['EMBED_ALLOWED_ORIGINS', 'help.partner.com', /EMBED_ALLOWED_ORIGINS=.*: each entry must be an origin/],
	['REMOTE_PRODUCTION_API_URL', 'ftp://gateway.remote.com', /REMOTE_PRODUCTION_API_URL="ftp:\/\/gateway.remote.com": must be an https URL/],
	['REDIS_URL', 'http://127.0.0.1:6379', /REDIS_URL="http:\/\/127.0.0.1:6379": must be a redis:\/\/ or rediss:\/\/ URL/],
	['REDIS_URL', '127.0.0.1:6379', /REDIS_URL="127.0.0.1:6379": must be a redis:\/\/ or rediss:\/\/ URL/],
	['REDIS_TIMEOUT_MS', '5', /REDIS_TIMEOUT_MS="5": must be at least 10 ms/],
	['REDIS_TIMEOUT_MS', '60000', /REDIS_TIMEOUT_MS="60000": must be at most 5000 ms/],
])('%s=%s is refused with the variable, the value and what is expected', (variable, value, message) => {
	expect(() => readApiSettings({ [variable]: value })).toThrow(message);
});

test.each(['1', 'TRUE', 'On', ' yes '])(
	'TRUST_PROXY=%s, which once trusted any peer, stops the server with what to write instead',
	(value) => {
		expect(() => readApiSettings({ TRUST_PROXY: value })).toThrow(
			/TRUST_PROXY=.*: no longer trusts every peer: name the proxies in front of this server.*TRUST_PROXY=127\.0\.0\.1,::1 for nginx on the same machine/,
		);
	},
);

test.each(['0', 'off', 'false'])('TRUST_PROXY=%s trusts no proxy', (value) => {
	expect(readApiSettings({ TRUST_PROXY: value }).trustedProxies.entries).toEqual([]);
});

test('TRUST_PROXY names addresses and ranges, IPv4 and IPv6, and only those are trusted', () => {
	const { trustedProxies } = readApiSettings({ TRUST_PROXY: '127.0.0.1, 10.0.0.0/8, fd00::/8, ::1' });
	expect(['127.0.0.1', '::ffff:127.0.0.1', '10.200.3.4', 'fd12::7', '::1'].map((address) => trustedProxies.includes(address))).toEqual([
		true,
		true,
		true,
		true,
		true,
	]);
	expect(['127.0.0.2', '11.0.0.1', 'fe80::1', '203.0.113.9', 'not-an-address'].map((address) => trustedProxies.includes(address))).toEqual([
		false,
		false,
		false,
		false,
		false,
	]);
});

test('a short timeout is allowed, so tests can reach the timeout verdict quickly', () => {
	expect(readApiSettings({ REMOTE_TIMEOUT_MS: '50' }).timeoutMs).toBe(50);
});

test('a password in a setting that is refused is never repeated', () => {
	expect(() => readApiSettings({ REDIS_URL: 'http://:s3cret-pass@127.0.0.1:6379' })).toThrow('REDIS_URL="http://***@127.0.0.1:6379"');
	expect(() => readApiSettings({ REDIS_URL: 'http://:s3cret-pass@127.0.0.1:6379' })).not.toThrow(/s3cret/);
});
