import { expect, test } from 'vitest';
import { FixedWindowRateLimiter } from '../../src/lib/server/rate-limiter';

test('allows the limit per window, then refuses with the seconds left, then resets', () => {
	let now = 0;
	const limiter = new FixedWindowRateLimiter(2, 60_000, () => now);
	expect(limiter.take('a').allowed).toBe(true);
	now = 15_000;
	expect(limiter.take('a').allowed).toBe(true);
	expect(limiter.take('a')).toEqual({ allowed: false, retryAfterSeconds: 45, firstRefusal: true });
	expect(limiter.take('a')).toMatchObject({ allowed: false, firstRefusal: false });
	expect(limiter.take('b').allowed).toBe(true);
	now = 60_000;
	expect(limiter.take('a').allowed).toBe(true);
});

test('memory stays bounded: expired clients are swept once many are tracked', () => {
	let now = 0;
	const limiter = new FixedWindowRateLimiter(1, 1000, () => now, 100);
	for (let client = 0; client < 100; client++) limiter.take(`old-${client}`);
	now = 5000;
	limiter.take('new');
	expect(limiter.size).toBe(1);
});

test('waitFor says how long a client that used up its window must wait, without counting', () => {
	let now = 0;
	const limiter = new FixedWindowRateLimiter(2, 60_000, () => now);
	expect(limiter.waitFor('a')).toBeNull();
	limiter.take('a');
	expect(limiter.waitFor('a')).toBeNull();
	limiter.take('a');
	now = 15_000;
	expect(limiter.waitFor('a')).toBe(45);
	expect(limiter.waitFor('a')).toBe(45);
	expect(limiter.waitFor('b')).toBeNull();
	now = 60_000;
	expect(limiter.waitFor('a')).toBeNull();
});
