import type { ResultCode, verdicts } from './connection-test-codes';

/**
 * Why a connection broke, as a platform tells /reconnect/ (`?reason=<code>`): the tester's own
 * codes, its verdicts and the causes an `upstream_error` names, so a platform that re-checks a
 * stored token through `POST /api/connection-test` links its answer's `verdict` or `code` as it is.
 * Each leads to one section of the page; causes with one fix share it. The sections' ids are the
 * same in every language; renaming a code or an id breaks platforms' links.
 *
 * The page's script reads this module, so it imports the codes as types only (the unit tests hold
 * the table to every code a test answers with).
 */

/** The codes /reconnect/ understands: every verdict and result code but `connected`. */
export type ReconnectReason = Exclude<(typeof verdicts)[number] | ResultCode, 'connected'>;

/** The section of /reconnect/ that explains each reason. */
export const reconnectSections = {
	unauthorized: 'token-no-longer-accepted',
	forbidden: 'not-allowed-to-do-this',
	environment_mismatch: 'wrong-environment',
	invalid_format: 'token-copied-wrong',
	rate_limited: 'too-many-requests',
	upstream_error: 'remote-did-not-answer',
	gateway_not_found: 'remote-did-not-answer',
	unexpected_answer: 'remote-did-not-answer',
	remote_unavailable: 'remote-did-not-answer',
	unreachable: 'remote-did-not-answer',
	timeout: 'remote-did-not-answer',
} as const satisfies Record<ReconnectReason, string>;
export type ReconnectSection = (typeof reconnectSections)[ReconnectReason];

/** Every reason, in the order /guides.json and the README list them. */
export const reconnectReasons = Object.keys(reconnectSections) as [ReconnectReason, ...ReconnectReason[]];

/** The parameter that names the reason, beside the reader context's `environment` and `return`. */
export const reasonParameter = 'reason';

/** The address that opens the reconnect page on `reason`: `page` is the page's own (localized, absolute or not). */
export const reconnectHref = (page: string, reason: ReconnectReason) => `${page}?${reasonParameter}=${reason}`;

export const isReconnectReason = (value: string | null | undefined): value is ReconnectReason =>
	(reconnectReasons as readonly (string | null | undefined)[]).includes(value);

/** The reason `url` names, or null for the general page (none, or one this page does not know). */
export function reasonOf(url: URL): ReconnectReason | null {
	const reason = url.searchParams.get(reasonParameter);
	return isReconnectReason(reason) ? reason : null;
}

/** The pattern platforms fill in, as the README and /guides.json document it. */
export const reconnectUrlPattern = '/reconnect/?reason={code}&environment={production|sandbox}&return={url}';
