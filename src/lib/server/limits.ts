import { ConcurrencyLimiter, type Slot } from './concurrency-limiter';
import { FixedWindowRateLimiter, type RateLimitDecision } from './rate-limiter';

/**
 * What protects the tester route: a rate limit per client and a cap on tests waiting on Remote.
 * The route asks through this interface, so the limits can live in this process's memory (the
 * default) or be shared by every instance of the server.
 */
export interface TesterLimits {
	/** Counts one request from `client`: whether it may go ahead, and when it may try again if not. */
	takeRequest(client: string): RateLimitDecision | Promise<RateLimitDecision>;
	/** A place under the cap on tests waiting on Remote, or null when every place is taken. */
	acquireTestSlot(): Slot | null | Promise<Slot | null>;
	/** `local` when counted in this process, `shared` when every instance counts together. */
	readonly mode: 'local' | 'shared';
	/** Lets go of what the limits hold (the connection to Redis): the server calls it as it stops. */
	close(): Promise<void>;
}

export interface LimitSettings {
	/** Requests one client may send a minute. */
	rateLimitPerMinute: number;
	/** Tests that may wait on Remote at once. */
	maxConcurrentTests: number;
}

/** Limits counted in this process's memory: right for one instance. */
export function localLimits(settings: LimitSettings): TesterLimits {
	const rate = new FixedWindowRateLimiter(settings.rateLimitPerMinute, { name: 'requests per client' });
	const cap = new ConcurrencyLimiter(settings.maxConcurrentTests);
	return {
		mode: 'local',
		takeRequest: (client) => rate.take(client),
		acquireTestSlot: () => cap.tryAcquire(),
		// Nothing to let go of: the counts are this process's memory.
		close: async () => undefined,
	};
}
