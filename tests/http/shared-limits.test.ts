import { Redis } from 'ioredis';
import { afterAll, afterEach, describe, expect, vi } from 'vitest';
import { fakeRemoteTest as test } from '../support/http-fixtures';
import { ErrorResponseSchema } from '../../src/lib/shared/connection-test-schema';
import { gatewayEnvOf, type FakeRemote } from '../support/fake-remote';
import { startHelpCenter, type RunningHelpCenter } from '../support/help-center';
import { unusedPort } from '../../scripts/processes.mjs';
import { startRedis, type RunningRedis } from '../support/redis';

/**
 * Two instances of the server sharing their limits through a real Redis: one client is held to
 * TESTER_RATE_LIMIT and one cap across both, and when Redis goes away each instance carries on
 * with its own limits, says so once, and shares again once Redis is back.
 */
let fake: FakeRemote;
let redis: RunningRedis;
const running: RunningHelpCenter[] = [];

test.beforeAll(async ({ fake: started }) => {
	fake = started;
	redis = await startRedis();
});
afterAll(async () => {
	await redis?.stop();
});
afterEach(async () => {
	await Promise.all(running.splice(0).map((server) => server.stop()));
	// Every test starts with Redis up and empty limits.
	if (!redis.running) await redis.start();
	const client = new Redis(redis.url);
	await client.flushall();
	await client.quit();
});

async function instance(env: Record<string, string>): Promise<RunningHelpCenter> {
	const server = await startHelpCenter({ ...gatewayEnvOf(fake), ...env });
	running.push(server);
	return server;
}

const health = async (server: RunningHelpCenter) => (await (await fetch(`${server.url}/api/health`)).json()) as { limits: string };

/** Waits until the instance reports `limits` on /api/health. */
async function untilLimits(server: RunningHelpCenter, limits: 'shared' | 'local', withinMs = 10_000): Promise<void> {
	const deadline = Date.now() + withinMs;
	while ((await health(server)).limits !== limits) {
		if (Date.now() > deadline) throw new Error(`limits did not become ${limits} within ${withinMs} ms:\n${server.output()}`);
		await new Promise((resolve) => setTimeout(resolve, 100));
	}
}

/** A format-only test (no call to Remote): it counts against the rate limit all the same. */
const formatTest = (server: RunningHelpCenter) =>
	fetch(`${server.url}/api/connection-test`, {
		method: 'POST',
		headers: { 'Content-Type': 'application/json' },
		body: '{"token":"ra_test_short"}',
	});

const slowTest = (server: RunningHelpCenter) =>
	fetch(`${server.url}/api/connection-test`, {
		method: 'POST',
		headers: { 'Content-Type': 'application/json' },
		body: JSON.stringify({ token: `ra_test_demo_slow_6c2d9e4f1a07b5_${Math.random().toString(36).slice(2)}` }),
	});

const events = (server: RunningHelpCenter, event: string) =>
	server
		.output()
		.split('\n')
		.filter((line) => line.includes(`"event":"${event}"`));

describe('two instances sharing one Redis', () => {
	test('hold one client to TESTER_RATE_LIMIT across both, and to MCP_RATE_LIMIT on the docs MCP server, counted apart', async () => {
		const env = { REDIS_URL: redis.url, TESTER_RATE_LIMIT: '3', MCP_RATE_LIMIT: '2' };
		const [a, b] = await Promise.all([instance(env), instance(env)]);
		await Promise.all([untilLimits(a, 'shared'), untilLimits(b, 'shared')]);
		const statuses = [];
		for (const server of [a, b, a, b, a]) statuses.push((await formatTest(server)).status);
		expect(statuses).toEqual([200, 200, 200, 429, 429]);
		const refused = ErrorResponseSchema.parse(await (await formatTest(b)).json());
		expect(refused.error.code).toBe('too_many_requests');
		expect(events(a, 'limits_shared')).toHaveLength(1);
		// The MCP server's own figure, shared too, and not spent by the tests above.
		const mcp = (server: RunningHelpCenter) =>
			fetch(`${server.url}/mcp`, {
				method: 'POST',
				headers: { 'Content-Type': 'application/json', Accept: 'application/json, text/event-stream' },
				body: '{"jsonrpc":"2.0","id":1,"method":"tools/list"}',
			});
		const agentStatuses = [];
		for (const server of [b, a, b]) agentStatuses.push((await mcp(server)).status);
		expect(agentStatuses).toEqual([200, 200, 429]);
	});

	test('share one cap on tests waiting on Remote', { timeout: 20_000 }, async () => {
		const env = { REDIS_URL: redis.url, TESTER_MAX_CONCURRENT: '2', REMOTE_TIMEOUT_MS: '1500', TESTER_RATE_LIMIT: '1000' };
		const [a, b] = await Promise.all([instance(env), instance(env)]);
		await Promise.all([untilLimits(a, 'shared'), untilLimits(b, 'shared')]);
		const waiting = [slowTest(a), slowTest(a)];
		await new Promise((resolve) => setTimeout(resolve, 300));
		const shed = await slowTest(b);
		expect(shed.status).toBe(503);
		expect(ErrorResponseSchema.parse(await shed.json()).error.code).toBe('server_busy');
		// The places come back when the tests end: the other instance can test again.
		for (const response of await Promise.all(waiting)) expect((await response.json()).verdict).toBe('timeout');
		expect((await slowTest(b)).status).toBe(200);
	});
});

describe('when Redis goes away', () => {
	test(
		'both instances keep answering with their own limits, say so once, and share again when it is back',
		{ timeout: 40_000 },
		async () => {
			const env = { REDIS_URL: redis.url, TESTER_RATE_LIMIT: '2' };
			const [a, b] = await Promise.all([instance(env), instance(env)]);
			await Promise.all([untilLimits(a, 'shared'), untilLimits(b, 'shared')]);

			await redis.stop();
			// Each instance now counts alone: a client gets TESTER_RATE_LIMIT from each.
			const during = [];
			for (const server of [a, a, a, b, b, b]) {
				const started = performance.now();
				during.push((await formatTest(server)).status);
				// Nobody waits on a Redis that is not there.
				expect(performance.now() - started).toBeLessThan(1000);
			}
			expect(during).toEqual([200, 200, 429, 200, 200, 429]);
			await Promise.all([untilLimits(a, 'local'), untilLimits(b, 'local')]);
			expect(events(a, 'limits_degraded')).toHaveLength(1);
			expect(events(b, 'limits_degraded')).toHaveLength(1);
			// Pages never depended on Redis.
			expect((await fetch(`${a.url}/environments/`)).status).toBe(200);

			await redis.start();
			await Promise.all([untilLimits(a, 'shared', 15_000), untilLimits(b, 'shared', 15_000)]);
			expect(events(a, 'limits_restored')).toHaveLength(1);
			expect(events(b, 'limits_restored')).toHaveLength(1);
			// Counted together again (the fresh Redis has an empty window).
			const after = [];
			for (const server of [a, b, a]) after.push((await formatTest(server)).status);
			expect(after).toEqual([200, 200, 429]);
		},
	);

	test(
		'a Redis that stops answering holds a request for REDIS_TIMEOUT_MS, not as long as Redis is silent, then local limits decide',
		{ timeout: 20_000 },
		async () => {
			const server = await instance({ REDIS_URL: redis.url, REDIS_TIMEOUT_MS: '200', TESTER_RATE_LIMIT: '1000' });
			await untilLimits(server, 'shared');
			const client = new Redis(redis.url);
			// Redis blocks for 5 s: connected, but silent.
			void client.call('DEBUG', 'SLEEP', '5').catch(() => {});
			await new Promise((resolve) => setTimeout(resolve, 100));
			const started = performance.now();
			expect((await formatTest(server)).status).toBe(200);
			const waited = performance.now() - started;
			// The request waited for the timeout (200 ms), and was answered long before Redis woke (5 s).
			expect(waited).toBeGreaterThanOrEqual(200);
			expect(waited).toBeLessThan(2500);
			await vi.waitFor(() => expect(events(server, 'limits_degraded')).toHaveLength(1));
			expect(events(server, 'limits_degraded')[0]).toContain('RedisTimeout');
			client.disconnect();
		},
	);

	test('an instance started while Redis is unreachable serves with local limits, and says so', async () => {
		const nobodyPort = await unusedPort();
		const server = await instance({ REDIS_URL: `redis://127.0.0.1:${nobodyPort}`, TESTER_RATE_LIMIT: '1' });
		expect((await health(server)).limits).toBe('local');
		expect((await formatTest(server)).status).toBe(200);
		expect((await formatTest(server)).status).toBe(429);
		await untilLimits(server, 'local');
		expect(events(server, 'limits_degraded').length).toBe(1);
		expect(server.output()).not.toContain('Unhandled error');
	});
});

test('a REDIS_URL that is not a Redis URL stops the server at startup, named', async () => {
	const { startHelpCenterExpectingFailure } = await import('../support/help-center');
	const { code, output } = await startHelpCenterExpectingFailure({ REDIS_URL: 'http://127.0.0.1:6379' });
	expect(code).toBe(1);
	expect(output).toContain('REDIS_URL="http://127.0.0.1:6379": must be a redis:// or rediss:// URL');
});
