import { afterEach, expect, test, vi } from 'vitest';
import { localLimits } from '../../src/lib/server/limits';
import { FixedWindowRateLimiter, limitKeyOf } from '../../src/lib/server/rate-limiter';

afterEach(() => {
	vi.restoreAllMocks();
});

const clock = () => {
	const time = { now: 0 };
	return { time, now: () => time.now };
};

test('allows the limit per window, then refuses with the seconds left, then resets', () => {
	const { time, now } = clock();
	const limiter = new FixedWindowRateLimiter(2, { name: 'tests', now });
	expect(limiter.take('a').allowed).toBe(true);
	time.now = 15_000;
	expect(limiter.take('a').allowed).toBe(true);
	expect(limiter.take('a')).toEqual({ allowed: false, retryAfterSeconds: 45, firstRefusal: true });
	expect(limiter.take('a')).toMatchObject({ allowed: false, firstRefusal: false });
	expect(limiter.take('b').allowed).toBe(true);
	time.now = 60_000;
	expect(limiter.take('a').allowed).toBe(true);
});

test('expired windows go as soon as the clock passes them, oldest first, whatever the count', () => {
	const { time, now } = clock();
	const limiter = new FixedWindowRateLimiter(1, { name: 'tests', windowMs: 1000, now });
	for (let client = 0; client < 100; client++) {
		time.now = client;
		limiter.take(`old-${client}`);
	}
	// At 1050 ms the first 51 windows (opened at 0–50 ms) are over; the other 49 are not.
	time.now = 1050;
	limiter.take('new');
	expect(limiter.size).toBe(50);
	time.now = 5000;
	limiter.take('newer');
	expect(limiter.size).toBe(1);
});

test('a client whose window reopens moves to the back of the line, so the front is always the oldest', () => {
	const { time, now } = clock();
	const limiter = new FixedWindowRateLimiter(5, { name: 'tests', windowMs: 1000, now });
	limiter.take('a');
	time.now = 500;
	limiter.take('b');
	time.now = 1200; // a's window is over, b's is not: a comes back with a new window after b's
	limiter.take('a');
	time.now = 1600; // b's is over now, a's new one (until 2200) is not
	limiter.take('c');
	expect(limiter.size).toBe(2);
	expect(limiter.take('a').retryAfterSeconds).toBe(1);
});

test('past maxClients the oldest window is evicted, not a new client refused, and the log says so once', () => {
	const lines: string[] = [];
	vi.spyOn(process.stderr, 'write').mockImplementation((chunk) => Boolean(lines.push(String(chunk))));
	const { now } = clock();
	const limiter = new FixedWindowRateLimiter(1, { name: 'tests', now, maxClients: 1000 });
	for (let client = 0; client < 5000; client++) expect(limiter.take(`client-${client}`).allowed).toBe(true);
	expect(limiter.size).toBe(1000);
	// The newest are still counted; the oldest start afresh.
	expect(limiter.take('client-4999').allowed).toBe(false);
	expect(limiter.take('client-0').allowed).toBe(true);
	const full = lines.flatMap((chunk) => chunk.trim().split('\n')).map((line) => JSON.parse(line) as Record<string, unknown>);
	expect(full.filter((entry) => entry.event === 'rate_limit_full')).toEqual([
		expect.objectContaining({ level: 'warn', limit: 'tests', clients: 1000 }),
	]);
});

test('a long key is kept as a digest, a short one as sent: one entry never holds 16 KB', () => {
	expect(limitKeyOf('2001:db8:aa:bb::/64')).toBe('2001:db8:aa:bb::/64');
	const long = 'x'.repeat(16_000);
	expect(limitKeyOf(long)).toMatch(/^#[\w-]{22}$/);
	expect(limitKeyOf(long)).not.toBe(limitKeyOf(`${long}y`));
	const { now } = clock();
	const limiter = new FixedWindowRateLimiter(1, { name: 'tests', now });
	limiter.take(long);
	expect(limiter.take(long).allowed).toBe(false);
});

test('waitFor says how long a client that used up its window must wait, without counting', () => {
	const { time, now } = clock();
	const limiter = new FixedWindowRateLimiter(2, { name: 'tests', now });
	expect(limiter.waitFor('a')).toBeNull();
	limiter.take('a');
	expect(limiter.waitFor('a')).toBeNull();
	limiter.take('a');
	time.now = 15_000;
	expect(limiter.waitFor('a')).toBe(45);
	expect(limiter.waitFor('a')).toBe(45);
	expect(limiter.waitFor('b')).toBeNull();
	time.now = 60_000;
	expect(limiter.waitFor('a')).toBeNull();
});

test('a clock that steps back cannot keep a used-up window open past its end', () => {
	const { time, now } = clock();
	const limiter = new FixedWindowRateLimiter(1, { name: 'tests', windowMs: 1000, now });
	time.now = 10_000;
	limiter.take('old'); // window until 11,000
	time.now = 5_000; // the clock steps back 5 s
	limiter.take('a'); // window until 6,000, behind the old one in the map
	expect(limiter.take('a').allowed).toBe(false);
	time.now = 6_500; // a's window is over, though the older entry in front of it is not
	expect(limiter.waitFor('a')).toBeNull();
	expect(limiter.take('a').allowed).toBe(true);
});

test('windows read from the front stay right as entries come and go: evicted, expired, reopened', () => {
	const { time, now } = clock();
	const limiter = new FixedWindowRateLimiter(1, { name: 'tests', windowMs: 1000, now, maxClients: 3 });
	vi.spyOn(process.stderr, 'write').mockImplementation(() => true);
	for (const [at, client, allowed] of [
		[0, 'a', true],
		[100, 'b', true],
		[200, 'c', true],
		[300, 'd', true], // evicts a
		[400, 'a', true], // a starts afresh, evicting b
		[450, 'c', false],
		[1250, 'c', true], // c's window (200–1200) is over; d's (300–1300) is not
		[1250, 'd', false],
		[5000, 'e', true], // everything before has expired
	] as const) {
		time.now = at;
		expect(limiter.take(client).allowed, `${client} at ${at}`).toBe(allowed);
	}
	expect(limiter.size).toBe(1);
});

test('a route with its own figure counts against it, and the settings’ figure still holds everywhere else', async () => {
	const limits = localLimits({ rateLimitPerMinute: 1, maxConcurrentTests: 1 });
	expect((await limits.takeRequest('tester:a')).allowed).toBe(true);
	expect((await limits.takeRequest('tester:a')).allowed).toBe(false);
	for (let request = 0; request < 3; request++) expect((await limits.takeRequest('mcp:a', 3)).allowed, `request ${request}`).toBe(true);
	expect(await limits.takeRequest('mcp:a', 3)).toMatchObject({ allowed: false, firstRefusal: true });
	expect((await limits.takeRequest('tester:b')).allowed).toBe(true);
});
