/**
 * Counts requests per client in fixed one-minute windows (the same scheme Remote uses), so one
 * visitor cannot spend everyone's share of the server or of Remote's rate limit.
 */
export interface RateLimitDecision {
	allowed: boolean;
	/** Seconds until the client's window resets; sent as `Retry-After` when refused. */
	retryAfterSeconds: number;
	/** Whether this is the client's first refusal in its window (worth one log line; the rest are not). */
	firstRefusal: boolean;
}

export class FixedWindowRateLimiter {
	readonly #windows = new Map<string, { count: number; resetsAt: number }>();

	constructor(
		readonly limit: number,
		readonly windowMs = 60_000,
		readonly now: () => number = Date.now,
		/** Past this many tracked clients, expired windows are swept so memory stays bounded. */
		readonly sweepAbove = 10_000,
	) {}

	/** Counts one test for `client` and says whether it may go ahead. */
	take(client: string): RateLimitDecision {
		const now = this.now();
		let window = this.#windows.get(client);
		if (!window || window.resetsAt <= now) {
			if (this.#windows.size >= this.sweepAbove) this.#sweep(now);
			window = { count: 0, resetsAt: now + this.windowMs };
			this.#windows.set(client, window);
		}
		window.count++;
		return {
			allowed: window.count <= this.limit,
			retryAfterSeconds: Math.max(1, Math.ceil((window.resetsAt - now) / 1000)),
			firstRefusal: window.count === this.limit + 1,
		};
	}

	/**
	 * Seconds until `client` may try again when it has used up its window, else null; counts nothing.
	 * For limits that count failures only (guesses at a secret), checked before each try.
	 */
	waitFor(client: string): number | null {
		const window = this.#windows.get(client);
		const now = this.now();
		if (!window || window.resetsAt <= now || window.count < this.limit) return null;
		return Math.max(1, Math.ceil((window.resetsAt - now) / 1000));
	}

	/** How many clients are being tracked (for tests of the memory bound). */
	get size(): number {
		return this.#windows.size;
	}

	#sweep(now: number): void {
		for (const [client, window] of this.#windows) if (window.resetsAt <= now) this.#windows.delete(client);
	}
}
