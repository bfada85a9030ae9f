import { precheckToken, type PrecheckWords } from './connection-test';
import type { ConnectionTestResult, ErrorResponse, NextStep, Verdict } from './connection-test-schema';
import { fill } from './fill-words';
import type { ResolvedTesterWords as TesterWords } from '../../i18n/tester-words';
import { environments, type Environment } from './environments';

/**
 * The token tester without its DOM: typing → precheck → Test → busy → result, the countdown
 * after a rate limit, and the events. The in-page tester (TokenTester.astro) and the embeddable
 * `<remote-token-tester>` both drive one of these and only render its state their own way, so they
 * cannot come to behave differently. Nothing here touches the document; tests drive it directly.
 */

/** What the tester says under the token as it is typed, before anything is sent. */
export interface Feedback {
	/** What was forgiven in the paste. */
	notices: string[];
	tone: 'pass' | 'warn' | 'fail';
	message: string;
	/** The token's own environment, offered in one click, when the reader chose the other. */
	switchTo: Environment | null;
}

/** What the tester shows after Test. */
export type Outcome =
	| { kind: 'result'; answer: ConnectionTestResult }
	/** A copy of the guides with no live check: the browser's checks passed, and that is all. */
	| { kind: 'offline'; environment: Environment }
	/** The test did not run: refused, an answer that was not a result, or nobody answered. */
	| { kind: 'problem'; message: string; nextStep?: NextStep | undefined };

export interface TesterState {
	environment: Environment;
	feedback: Feedback | null;
	outcome: Outcome | null;
	busy: boolean;
	/** Seconds until a new test can succeed, counting down; 0 once they have passed; null when none was asked for. */
	retryIn: number | null;
}

/** `remote-token-tester:precheck`: after each check in the browser. */
export interface PrecheckDetail {
	verdict: 'ok' | 'invalid_format' | 'environment_mismatch';
	environment: Environment | null;
	detectedEnvironment: Environment | null;
}

/**
 * `remote-token-tester:verdict`: after each live test. `error` when it could not run: `error` then
 * says why (the help center's refusal code, `not_a_result` or `unreachable`).
 */
export interface VerdictDetail {
	verdict: Verdict | 'error';
	environment: Environment | null;
	detectedEnvironment: Environment | null;
	companyName: string | null;
	upstreamStatus: number | null;
	retryAfterSeconds: number | null;
	error?: string;
}

export interface TesterEvents {
	precheck: PrecheckDetail;
	verdict: VerdictDetail;
}

export interface TesterOptions {
	words: PrecheckWords & { ui: Pick<TesterWords['ui'], 'notAResult' | 'unreachable'> };
	/** Where live checks are sent; null where there is none (the browser's checks only). */
	api: string | null;
	/** The environment to start with and keep; null to follow the token's prefix until the reader picks one. */
	environment: Environment | null;
	/**
	 * Sent with each live test for the help center's insights: the guide (`page`) and the brand whose
	 * copy it is. Counted only; the route records nothing when the browser asks not to be tracked.
	 */
	context?: { page?: string | undefined; brand?: string | undefined };
	render(state: TesterState): void;
	emit<Type extends keyof TesterEvents>(type: Type, detail: TesterEvents[Type]): void;
}

export interface TesterController {
	readonly state: TesterState;
	/** The token field's value changed. */
	type(token: string): void;
	/** An environment was chosen: by the reader (a pick, which the prefix no longer overrides), or not. */
	choose(environment: Environment, byReader?: boolean): void;
	/** Test: the precheck's verdict, or one live check. */
	test(): Promise<void>;
}

export function createTesterController(options: TesterOptions): TesterController {
	const { words, api, render, emit } = options;
	// Only an environment there is: anything else (an empty option, a value kept from elsewhere) is none.
	const start = environments.includes(options.environment!) ? options.environment : null;
	const state: TesterState = {
		environment: start ?? 'production',
		feedback: null,
		outcome: null,
		busy: false,
		retryIn: null,
	};
	let token = '';
	let picked = start !== null;
	/** Counts changes to the token or the environment, so a test's answer about an earlier one is dropped. */
	let edits = 0;
	let countdown: ReturnType<typeof setInterval> | undefined;

	const precheck = () => precheckToken({ token, environment: state.environment }, words);

	/** Rechecks the token as it now stands, says so, and lets the page and its listeners know. */
	const recheck = () => {
		let checked = precheck();
		// Until the reader picks an environment, it follows the token's prefix: a first paste is never a mismatch.
		if (!picked && 'result' in checked && checked.result.detectedEnvironment) {
			state.environment = checked.result.detectedEnvironment;
			checked = precheck();
		}
		// A result belongs to the token and environment it was given for.
		edits++;
		state.outcome = null;
		const result = 'result' in checked ? checked.result : null;
		const failed = result?.checks.find((check) => check.status === 'fail');
		const mismatch = result?.verdict === 'environment_mismatch';
		state.feedback = token
			? {
					notices: ('result' in checked ? checked.result : checked.ready).notices,
					tone: failed ? (mismatch ? 'warn' : 'fail') : 'pass',
					message: failed?.message ?? '',
					switchTo: mismatch ? result!.detectedEnvironment : null,
				}
			: null;
		render(state);
		emit('precheck', {
			verdict: result ? (result.verdict as PrecheckDetail['verdict']) : 'ok',
			environment: state.environment,
			detectedEnvironment: result ? result.detectedEnvironment : state.environment,
		});
	};

	const show = (outcome: Outcome, retryAfterSeconds: number | null = null) => {
		state.outcome = outcome;
		clearInterval(countdown);
		state.retryIn = retryAfterSeconds;
		if (retryAfterSeconds) {
			countdown = setInterval(() => {
				if (!--state.retryIn!) clearInterval(countdown);
				render(state);
			}, 1000);
		}
		render(state);
	};

	/** A live test's outcome, for the page's listeners: what is not known stays null. */
	const verdict = (detail: Partial<VerdictDetail> & Pick<VerdictDetail, 'verdict'>) =>
		emit('verdict', {
			environment: state.environment,
			detectedEnvironment: null,
			companyName: null,
			upstreamStatus: null,
			retryAfterSeconds: null,
			...detail,
		});

	const failed = (error: string, message: string, nextStep?: NextStep, retryAfterSeconds: number | null = null) => {
		show({ kind: 'problem', message, nextStep }, retryAfterSeconds);
		verdict({ verdict: 'error', error, retryAfterSeconds });
	};

	return {
		state,
		type(value) {
			token = value;
			recheck();
		},
		choose(environment, byReader = true) {
			picked ||= byReader;
			// Choosing the environment already chosen changes nothing, and keeps the result.
			if (environment === state.environment) return;
			state.environment = environment;
			recheck();
		},
		async test() {
			if (state.busy || state.retryIn) return;
			const checked = precheck();
			// Decided in the browser: the token is not sent anywhere.
			if ('result' in checked) return show({ kind: 'result', answer: checked.result });
			const { environment } = checked.ready;
			if (!api) return show({ kind: 'offline', environment });
			state.busy = true;
			render(state);
			const edit = edits;
			/** Done waiting; whether the answer is still about what the field holds (else it is dropped). */
			const current = () => {
				state.busy = false;
				if (edit === edits) return true;
				render(state);
				return false;
			};
			try {
				// No credentials go with it: none cross origins by default, and this site sets no cookies.
				// In the tester's language: `locale` for the answer, `Accept-Language` for a refusal that
				// comes before the body is read.
				const response = await fetch(api, {
					method: 'POST',
					headers: { 'Content-Type': 'application/json', 'Accept-Language': words.locale },
					body: JSON.stringify({ token: checked.ready.token, environment, locale: words.locale, ...options.context }),
				});
				// A proxy's error page, say: not the tester's answer, whatever its status.
				const answer = (
					response.headers.get('content-type')?.includes('application/json') ? await response.json().catch(() => null) : null
				) as ConnectionTestResult | ErrorResponse | null;
				if (!current()) return;
				if (answer && 'verdict' in answer) {
					const { verdict: outcome, detectedEnvironment, companyName, upstreamStatus, retryAfterSeconds } = answer;
					// The section this tester's own site has for it: a brand's export may keep its pages elsewhere than the route's site.
					show({ kind: 'result', answer: { ...answer, nextStep: words.nextSteps[answer.code] ?? answer.nextStep } }, retryAfterSeconds);
					verdict({
						verdict: outcome,
						environment: answer.environment,
						detectedEnvironment,
						companyName,
						upstreamStatus,
						retryAfterSeconds,
					});
				} else if (answer?.error) {
					const { code, message, nextStep } = answer.error;
					const ownStep = nextStep && words.nextSteps[code as keyof typeof words.nextSteps];
					failed(code, message, ownStep ?? nextStep, Number(response.headers.get('retry-after')) || null);
				} else {
					failed('not_a_result', fill(words.ui.notAResult, { status: `${response.status} ${response.statusText}`.trim() }));
				}
			} catch {
				if (current()) failed('unreachable', words.ui.unreachable);
			}
		},
	};
}
