import type { Check, ConnectionTestRequest, ConnectionTestResult, Verdict } from './connection-test-schema';
import type { LiveCheckOutcome } from './remote-gateway';
import {
	checkTokenFormat,
	cleanPastedToken,
	detectEnvironment,
	environmentLabels,
	maskToken,
	tokenPrefixes,
	type Environment,
} from './token-rules';
import { nextSteps } from './verdict-guidance';

/** Asks Remote about a token that passed the local checks; injected so the order can be tested. */
export type LiveCheck = (token: string, environment: Environment) => Promise<LiveCheckOutcome>;

const skipped = (id: Check['id'], message: string): Check => ({ id, status: 'skip', message });

function summarise(verdict: Verdict, environment: Environment | null, companyName: string | null): string {
	const where = environment ? ` (${environmentLabels[environment]})` : '';
	switch (verdict) {
		case 'connected':
			return `Connected to ${companyName}${environment ? ` — ${environmentLabels[environment]}` : ''}`;
		case 'invalid_format':
			return 'This is not a valid Remote API token.';
		case 'environment_mismatch':
			return 'The token belongs to the other environment.';
		case 'unauthorized':
			return `Remote rejected the token${where}.`;
		case 'forbidden':
			return `Remote recognised the token but refused access${where}.`;
		case 'rate_limited':
			return 'Remote’s rate limit was reached; try again later.';
		case 'upstream_error':
			return 'Remote gave an answer that could not be used.';
		case 'unreachable':
			return 'Remote could not be reached.';
		case 'timeout':
			return 'Remote did not answer in time.';
	}
}

/** A token that passed the local checks and may be sent to Remote, with the result so far. */
export interface ReadyForLiveCheck {
	token: string;
	environment: Environment;
	/** What was forgiven in the paste, as on the final result. */
	notices: string[];
	/** Completes the result with Remote's answer. */
	complete(live: LiveCheckOutcome): ConnectionTestResult;
}

/**
 * Everything that can be decided without Remote: cleans the paste, checks the format, then the
 * environment. Returns the final result when one of those fails, or what to send to Remote.
 * The browser runs this on every keystroke; the route runs it again before its one call.
 */
export function precheckToken(request: ConnectionTestRequest): { result: ConnectionTestResult } | { ready: ReadyForLiveCheck } {
	const { token, notices } = cleanPastedToken(request.token);
	const detectedEnvironment = detectEnvironment(token);
	const environment = request.environment ?? detectedEnvironment;
	const checks: Check[] = [];
	const finish = (verdict: Verdict, live?: LiveCheckOutcome): ConnectionTestResult => ({
		verdict,
		summary: summarise(verdict, environment, live?.companyName ?? null),
		environment,
		detectedEnvironment,
		maskedToken: maskToken(token),
		notices: notices.map((notice) => notice.message),
		checks,
		companyName: live?.companyName ?? null,
		upstreamStatus: live?.upstreamStatus ?? null,
		latencyMs: live?.latencyMs ?? null,
		retryAfterSeconds: live?.retryAfterSeconds ?? null,
		nextStep: nextSteps[verdict],
	});

	const formatProblem = checkTokenFormat(token);
	if (formatProblem || !detectedEnvironment) {
		checks.push({ id: 'format', status: 'fail', message: formatProblem?.message ?? '' });
		checks.push(skipped('environment', 'Not checked: the token’s format comes first.'));
		checks.push(skipped('remote', 'Not sent to Remote: fix the format first.'));
		return { result: finish('invalid_format') };
	}
	const detected = environmentLabels[detectedEnvironment];
	checks.push({ id: 'format', status: 'pass', message: `Looks like a ${detected} token (starts with “${tokenPrefixes[detectedEnvironment]}”).` });

	if (environment !== detectedEnvironment) {
		const chosen = environmentLabels[environment!];
		checks.push({
			id: 'environment',
			status: 'fail',
			message: `This ${detected} token cannot work in ${chosen}: choose ${detected}, or use a token that starts with “${tokenPrefixes[environment!]}”.`,
		});
		checks.push(skipped('remote', 'Not sent to Remote: it would only answer 401.'));
		return { result: finish('environment_mismatch') };
	}
	checks.push({ id: 'environment', status: 'pass', message: `The prefix matches ${detected}.` });

	return {
		ready: {
			token,
			environment: detectedEnvironment,
			notices: notices.map((notice) => notice.message),
			complete(live) {
				const status: Check['status'] =
					live.verdict === 'connected' ? 'pass' : live.verdict === 'unauthorized' || live.verdict === 'forbidden' ? 'fail' : 'warn';
				checks.push({ id: 'remote', status, message: live.message });
				return finish(live.verdict, live);
			},
		},
	};
}

/**
 * Tests a pasted token: format, then environment match, then, only if both pass, exactly one live
 * call. Every path ends in a complete result; the whole token never appears in it.
 */
export async function runConnectionTest(request: ConnectionTestRequest, checkLive: LiveCheck): Promise<ConnectionTestResult> {
	const precheck = precheckToken(request);
	if ('result' in precheck) return precheck.result;
	const { token, environment, complete } = precheck.ready;
	return complete(await checkLive(token, environment));
}
