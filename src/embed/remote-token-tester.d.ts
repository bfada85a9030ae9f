/**
 * Types for `<remote-token-tester>`, the embeddable Remote token tester, served beside its script
 * as /embed/token-tester.d.ts. Save it in your project (e.g. `types/remote-token-tester.d.ts`) and
 * `document.querySelector('remote-token-tester')`, its attributes and its events are typed:
 *
 *   tester.addEventListener('remote-token-tester:verdict', (event) => {
 *     connectButton.disabled = event.detail.verdict !== 'connected';
 *   });
 *
 * The events bubble and are composed, so a listener on the form or the document hears them too.
 * No event ever carries the token, whole or masked.
 */

export type RemoteEnvironment = 'production' | 'sandbox';

/** What Remote's answer, or the token itself, came to. */
export type RemoteTokenVerdict =
	| 'connected'
	| 'invalid_format'
	| 'environment_mismatch'
	| 'unauthorized'
	| 'forbidden'
	| 'rate_limited'
	| 'upstream_error'
	| 'unreachable'
	| 'timeout';

/** `remote-token-tester:precheck`: after each check in the browser, as the token or the environment changes. */
export interface RemoteTokenTesterPrecheckDetail {
	/** `ok` when nothing rules the token out; else the problem. */
	verdict: 'ok' | 'invalid_format' | 'environment_mismatch';
	/** The environment chosen (or followed from the prefix). */
	environment: RemoteEnvironment | null;
	/** The environment the token's prefix names, or null without a Remote prefix. */
	detectedEnvironment: RemoteEnvironment | null;
}

/**
 * `remote-token-tester:verdict`: after each live test. `verdict` is `error` when the test could not
 * run; `error` then says why: the help center's refusal (`origin_not_allowed`, `too_many_requests`,
 * `server_busy`, …), `not_a_result` (something other than the tester answered, such as a proxy's
 * error page) or `unreachable` (no answer, or the browser refused to send it).
 */
export interface RemoteTokenTesterVerdictDetail {
	verdict: RemoteTokenVerdict | 'error';
	environment: RemoteEnvironment | null;
	detectedEnvironment: RemoteEnvironment | null;
	/** The Remote company the token belongs to, when `connected`. */
	companyName: string | null;
	/** Remote's HTTP status, when Remote answered. */
	upstreamStatus: number | null;
	/** When asked to wait (Remote's rate limit, or the help center's): seconds until a test can succeed. */
	retryAfterSeconds: number | null;
	error?: string;
}

export interface RemoteTokenTesterEventMap {
	'remote-token-tester:precheck': CustomEvent<RemoteTokenTesterPrecheckDetail>;
	'remote-token-tester:verdict': CustomEvent<RemoteTokenTesterVerdictDetail>;
}

/**
 * Attributes (all optional):
 * - `api`: the help center's `/api/connection-test`; without it, format and environment are checked in the browser only.
 * - `environment`: `production` or `sandbox`, to start with and keep; without it, the choice follows the token's prefix.
 * - `for`: attach mode: the id of the host form's own token `<input>`; the element then shows only the feedback, Test and the result.
 * - `environment-select`: with `for`, the host's environment control: a `<select>` by id, or a radio group by name, with values `production` and `sandbox`.
 * - `lang`: the language it speaks, `en`, `de`, `fr` or `es` (a tag such as `de-CH` is German); without it, the host page's `<html lang>`, else English. Only that language's words are downloaded, from `/embed/words/<language>.js`.
 */
export interface RemoteTokenTesterElement extends HTMLElement {
	addEventListener<K extends keyof RemoteTokenTesterEventMap>(
		type: K,
		listener: (this: RemoteTokenTesterElement, event: RemoteTokenTesterEventMap[K]) => unknown,
		options?: boolean | AddEventListenerOptions,
	): void;
	addEventListener<K extends keyof HTMLElementEventMap>(
		type: K,
		listener: (this: RemoteTokenTesterElement, event: HTMLElementEventMap[K]) => unknown,
		options?: boolean | AddEventListenerOptions,
	): void;
	addEventListener(type: string, listener: EventListenerOrEventListenerObject, options?: boolean | AddEventListenerOptions): void;
	removeEventListener<K extends keyof RemoteTokenTesterEventMap>(
		type: K,
		listener: (this: RemoteTokenTesterElement, event: RemoteTokenTesterEventMap[K]) => unknown,
		options?: boolean | EventListenerOptions,
	): void;
	removeEventListener(type: string, listener: EventListenerOrEventListenerObject, options?: boolean | EventListenerOptions): void;
}

declare global {
	interface HTMLElementTagNameMap {
		'remote-token-tester': RemoteTokenTesterElement;
	}
	// The events bubble out to the document, so listeners there are typed as well. Merged into the
	// DOM's own maps, which is what an empty interface that extends another does here.
	// eslint-disable-next-line @typescript-eslint/no-empty-object-type
	interface DocumentEventMap extends RemoteTokenTesterEventMap {}
	// eslint-disable-next-line @typescript-eslint/no-empty-object-type
	interface HTMLElementEventMap extends RemoteTokenTesterEventMap {}
}
