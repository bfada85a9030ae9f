import { expect, test } from 'vitest';
import { ConcurrencyLimiter } from '../../src/lib/server/concurrency-limiter';
import { localLimits } from '../../src/lib/server/limits';

test('gives out at most the cap of places, and takes each back once however often it is released', () => {
	const limiter = new ConcurrencyLimiter(2);
	const first = limiter.tryAcquire()!;
	const second = limiter.tryAcquire()!;
	expect(limiter.tryAcquire()).toBeNull();
	first.release();
	first.release();
	expect(limiter.inUse).toBe(1);
	const third = limiter.tryAcquire();
	expect(third).not.toBeNull();
	expect(limiter.tryAcquire()).toBeNull();
	second.release();
	third!.release();
	expect(limiter.inUse).toBe(0);
});

test('local limits count requests per client and places under the cap, in this process', async () => {
	const limits = localLimits({ rateLimitPerMinute: 1, maxConcurrentTests: 1 });
	expect(limits.mode).toBe('local');
	expect((await limits.takeRequest('a')).allowed).toBe(true);
	expect((await limits.takeRequest('a')).allowed).toBe(false);
	expect((await limits.takeRequest('b')).allowed).toBe(true);
	const slot = await limits.acquireTestSlot();
	expect(await limits.acquireTestSlot()).toBeNull();
	slot!.release();
	expect(await limits.acquireTestSlot()).not.toBeNull();
});
