import { afterEach, describe, expect, test, vi } from 'vitest';
import { logEvent } from '../../src/lib/server/log';

afterEach(() => vi.restoreAllMocks());

describe('logEvent', () => {
	test('writes the lines of one turn of the event loop together, each one JSON object', async () => {
		const writes: string[] = [];
		vi.spyOn(process.stdout, 'write').mockImplementation((chunk) => Boolean(writes.push(String(chunk))));
		logEvent('info', 'first', { requestId: 'a', latencyMs: 12, environment: null });
		logEvent('info', 'second');
		expect(writes).toEqual([]);
		await new Promise((resolve) => setImmediate(resolve));
		expect(writes).toHaveLength(1);
		const lines = writes[0]!
			.trim()
			.split('\n')
			.map((line) => JSON.parse(line) as Record<string, unknown>);
		expect(lines).toMatchObject([
			{ level: 'info', event: 'first', requestId: 'a', latencyMs: 12, environment: null },
			{ level: 'info', event: 'second' },
		]);
		expect(Date.parse(String(lines[0]!.time))).not.toBeNaN();
	});

	test.each(['warn', 'error'] as const)('writes a %s at once, after what waited before it', (level) => {
		const writes: Array<[string, string]> = [];
		vi.spyOn(process.stdout, 'write').mockImplementation((chunk) => Boolean(writes.push(['stdout', String(chunk)])));
		vi.spyOn(process.stderr, 'write').mockImplementation((chunk) => Boolean(writes.push(['stderr', String(chunk)])));
		logEvent('info', 'before');
		logEvent(level, 'failed', { error: 'TypeError' });
		expect(writes.map(([stream, chunk]) => [stream, JSON.parse(chunk).event])).toEqual([
			['stdout', 'before'],
			['stderr', 'failed'],
		]);
	});

	test('an event name or field that needs escaping stays valid JSON', async () => {
		const writes: string[] = [];
		vi.spyOn(process.stdout, 'write').mockImplementation((chunk) => Boolean(writes.push(String(chunk))));
		logEvent('info', 'quote"and\\slash', { note: 'line\nbreak' });
		await new Promise((resolve) => setImmediate(resolve));
		expect(JSON.parse(writes.join(''))).toMatchObject({ event: 'quote"and\\slash', note: 'line\nbreak' });
	});
});
