import type { IncomingMessage, OutgoingHttpHeaders, ServerResponse } from 'node:http';
import type { ErrorResponse } from '../../lib/shared/connection-test-schema';
import { logEvent } from '../../lib/server/log';
import type { Refusal } from './refusals';
import { answerPreflight, type GuardedRequest } from './request-guards';

/**
 * What every route answers, and the one place an answer is written: a route returns its status,
 * headers and body, and `send` writes it. API answers are JSON that no cache keeps, with a request
 * id to quote in support, and refusals in the one `{"error": …}` shape, logged under the route's
 * own event without anything the request held.
 */

export interface Answer {
	status: number;
	headers: OutgoingHttpHeaders;
	/** The body as text, or null for an answer without one. */
	body: string | null;
}

/** Answers are about one secret at one moment: never cached, by the browser or anything between. */
export function json(status: number, body: unknown, requestId: string, headers: Record<string, string> = {}): Answer {
	return {
		status,
		headers: { 'Content-Type': 'application/json', 'Cache-Control': 'no-store', 'X-Request-Id': requestId, ...headers },
		body: JSON.stringify(body),
	};
}

export function empty(status: number, requestId: string, headers: Record<string, string> = {}): Answer {
	return { status, headers: { 'Cache-Control': 'no-store', 'X-Request-Id': requestId, ...headers }, body: null };
}

export interface RefusalLog {
	/** The route's event for its refusals, e.g. `connection_test_refused`. */
	event: string;
	/** Whether to log it at all (a repeat of a refusal already logged, or a 405 to a probe, is not). */
	log?: boolean;
}

export function refused(refusal: Refusal, requestId: string, headers: Record<string, string>, { event, log = true }: RefusalLog): Answer {
	if (log)
		logEvent(refusal.status >= 500 ? 'error' : 'warn', event, {
			requestId,
			status: refusal.status,
			code: refusal.code,
		});
	return json(refusal.status, errorBody(refusal), requestId, { ...headers, ...refusal.headers });
}

/** A refusal as the API's one `{"error": …}` body: its field and next step only when it has them. */
export function errorBody({ code, message, field, nextStep }: Refusal): ErrorResponse {
	return { error: { code, message, ...(field ? { field } : {}), ...(nextStep ? { nextStep } : {}) } };
}

/** Whether the client declared a body that has not been read to its end. */
function hasUnreadBody(request: IncomingMessage): boolean {
	if (request.complete) return false;
	const length = request.headers['content-length'];
	return request.headers['transfer-encoding'] !== undefined || (length !== undefined && length !== '0');
}

/**
 * Writes `answer`, after the headers every answer carries (`common`, which the answer's own
 * override). A HEAD request gets the headers alone.
 */
export function send(request: IncomingMessage, response: ServerResponse, answer: Answer, common: OutgoingHttpHeaders = {}): void {
	// Ended with the text itself: Node then sends headers and body in one write, not a writev.
	const body = answer.body ?? undefined;
	response.writeHead(answer.status, {
		...common,
		...answer.headers,
		...(body === undefined ? {} : { 'Content-Length': Buffer.byteLength(body) }),
		// A body left unread (a refusal decided before reading it) is not worth draining: close.
		...(hasUnreadBody(request) ? { Connection: 'close' } : {}),
	});
	response.end(request.method === 'HEAD' ? undefined : body);
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
	refuse: (refusal: Refusal) => Answer,
): Answer {
	if (request.headers.get('origin') === null) return empty(204, requestId, { Allow: 'POST, OPTIONS' });
	const answer = answerPreflight(request, embedAllowedOrigins);
	return answer.ok ? empty(204, requestId, answer.value) : refuse(answer.refusal);
}
