import { describe, expect, test } from 'vitest';
import { resultCodes, verdicts } from '../../src/lib/shared/connection-test-codes';
import { nextStepPaths } from '../../src/lib/shared/verdict-guidance';
import { isReconnectReason, reasonOf, reconnectReasons, reconnectSections } from '../../src/lib/shared/reconnect-reasons';

describe('the reasons /reconnect/ knows', () => {
	test('are every code a token test answers with but `connected`, verdicts and upstream causes alike', () => {
		const codes = new Set([...verdicts, ...resultCodes]);
		codes.delete('connected');
		expect(new Set(reconnectReasons)).toEqual(codes);
		// The ones the issue names, spelled as platforms will send them.
		expect(reconnectReasons).toEqual(
			expect.arrayContaining(['unauthorized', 'forbidden', 'rate_limited', 'environment_mismatch', 'unreachable']),
		);
	});

	test('each leads to a section, and the causes of one fix share it', () => {
		expect(Object.keys(reconnectSections).sort()).toEqual([...reconnectReasons].sort());
		expect(new Set(Object.values(reconnectSections))).toEqual(
			new Set([
				'token-no-longer-accepted',
				'not-allowed-to-do-this',
				'wrong-environment',
				'token-copied-wrong',
				'too-many-requests',
				'remote-did-not-answer',
			]),
		);
		for (const cause of [
			'upstream_error',
			'gateway_not_found',
			'unexpected_answer',
			'remote_unavailable',
			'unreachable',
			'timeout',
		] as const)
			expect(reconnectSections[cause]).toBe('remote-did-not-answer');
		// Every reason is also one the tester knows how to explain, so both lead somewhere.
		for (const reason of reconnectReasons.filter((code) => code !== 'upstream_error')) expect(nextStepPaths).toHaveProperty(reason);
	});

	test('read from the URL: a known code, or the general page for anything else', () => {
		const at = (query: string) => reasonOf(new URL(`https://help.example/reconnect/${query}`));
		expect(at('?reason=unauthorized')).toBe('unauthorized');
		expect(at('?reason=gateway_not_found&environment=sandbox')).toBe('gateway_not_found');
		for (const query of [
			'',
			'?reason=',
			'?reason=connected',
			'?reason=Unauthorized',
			'?reason=unauthorized%20',
			'?reason=__proto__',
			'?reason=toString',
		])
			expect(at(query), query).toBeNull();
		expect(isReconnectReason(undefined)).toBe(false);
	});
});
