import { randomUUID } from 'node:crypto';
import { Redis } from 'ioredis';
import { RateLimiterRedis, RateLimiterRes } from 'rate-limiter-flexible';
import type { Slot } from './concurrency-limiter';
import { localLimits, type LimitSettings, type TesterLimits } from './limits';
import { logEvent } from './log';
import { clientDigest } from './rate-limiter';

/**
 * The tester's limits shared by every instance of the server through Redis (`REDIS_URL`), so two
 * instances behind a load balancer hold a client to one rate limit and one cap, not two.
 *
 * The per-client rate limit is rate-limiter-flexible's fixed window in Redis. The cap on tests
 * waiting on Remote is a sorted set of the tests in flight, changed by one Lua script so that two
 * instances cannot both take the last place; an instance that dies mid-test leaves an entry that
 * expires with the longest a test can take.
 *
 * Redis is never what stops a reader: when it is unreachable, or slower than `redisTimeoutMs`, each
 * instance counts with its own in-memory limits at once, logs `limits_degraded` once, and goes back
 * to the shared limits by itself (`limits_restored`) when Redis answers again.
 */

export interface SharedLimitSettings extends LimitSettings {
	redisUrl: string;
	/** The longest a request may wait on Redis before this instance decides alone. */
	redisTimeoutMs: number;
	/** How long a test can hold its place at most (the call to Remote's whole budget), so a lost place expires. */
	longestTestMs: number;
}

/** Keys in Redis, under one prefix so they can share a database with other data. */
const keyPrefix = 'remote-connect-docs:';
const liveTestsKey = `${keyPrefix}live-tests`;

/**
 * Takes a place under the cap, or says there is none: first forgets places older than a test can
 * last (their instance died), then counts the rest. Atomic in Redis, whichever instance asks.
 * KEYS[1] the set; ARGV: now, entries older than this are stale, cap, this test's id, the key's TTL.
 */
const acquireScript = `
redis.call('ZREMRANGEBYSCORE', KEYS[1], '-inf', ARGV[2])
if redis.call('ZCARD', KEYS[1]) >= tonumber(ARGV[3]) then return 0 end
redis.call('ZADD', KEYS[1], ARGV[1], ARGV[4])
redis.call('PEXPIRE', KEYS[1], ARGV[5])
return 1
`;

class RedisTimeout extends Error {
	override name = 'RedisTimeout';
}

function withTimeout<T>(promise: Promise<T>, ms: number): Promise<T> {
	return new Promise<T>((resolve, reject) => {
		const timer = setTimeout(() => reject(new RedisTimeout()), ms);
		promise.then(
			(value) => {
				clearTimeout(timer);
				resolve(value);
			},
			(error: unknown) => {
				clearTimeout(timer);
				reject(error);
			},
		);
	});
}

/** What a log line may say about a failure: its class or code, never a message (which may name the URL and its password). */
function reasonOf(error: unknown): string {
	const code = (error as { code?: unknown } | null)?.code;
	if (typeof code === 'string' && /^[A-Z][A-Z0-9_]{1,40}$/.test(code)) return code;
	return error instanceof Error ? error.name : typeof error;
}

export function sharedLimits(settings: SharedLimitSettings): TesterLimits {
	const local = localLimits(settings);
	const redis = new Redis(settings.redisUrl, {
		// Fail at once while disconnected instead of queueing commands: the local limits answer then.
		enableOfflineQueue: false,
		maxRetriesPerRequest: 0,
		connectTimeout: 2000,
		// Keep trying to come back, a little less often each time, up to every 2 s.
		retryStrategy: (attempt) => Math.min(attempt * 200, 2000),
	});
	// One limiter per figure (each counts its own points); the default figure keeps its original keys.
	const rates = new Map<number, RateLimiterRedis>();
	const rateFor = (perMinute: number) => {
		let rate = rates.get(perMinute);
		if (!rate) {
			rate = new RateLimiterRedis({
				storeClient: redis,
				points: perMinute,
				duration: 60,
				keyPrefix: perMinute === settings.rateLimitPerMinute ? `${keyPrefix}rate` : `${keyPrefix}rate:${perMinute}`,
				// Not ready (connecting, reconnecting): refuse at once, and the local limits decide.
				rejectIfRedisNotReady: true,
			});
			rates.set(perMinute, rate);
		}
		return rate;
	};
	redis.defineCommand('acquireLiveTest', { numberOfKeys: 1, lua: acquireScript });

	/**
	 * Whether the limits are shared: not yet (`starting`), yes, or not since Redis last failed
	 * (`degraded`). Logged when it changes, never on every request.
	 */
	let state: 'starting' | 'shared' | 'degraded' = 'starting';
	/** After a failure, requests stop asking Redis for a moment, so a slow Redis does not slow every reader. */
	let retryAfter = 0;

	const failed = (reason: string) => {
		retryAfter = Date.now() + 1000;
		if (state === 'degraded') return;
		state = 'degraded';
		logEvent('warn', 'limits_degraded', { reason, limits: 'local' });
	};
	const answered = () => {
		if (state === 'shared') return;
		logEvent('info', state === 'degraded' ? 'limits_restored' : 'limits_shared', { limits: 'shared' });
		state = 'shared';
	};

	// ioredis reports every failed connection attempt as an error event; one log line says it all.
	redis.on('error', (error: unknown) => failed(reasonOf(error)));
	redis.on('ready', () => {
		retryAfter = 0;
		answered();
	});
	redis.on('close', () => {
		if (state === 'shared') failed('connection_closed');
	});

	/** Whether to ask Redis now: it is connected and has not just failed. */
	const usable = () => redis.status === 'ready' && Date.now() >= retryAfter;

	return {
		get mode() {
			return state === 'shared' && usable() ? 'shared' : 'local';
		},

		async takeRequest(client, perMinute = settings.rateLimitPerMinute) {
			if (!usable()) return local.takeRequest(client, perMinute);
			try {
				const result = await withTimeout(rateFor(perMinute).consume(clientDigest(client)), settings.redisTimeoutMs);
				answered();
				return { allowed: true, retryAfterSeconds: Math.max(1, Math.ceil(result.msBeforeNext / 1000)), firstRefusal: false };
			} catch (error) {
				// Over the limit: rate-limiter-flexible rejects with the window's figures, not an Error.
				if (error instanceof RateLimiterRes) {
					answered();
					return {
						allowed: false,
						retryAfterSeconds: Math.max(1, Math.ceil(error.msBeforeNext / 1000)),
						firstRefusal: error.consumedPoints === perMinute + 1,
					};
				}
				failed(reasonOf(error));
				return local.takeRequest(client, perMinute);
			}
		},

		async acquireTestSlot() {
			if (!usable()) return local.acquireTestSlot();
			const id = randomUUID();
			const now = Date.now();
			try {
				const acquire = (redis as unknown as { acquireLiveTest: (...args: Array<string | number>) => Promise<number> }).acquireLiveTest;
				const taken = await withTimeout(
					acquire.call(redis, liveTestsKey, now, now - settings.longestTestMs, settings.maxConcurrentTests, id, settings.longestTestMs * 2),
					settings.redisTimeoutMs,
				);
				answered();
				if (taken !== 1) return null;
				const slot: Slot = {
					// Given back in the background: the answer never waits on it, and a place Redis
					// does not hear about expires with the longest a test can take.
					release: () => {
						slot.release = () => {};
						redis.zrem(liveTestsKey, id).catch(() => {});
					},
				};
				return slot;
			} catch (error) {
				failed(reasonOf(error));
				return local.acquireTestSlot();
			}
		},

		async close() {
			redis.removeAllListeners('error');
			redis.on('error', () => {});
			await redis.quit().catch(() => redis.disconnect());
		},
	};
}
