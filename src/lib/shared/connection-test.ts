import type { Check, ConnectionTestRequest, ConnectionTestResult } from './connection-test-schema';
import {
	checkTokenFormat,
	cleanPastedToken,
	detectEnvironment,
	environmentLabels,
	maskToken,
	tokenPrefixes,
	type Environment,
} from './token-rules';
import { nextSteps, precheckNextSteps, type UpstreamErrorCause } from './verdict-guidance';

/** What Remote's answer, or its absence, comes to (src/lib/server/remote-gateway.ts decides). */
export type LiveVerdict = 'connected' | 'unauthorized' | 'forbidden' | 'rate_limited' | 'upstream_error' | 'unreachable' | 'timeout';

export interface LiveCheckOutcome {
	verdict: LiveVerdict;
	/** Why an `upstream_error` answer could not be used; each cause has its own fix. */
	cause?: UpstreamErrorCause;
	/** What Remote's answer means, for the person testing. */
	message: string;
	upstreamStatus: number | null;
	latencyMs: number;
	companyName: string | null;
	retryAfterSeconds: number | null;
}

/** The verdicts reached without asking Remote, in the browser as on the server. */
export type PrecheckVerdict = keyof typeof precheckNextSteps;

/** One stage's outcome, as the result lists it. */
const check = (id: Check['id'], status: Check['status'], message: string): Check => ({ id, status, message });

/** A token that passed the local checks and may be sent to Remote, with the result so far. */
export interface ReadyForLiveCheck {
	token: string;
	environment: Environment;
	/** What was forgiven in the paste, as on the final result. */
	notices: string[];
	/** The format and environment checks, both passed: the final result's first two checks. */
	checks: Check[];
}

/**
 * Everything that can be decided without Remote: cleans the paste, checks the format, then the
 * environment. Returns the final result when one of those fails, or what to send to Remote.
 * The browser runs this on every keystroke; the route runs it again before its one call. What
 * only Remote's answer can decide is in `completeLiveCheck`, which stays on the server.
 */
export function precheckToken(request: ConnectionTestRequest): { result: ConnectionTestResult } | { ready: ReadyForLiveCheck } {
	const { token, notices } = cleanPastedToken(request.token);
	const detectedEnvironment = detectEnvironment(token);
	const environment = request.environment ?? detectedEnvironment;
	const decided = (verdict: PrecheckVerdict, summary: string, checks: Check[]): { result: ConnectionTestResult } => ({
		result: {
			verdict,
			summary,
			environment,
			detectedEnvironment,
			maskedToken: maskToken(token),
			notices,
			checks,
			companyName: null,
			upstreamStatus: null,
			latencyMs: null,
			retryAfterSeconds: null,
			nextStep: precheckNextSteps[verdict],
		},
	});

	const formatProblem = checkTokenFormat(token);
	if (formatProblem || !detectedEnvironment) {
		return decided('invalid_format', 'This is not a valid Remote API token.', [
			check('format', 'fail', formatProblem ?? ''),
			check('environment', 'skip', 'Not checked: the token’s format comes first.'),
			check('remote', 'skip', 'Not sent to Remote: fix the format first.'),
		]);
	}
	const detected = environmentLabels[detectedEnvironment];
	const format = check('format', 'pass', `Looks like a ${detected} token (starts with “${tokenPrefixes[detectedEnvironment]}”).`);
	if (environment !== detectedEnvironment) {
		const chosen = environmentLabels[environment!];
		return decided('environment_mismatch', 'The token belongs to the other environment.', [
			format,
			check(
				'environment',
				'fail',
				`This ${detected} token cannot work in ${chosen}: choose ${detected}, or use a token that starts with “${tokenPrefixes[environment!]}”.`,
			),
			check('remote', 'skip', 'Not sent to Remote: it would only answer 401.'),
		]);
	}
	return {
		ready: {
			token,
			environment: detectedEnvironment,
			notices,
			checks: [format, check('environment', 'pass', `The prefix matches ${detected}.`)],
		},
	};
}

function summariseLive(verdict: LiveVerdict, environment: Environment, companyName: string | null): string {
	const label = environmentLabels[environment];
	switch (verdict) {
		case 'connected':
			return `Connected to ${companyName} — ${label}`;
		case 'unauthorized':
			return `Remote rejected the token (${label}).`;
		case 'forbidden':
			return `Remote recognised the token but refused access (${label}).`;
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

/** The final result for a token that passed the local checks, once Remote has answered. */
export function completeLiveCheck(ready: ReadyForLiveCheck, live: LiveCheckOutcome): ConnectionTestResult {
	const status: Check['status'] =
		live.verdict === 'connected' ? 'pass' : live.verdict === 'unauthorized' || live.verdict === 'forbidden' ? 'fail' : 'warn';
	return {
		verdict: live.verdict,
		summary: summariseLive(live.verdict, ready.environment, live.companyName),
		environment: ready.environment,
		detectedEnvironment: ready.environment,
		maskedToken: maskToken(ready.token),
		notices: ready.notices,
		checks: [...ready.checks, check('remote', status, live.message)],
		companyName: live.companyName,
		upstreamStatus: live.upstreamStatus,
		latencyMs: live.latencyMs,
		retryAfterSeconds: live.retryAfterSeconds,
		// An unusable answer has several causes with different fixes, each with its own section.
		nextStep: nextSteps[live.verdict === 'upstream_error' ? (live.cause ?? 'unexpected_answer') : live.verdict],
	};
}
