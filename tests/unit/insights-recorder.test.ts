import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, test, vi } from 'vitest';
import { createInsightsRecorder, InsightsUnavailableError } from '../../src/lib/server/insights/recorder';
import type { InsightsStore, OutcomeRecord } from '../../src/lib/server/insights/records';
import { openInsightsStore } from '../../src/lib/server/insights/store';

/**
 * The recorder over a real SQLite store: a burst of tests is written as one count per kind, a read
 * sees everything counted before it, and a store that fails costs only its records.
 */

const today = new Date().toISOString().slice(0, 10);
const outcome = (verdict = 'connected'): OutcomeRecord => ({
	day: today,
	brand: 'default',
	page: 'environments',
	locale: 'en',
	environment: 'sandbox',
	verdict,
	statusClass: '2xx',
	latencyBucket: 'under-250ms',
});
const query = { from: today, to: today, brand: null };
const freshStore = () => openInsightsStore(`sqlite:${join(mkdtempSync(join(tmpdir(), 'recorder-')), 'insights.db')}`);

const closing: Array<() => Promise<void>> = [];
afterEach(async () => {
	await Promise.all(closing.splice(0).map((close) => close()));
	vi.restoreAllMocks();
});

describe('the recorder', () => {
	test('writes a burst of the same outcome as one count, and a read sees it at once', async () => {
		const store = await freshStore();
		const writes = vi.spyOn(store, 'recordOutcome');
		const recorder = createInsightsRecorder({ open: async () => store, retentionDays: 180 });
		closing.push(() => recorder.close());
		for (let test = 0; test < 50; test++) recorder.recordOutcome(outcome());
		recorder.recordOutcome(outcome('unauthorized'));
		const report = await recorder.report(query);
		expect(report.tests.total).toBe(51);
		expect(writes).toHaveBeenCalledTimes(2);
		expect(writes).toHaveBeenCalledWith(outcome(), 50);
	});

	test('a store that fails drops its records, reports degraded, and resumes once a probe succeeds', async () => {
		const store = await freshStore();
		let failing = true;
		// As node:sqlite throws it: its own code, and SQLite's fixed description of the error.
		const failure = Object.assign(new Error('database is locked'), { code: 'ERR_SQLITE_ERROR', errcode: 5, errstr: 'database is locked' });
		const flaky: InsightsStore = {
			...store,
			engine: store.engine,
			recordOutcome: (...args) => (failing ? Promise.reject(failure) : store.recordOutcome(...args)),
			recordFeedback: (record) => (failing ? Promise.reject(failure) : store.recordFeedback(record)),
			deleteBefore: (day) => (failing ? Promise.reject(failure) : store.deleteBefore(day)),
			probe: () => (failing ? Promise.reject(failure) : store.probe()),
			close: () => store.close(),
		};
		const lines: string[] = [];
		vi.spyOn(process.stderr, 'write').mockImplementation((line) => Boolean(lines.push(String(line))));
		vi.spyOn(process.stdout, 'write').mockImplementation((line) => Boolean(lines.push(String(line))));
		// Outcomes written as soon as counted, so those counted while the store fails are dropped.
		const recorder = createInsightsRecorder({ open: async () => flaky, retentionDays: 180, probeIntervalMs: 20, outcomeWriteDelayMs: 0 });
		closing.push(() => recorder.close());

		recorder.recordFeedback({ day: today, brand: 'default', page: 'index', locale: 'en', helpful: true, comment: null, source: 'reader' });
		await vi.waitFor(() => expect(recorder.status).toBe('degraded'));
		recorder.recordOutcome(outcome());
		recorder.recordOutcome(outcome());
		failing = false;
		await vi.waitFor(() => expect(recorder.status).toBe('ok'));
		recorder.recordOutcome(outcome());
		expect((await recorder.report(query)).tests.total).toBe(1);
		// The log writes the lines of one turn together: one JSON line each.
		const events = lines
			.join('')
			.trim()
			.split('\n')
			.map((line) => JSON.parse(line) as { event: string; reason?: string; dropped?: number });
		expect(events.filter((line) => line.event === 'insights_degraded')).toHaveLength(1);
		expect(events.find((line) => line.event === 'insights_degraded')?.reason).toBe('database is locked');
		expect(events.find((line) => line.event === 'insights_restored')?.dropped).toBe(3);
	});

	test('a read the database cannot answer says so', async () => {
		const recorder = createInsightsRecorder({
			open: () => Promise.reject(Object.assign(new Error('connect ECONNREFUSED'), { code: 'ECONNREFUSED' })),
			retentionDays: 180,
		});
		vi.spyOn(process.stderr, 'write').mockImplementation(() => true);
		closing.push(() => recorder.close());
		await expect(recorder.report(query)).rejects.toBeInstanceOf(InsightsUnavailableError);
		expect(recorder.status).toBe('degraded');
	});
});
