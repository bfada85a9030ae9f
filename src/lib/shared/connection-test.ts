import type { Check, ConnectionTestRequest, ConnectionTestResult } from './connection-test-schema';
import { describeFormatProblem, fill } from './fill-words';
import type { TesterWords } from './tester-words';
import {
	cleanPastedToken,
	detectEnvironment,
	environmentLabels,
	findFormatProblem,
	maskToken,
	tokenPrefixes,
	type Environment,
} from './token-rules';
import { nextSteps, type precheckNextSteps, type UpstreamErrorCause } from './verdict-guidance';

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

/** The words a precheck speaks in: the route passes `testerWords`, the in-page tester its page's copy. */
export type PrecheckWords = Pick<TesterWords, 'environments' | 'notices' | 'names' | 'format' | 'precheck' | 'nextSteps'>;

/**
 * Everything that can be decided without Remote: cleans the paste, checks the format, then the
 * environment. Returns the final result when one of those fails, or what to send to Remote.
 * The browser runs this on every keystroke; the route runs it again before its one call. What
 * only Remote's answer can decide is in `completeLiveCheck`, which stays on the server.
 */
export function precheckToken(
	request: ConnectionTestRequest,
	words: PrecheckWords,
): { result: ConnectionTestResult } | { ready: ReadyForLiveCheck } {
	const { token, notices: removed } = cleanPastedToken(request.token);
	const notices = removed.map((notice) => words.notices[notice]);
	const detectedEnvironment = detectEnvironment(token);
	const environment = request.environment ?? detectedEnvironment;
	const said = words.precheck;
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
			nextStep: words.nextSteps[verdict],
		},
	});

	const formatProblem = findFormatProblem(token);
	if (formatProblem || !detectedEnvironment) {
		return decided('invalid_format', said.invalidFormat, [
			check('format', 'fail', formatProblem ? describeFormatProblem(formatProblem, words) : ''),
			check('environment', 'skip', said.formatFirst),
			check('remote', 'skip', said.fixFormatFirst),
		]);
	}
	const detected = { environment: words.environments[detectedEnvironment], prefix: tokenPrefixes[detectedEnvironment] };
	const format = check('format', 'pass', fill(said.looksLike, detected));
	if (environment !== detectedEnvironment) {
		return decided('environment_mismatch', said.mismatch, [
			format,
			check(
				'environment',
				'fail',
				fill(said.cannotWork, { ...detected, chosen: words.environments[environment!], prefix: tokenPrefixes[environment!] }),
			),
			check('remote', 'skip', said.only401),
		]);
	}
	return {
		ready: {
			token,
			environment: detectedEnvironment,
			notices,
			checks: [format, check('environment', 'pass', fill(said.prefixMatches, detected))],
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
