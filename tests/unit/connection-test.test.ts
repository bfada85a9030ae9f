import { describe, expect, test } from 'vitest';
import { completeLiveCheck, formatCheckCode, precheckToken } from '../../src/lib/shared/connection-test';
import { formatCheckCodes } from '../../src/lib/shared/connection-test-codes';
import { ConnectionTestResultSchema } from '../../src/lib/shared/connection-test-schema';
import type { LiveCheckOutcome } from '../../src/lib/shared/connection-test';
import type { ConnectionTestRequest, ConnectionTestResult } from '../../src/lib/shared/connection-test-schema';
import { testerWordsFor } from '../../src/i18n/tester-words';
import type { Environment } from '../../src/lib/shared/token-rules';
import { nextStepPaths } from '../../src/lib/shared/verdict-guidance';

const sandboxToken = 'ra_test_a1b2c3d4e5f6g7h8i9j0';
const accepted: LiveCheckOutcome = {
	verdict: 'connected',
	check: { code: 'accepted', values: { status: 201 } },
	upstreamStatus: 201,
	latencyMs: 12,
	companyName: 'Acme Ltd',
	retryAfterSeconds: null,
};

type LiveCheck = (token: string, environment: Environment) => Promise<LiveCheckOutcome>;

/** A test as the route runs it (src/server/api/connection-test-route.ts): the precheck, then, only if it passes, the live check. */
async function runConnectionTest(request: ConnectionTestRequest, checkLive: LiveCheck): Promise<ConnectionTestResult> {
	const words = testerWordsFor('en');
	const precheck = precheckToken(request, words);
	if ('result' in precheck) return precheck.result;
	return completeLiveCheck(precheck.ready, await checkLive(precheck.ready.token, precheck.ready.environment), words);
}

/** A live check that records each call and answers `outcome`. */
function recordingLiveCheck(outcome: LiveCheckOutcome = accepted): LiveCheck & { calls: Array<[string, string]> } {
	const calls: Array<[string, string]> = [];
	return Object.assign(
		async (token: string, environment: string) => {
			calls.push([token, environment]);
			return outcome;
		},
		{ calls },
	);
}

describe('precheck, then one live check', () => {
	test('checks format, then environment, then calls Remote exactly once with the cleaned token', async () => {
		const live = recordingLiveCheck();
		const result = await runConnectionTest({ token: ` "${sandboxToken}" `, environment: 'sandbox' }, live);
		expect(live.calls).toEqual([[sandboxToken, 'sandbox']]);
		expect(ConnectionTestResultSchema.parse(result)).toMatchObject({
			verdict: 'connected',
			summary: 'Connected to Acme Ltd — Sandbox',
			environment: 'sandbox',
			detectedEnvironment: 'sandbox',
			maskedToken: 'ra_test_…i9j0',
			companyName: 'Acme Ltd',
			upstreamStatus: 201,
			latencyMs: 12,
			nextStep: { href: '/link-account/' },
		});
		expect(result.checks.map((check) => `${check.id}:${check.status}`)).toEqual(['format:pass', 'environment:pass', 'remote:pass']);
		expect(result.notices).toHaveLength(2);
	});

	test('a bad format stops before the environment check and makes no call', async () => {
		const live = recordingLiveCheck();
		const result = await runConnectionTest({ token: 'ra_test_short', environment: 'production' }, live);
		expect(live.calls).toEqual([]);
		expect(result.verdict).toBe('invalid_format');
		expect(result.checks.map((check) => check.status)).toEqual(['fail', 'skip', 'skip']);
		expect(result.environment).toBe('production');
	});

	test('a mismatched environment makes no call', async () => {
		const live = recordingLiveCheck();
		const result = await runConnectionTest({ token: sandboxToken, environment: 'production' }, live);
		expect(live.calls).toEqual([]);
		expect(result.verdict).toBe('environment_mismatch');
		expect(result.nextStep.href).toBe('/troubleshooting/#wrong-environment');
	});

	test('without an environment, the prefix decides, and a token with no prefix has none', async () => {
		expect((await runConnectionTest({ token: sandboxToken }, recordingLiveCheck())).environment).toBe('sandbox');
		const unknown = await runConnectionTest({ token: 'sk_live_a1b2c3d4e5f6g7h8i9j0' }, recordingLiveCheck());
		expect(unknown).toMatchObject({ verdict: 'invalid_format', environment: null, detectedEnvironment: null });
	});

	test.each<[LiveCheckOutcome['verdict'], string]>([
		['unauthorized', 'fail'],
		['forbidden', 'fail'],
		['rate_limited', 'warn'],
		['upstream_error', 'warn'],
		['unreachable', 'warn'],
		['timeout', 'warn'],
	])('Remote’s %s is passed on with a %s check', async (verdict, status) => {
		const result = await runConnectionTest({ token: sandboxToken }, recordingLiveCheck({ ...accepted, verdict, companyName: null }));
		expect(result.verdict).toBe(verdict);
		expect(result.checks.at(-1)?.status).toBe(status);
		expect(result.companyName).toBeNull();
	});
});

describe('next steps', () => {
	// Each outcome lands on a section of its own: the reader is never sent to a neighbour's fix.
	test.each<[string, Partial<LiveCheckOutcome>, string]>([
		['connected', { verdict: 'connected' }, '/link-account/'],
		['unauthorized', { verdict: 'unauthorized' }, '/troubleshooting/#revoked-or-mistyped-token'],
		['forbidden on the check', { verdict: 'forbidden' }, '/troubleshooting/#remote-refused-the-check'],
		['rate limited', { verdict: 'rate_limited' }, '/troubleshooting/#rate-limited'],
		[
			'a gateway that is not found',
			{ verdict: 'upstream_error', cause: 'gateway_not_found' },
			'/troubleshooting/#the-gateway-was-not-found',
		],
		['an unexpected answer', { verdict: 'upstream_error', cause: 'unexpected_answer' }, '/troubleshooting/#an-unexpected-answer'],
		['Remote unavailable', { verdict: 'upstream_error', cause: 'remote_unavailable' }, '/troubleshooting/#remote-is-unavailable'],
		['an upstream error of no known cause', { verdict: 'upstream_error' }, '/troubleshooting/#an-unexpected-answer'],
		['unreachable', { verdict: 'unreachable' }, '/troubleshooting/#remote-could-not-be-reached'],
		['a timeout', { verdict: 'timeout' }, '/troubleshooting/#remote-did-not-answer-in-time'],
	])('%s → %s', async (_case, outcome, href) => {
		const result = await runConnectionTest({ token: sandboxToken }, recordingLiveCheck({ ...accepted, companyName: null, ...outcome }));
		expect(result.nextStep.href).toBe(href);
	});

	test('no two outcomes share a section, and every link is a plain site path', () => {
		const hrefs = Object.values(nextStepPaths);
		expect(new Set(hrefs).size).toBe(hrefs.length);
		for (const href of hrefs) expect(href).toMatch(/^\/[a-z-]+\/(#[a-z-]+)?$/);
	});
});

describe('the format check’s codes', () => {
	test('each format problem’s code is its table entry, in snake case', () => {
		for (const [problem, code] of Object.entries(formatCheckCodes))
			expect(formatCheckCode(problem as keyof typeof formatCheckCodes)).toBe(code);
	});
});
