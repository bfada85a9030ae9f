import { createHash } from 'node:crypto';
import { logEvent } from './log';

/**
 * Counts requests per client in fixed one-minute windows (the same scheme Remote uses), so one
 * visitor cannot spend everyone's share of the server or of Remote's rate limit.
 *
 * A flood of new clients must cost neither time nor memory without bound:
 * - Every window lasts as long, so the order windows open in is the order they expire in. The map
 *   keeps that order (a client whose window reopens moves to the end), and each request first
 *   drops expired windows from the front, stopping at the first live one: amortised O(1), never a
 *   scan of every client. The front is read through one iterator kept from call to call: V8 leaves
 *   a deleted entry's slot in a Map until it rebuilds the table, and a fresh iterator would walk
 *   past every slot deleted so far on each request.
 * - At most `maxClients` windows are kept. Past that, the oldest window is evicted (its client
 *   starts afresh if it comes back) rather than a new client refused: refusing would let a flood
 *   of addresses lock every new reader out, while evicting only forgets the window closest to its
 *   end. The first eviction is logged once, as `rate_limit_full`.
 * - A key is kept as sent when it is short (an address, a /64, a route prefix and an address),
 *   else as a digest, as the Redis path keeps every key: one entry is never bigger than that.
 */
export interface RateLimitDecision {
	allowed: boolean;
	/** Seconds until the client's window resets; sent as `Retry-After` when refused. */
	retryAfterSeconds: number;
	/** Whether this is the client's first refusal in its window (worth one log line; the rest are not). */
	firstRefusal: boolean;
}

/** Longer keys than this are kept as a digest. An IPv6 address with a prefix is about 50 characters. */
const longestKeptKey = 64;

/** A client's 22-character digest (132 bits of SHA-256): what Redis keeps, and memory for long keys. */
export const clientDigest = (client: string): string => createHash('sha256').update(client).digest('base64url').slice(0, 22);

/** A client as a limit in memory keeps it: as sent when short, else its digest. */
export const limitKeyOf = (client: string): string => (client.length <= longestKeptKey ? client : `#${clientDigest(client)}`);

export interface RateLimiterOptions {
	/** What the log calls this limit when it fills up, e.g. `insights sign-in attempts`. */
	name: string;
	windowMs?: number;
	now?: () => number;
	/** The most clients tracked at once; past it the oldest window is evicted. */
	maxClients?: number;
}

interface Window {
	count: number;
	resetsAt: number;
}

export class FixedWindowRateLimiter {
	readonly #windows = new Map<string, Window>();
	/** Reads the map from the front, kept between calls (see above); undefined once spent. */
	#cursor: MapIterator<[string, Window]> | undefined;
	/** The oldest entry the cursor last read. */
	#head: [string, Window] | undefined;
	#evictionLogged = false;
	readonly name: string;
	readonly windowMs: number;
	readonly now: () => number;
	readonly maxClients: number;

	constructor(
		readonly limit: number,
		{ name, windowMs = 60_000, now = Date.now, maxClients = 100_000 }: RateLimiterOptions,
	) {
		this.name = name;
		this.windowMs = windowMs;
		this.now = now;
		this.maxClients = maxClients;
	}

	/** Counts one request for `client` and says whether it may go ahead. */
	take(client: string): RateLimitDecision {
		const now = this.now();
		const key = limitKeyOf(client);
		this.#dropExpired(now);
		let window = this.#windows.get(key);
		// Expired but not at the front: only if the clock stepped back. It starts afresh all the same.
		if (window && window.resetsAt <= now) {
			this.#windows.delete(key);
			window = undefined;
		}
		if (!window) {
			if (this.#windows.size >= this.maxClients) this.#evictOldest();
			window = { count: 0, resetsAt: now + this.windowMs };
			this.#windows.set(key, window);
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
		const now = this.now();
		this.#dropExpired(now);
		const window = this.#windows.get(limitKeyOf(client));
		if (!window || window.resetsAt <= now || window.count < this.limit) return null;
		return Math.max(1, Math.ceil((window.resetsAt - now) / 1000));
	}

	/** How many clients are being tracked (for tests of the memory bound). */
	get size(): number {
		return this.#windows.size;
	}

	/** The oldest window still in the map, read on from where the cursor stopped. */
	#oldest(): [string, Window] | undefined {
		// The head is current unless it was deleted, or replaced by a new window for its client.
		if (this.#head && this.#windows.get(this.#head[0]) === this.#head[1]) return this.#head;
		for (;;) {
			this.#cursor ??= this.#windows.entries();
			const next = this.#cursor.next();
			if (next.done) {
				// A spent iterator stays spent: the next call starts a new one, past whatever is added.
				this.#cursor = this.#head = undefined;
				return undefined;
			}
			if (this.#windows.get(next.value[0]) === next.value[1]) return (this.#head = next.value);
		}
	}

	/** Drops expired windows from the front (the oldest), up to the first that is still open. */
	#dropExpired(now: number): void {
		for (let oldest = this.#oldest(); oldest && oldest[1].resetsAt <= now; oldest = this.#oldest()) this.#windows.delete(oldest[0]);
	}

	#evictOldest(): void {
		const oldest = this.#oldest();
		if (oldest) this.#windows.delete(oldest[0]);
		if (!this.#evictionLogged) {
			this.#evictionLogged = true;
			logEvent('warn', 'rate_limit_full', { limit: this.name, clients: this.maxClients });
		}
	}
}
