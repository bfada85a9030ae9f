import { ConcurrencyLimiter, type Slot } from './concurrency-limiter';
import { FixedWindowRateLimiter, type RateLimitDecision } from './rate-limiter';

/**
 * What protects the tester route: a rate limit per client and a cap on tests waiting on Remote.
 * The route asks through this interface, so the limits can live in this process's memory (the
 * default) or be shared by every instance of the server.
 */
export interface TesterLimits {
	/**
	 * Counts one request from `client` against `perMinute` requests a minute (the settings' figure
	 * when not given): whether it may go ahead, and when it may try again if not. Routes that count
	 * apart give their own key prefix, and may give their own figure.
	 */
	takeRequest(client: string, perMinute?: number): RateLimitDecision | Promise<RateLimitDecision>;
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
	// One window per figure: a route with its own figure counts its keys in its own limiter.
	const rates = new Map<number, FixedWindowRateLimiter>();
	const rateFor = (perMinute: number) => {
		let rate = rates.get(perMinute);
		if (!rate) rates.set(perMinute, (rate = new FixedWindowRateLimiter(perMinute, { name: 'requests per client' })));
		return rate;
	};
	const cap = new ConcurrencyLimiter(settings.maxConcurrentTests);
	return {
		mode: 'local',
		takeRequest: (client, perMinute = settings.rateLimitPerMinute) => rateFor(perMinute).take(client),
		acquireTestSlot: () => cap.tryAcquire(),
		// Nothing to let go of: the counts are this process's memory.
		close: async () => undefined,
	};
}
