import { expect, test } from 'vitest';
import { readApiSettings } from '../../src/lib/server/api-settings';

test('defaults talk to Remote’s real gateways with an 8 s budget and 10 tests a minute', () => {
	expect(readApiSettings({})).toEqual({
		productionApiUrl: 'https://gateway.remote.com',
		sandboxApiUrl: 'https://gateway.remote-sandbox.com',
		timeoutMs: 8000,
		rateLimitPerMinute: 10,
		maxConcurrentTests: 100,
		trustProxy: false,
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
			TESTER_MAX_CONCURRENT: '7',
			TRUST_PROXY: '1',
			REDIS_URL: 'redis://:secret@127.0.0.1:6380/2',
			REDIS_TIMEOUT_MS: '150',
		}),
	).toEqual({
		productionApiUrl: 'http://127.0.0.1:4331',
		sandboxApiUrl: 'http://127.0.0.1:4330',
		timeoutMs: 1500,
		rateLimitPerMinute: 3,
		maxConcurrentTests: 7,
		trustProxy: true,
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
	['REMOTE_TIMEOUT_MS', '-5', /REMOTE_TIMEOUT_MS="-5": must be at least 1 ms/],
	['REMOTE_TIMEOUT_MS', '1.5', /REMOTE_TIMEOUT_MS="1.5": must be a whole number/],
	['REMOTE_TIMEOUT_MS', 'soon', /REMOTE_TIMEOUT_MS="soon": must be a number/],
	['TESTER_RATE_LIMIT', '0', /TESTER_RATE_LIMIT="0": must be at least 1/],
	['TRUST_PROXY', 'maybe', /TRUST_PROXY="maybe": must be 1 or 0/],
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

test.each([
	['TRUE', true],
	['On', true],
	[' yes ', true],
	['0', false],
	['off', false],
])('TRUST_PROXY=%s reads as %s', (value, expected) => {
	expect(readApiSettings({ TRUST_PROXY: value }).trustProxy).toBe(expected);
});

test('a short timeout is allowed, so tests can reach the timeout verdict quickly', () => {
	expect(readApiSettings({ REMOTE_TIMEOUT_MS: '50' }).timeoutMs).toBe(50);
});

test('a password in a setting that is refused is never repeated', () => {
	expect(() => readApiSettings({ REDIS_URL: 'http://:s3cret-pass@127.0.0.1:6379' })).toThrow('REDIS_URL="http://***@127.0.0.1:6379"');
	expect(() => readApiSettings({ REDIS_URL: 'http://:s3cret-pass@127.0.0.1:6379' })).not.toThrow(/s3cret/);
});
