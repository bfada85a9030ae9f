import type { ErrorResponse } from '../shared/connection-test-schema';
import { logEvent } from './log';
import type { Refusal } from './refusals';
import { answerPreflight, type GuardedRequest } from './request-guards';

/**
 * How every API route answers: JSON that no cache keeps, a request id to quote in support, and
 * refusals in the one `{"error": …}` shape, logged without anything the request held.
 */

export interface EndpointAnswer {
	status: number;
	headers: Record<string, string>;
	/** JSON text, or null for an answer without a body. */
	body: string | null;
}

/** Answers are about one secret at one moment: never cached, by the browser or anything between. */
export function json(status: number, body: unknown, requestId: string, headers: Record<string, string> = {}): EndpointAnswer {
	return {
		status,
		headers: { 'Content-Type': 'application/json', 'Cache-Control': 'no-store', 'X-Request-Id': requestId, ...headers },
		body: JSON.stringify(body),
	};
}

export function empty(status: number, requestId: string, headers: Record<string, string> = {}): EndpointAnswer {
	return { status, headers: { 'Cache-Control': 'no-store', 'X-Request-Id': requestId, ...headers }, body: null };
}

export function refused(
	refusal: Refusal,
	requestId: string,
	headers: Record<string, string> = {},
	{ log = true, event = 'connection_test_refused' } = {},
): EndpointAnswer {
	if (log)
		logEvent(refusal.status >= 500 ? 'error' : 'warn', event, {
			requestId,
			status: refusal.status,
			code: refusal.code,
		});
	const { code, message, field, nextStep } = refusal;
	const body: ErrorResponse = { error: { code, message, ...(field ? { field } : {}), ...(nextStep ? { nextStep } : {}) } };
	return json(refusal.status, body, requestId, { ...headers, ...refusal.headers });
}

/**
 * OPTIONS to a JSON POST route: a CORS preflight from an embedding page is allowed for the origins in
 * EMBED_ALLOWED_ORIGINS and refused (without CORS headers, so the browser stops there) for any other;
 * without `Origin` it is a plain OPTIONS request, answered with what the route accepts. `refuse`
 * answers a refusal the route's own way (its log event).
 */
export function answerOptions(
	request: Pick<GuardedRequest, 'headers'>,
	embedAllowedOrigins: readonly string[],
	requestId: string,
	refuse: (refusal: Refusal, requestId: string) => EndpointAnswer,
): EndpointAnswer {
	if (request.headers.get('origin') === null) return empty(204, requestId, { Allow: 'POST, OPTIONS' });
	const answer = answerPreflight(request, embedAllowedOrigins);
	return answer.ok ? empty(204, requestId, answer.value) : refuse(answer.refusal, requestId);
}
