/**
 * A cap on how many tests may wait on Remote at once. Beyond it a test is shed at once (503 with
 * Retry-After) instead of queued: waiting tests hold sockets and memory, and a slow gateway would
 * otherwise let them pile up without bound.
 */

/** A place under the cap, held while one test waits on Remote. */
export interface Slot {
	/** Gives the place back; later calls do nothing, so a `finally` may always call it. */
	release(): void;
}

export class ConcurrencyLimiter {
	#inUse = 0;

	constructor(readonly cap: number) {}

	/** A place under the cap, or null when every place is taken. */
	tryAcquire(): Slot | null {
		if (this.#inUse >= this.cap) return null;
		this.#inUse++;
		let released = false;
		return {
			release: () => {
				if (released) return;
				released = true;
				this.#inUse--;
			},
		};
	}

	/** Places taken now. */
	get inUse(): number {
		return this.#inUse;
	}
}
