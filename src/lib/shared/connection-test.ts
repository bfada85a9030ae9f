import type { ResolvedTesterWords } from '../../i18n/tester-words';
import type { Check, ConnectionTestRequest, ConnectionTestResult } from './connection-test-schema';
import type { FormatCheckCode, LiveCheckCode, LiveVerdict, ResultCode, UpstreamErrorCause } from './connection-test-codes';
import { describeFormatProblem, fill } from './fill-words';
import {
	cleanPastedToken,
	detectEnvironment,
	findFormatProblem,
	maskToken,
	tokenPrefixes,
	type Environment,
	type FormatProblem,
} from './token-rules';

export type { LiveVerdict };

export interface LiveCheckOutcome {
	verdict: LiveVerdict;
	/** Why an `upstream_error` answer could not be used; each cause has its own fix. */
	cause?: UpstreamErrorCause;
	/** What Remote's answer means, as the last check's code, and the figures its words are filled with. */
	check: { code: LiveCheckCode; values: Record<string, string | number> };
	upstreamStatus: number | null;
	latencyMs: number;
	companyName: string | null;
	retryAfterSeconds: number | null;
}

/** The verdicts reached without asking Remote, in the browser as on the server. */
export type PrecheckVerdict = 'invalid_format' | 'environment_mismatch';

/**
 * A format problem's code as the format check's code, in snake case: `tooLong` is `too_long`.
 * Computed rather than looked up, so the browser's tester carries no table of them.
 */
export const formatCheckCode = (code: FormatProblem['code']) =>
	code.replace(/[A-Z]/g, (letter) => `_${letter.toLowerCase()}`) as FormatCheckCode;

/** One stage's outcome, as the result lists it. */
const check = (id: Check['id'], code: Check['code'], status: Check['status'], message: string): Check => ({ id, code, status, message });

/** A token that passed the local checks and may be sent to Remote, with the result so far. */
export interface ReadyForLiveCheck {
	token: string;
	environment: Environment;
	/** What was forgiven in the paste, as on the final result. */
	notices: string[];
	/** The format and environment checks, both passed: the final result's first two checks. */
	checks: Check[];
}

/** The words a precheck speaks in: the route passes its answer's language, the in-page tester its page's copy. */
export type PrecheckWords = Pick<
	ResolvedTesterWords,
	'locale' | 'environments' | 'notices' | 'names' | 'format' | 'precheck' | 'nextSteps'
>;

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
			code: verdict,
			locale: words.locale,
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
		// A token that breaks no rule yet names no environment cannot be Remote's: the rules say why.
		const problem = formatProblem ?? { code: 'notRemote' as const };
		return decided('invalid_format', said.invalidFormat, [
			check('format', formatCheckCode(problem.code), 'fail', describeFormatProblem(problem, words)),
			check('environment', 'environment_not_checked', 'skip', said.formatFirst),
			check('remote', 'not_sent_invalid_format', 'skip', said.fixFormatFirst),
		]);
	}
	const detected = { environment: words.environments[detectedEnvironment], prefix: tokenPrefixes[detectedEnvironment] };
	const format = check('format', 'format_valid', 'pass', fill(said.looksLike, detected));
	if (environment !== detectedEnvironment) {
		return decided('environment_mismatch', said.mismatch, [
			format,
			check(
				'environment',
				'environment_mismatch',
				'fail',
				fill(said.cannotWork, { ...detected, chosen: words.environments[environment!], prefix: tokenPrefixes[environment!] }),
			),
			check('remote', 'not_sent_environment_mismatch', 'skip', said.only401),
		]);
	}
	return {
		ready: {
			token,
			environment: detectedEnvironment,
			notices,
			checks: [format, check('environment', 'environment_matches', 'pass', fill(said.prefixMatches, detected))],
		},
	};
}

/** The words the end of a live check speaks in: the answer's language. */
export type LiveWords = Pick<ResolvedTesterWords, 'locale' | 'environments' | 'summaries' | 'remote' | 'nextSteps'>;

/** The final result for a token that passed the local checks, once Remote has answered, in `words`' language. */
export function completeLiveCheck(ready: ReadyForLiveCheck, live: LiveCheckOutcome, words: LiveWords): ConnectionTestResult {
	const status: Check['status'] =
		live.verdict === 'connected' ? 'pass' : live.verdict === 'unauthorized' || live.verdict === 'forbidden' ? 'fail' : 'warn';
	// An unusable answer has several causes with different fixes, each with its own section.
	const code: ResultCode = live.verdict === 'upstream_error' ? (live.cause ?? 'unexpected_answer') : live.verdict;
	const summary = fill(words.summaries[live.verdict], {
		company: live.companyName ?? '',
		environment: words.environments[ready.environment],
	});
	return {
		verdict: live.verdict,
		code,
		locale: words.locale,
		summary,
		environment: ready.environment,
		detectedEnvironment: ready.environment,
		maskedToken: maskToken(ready.token),
		notices: ready.notices,
		checks: [...ready.checks, check('remote', live.check.code, status, fill(words.remote[live.check.code], live.check.values))],
		companyName: live.companyName,
		upstreamStatus: live.upstreamStatus,
		latencyMs: live.latencyMs,
		retryAfterSeconds: live.retryAfterSeconds,
		nextStep: words.nextSteps[code],
	};
}
