import type { ErrorCode, NextStep } from '../../lib/shared/connection-test-schema';
import { nextSteps, type RefusalWithGuidance } from '../../lib/shared/verdict-guidance';

/**
 * Every way the API refuses a request, in one place: its status, its code and its words. The
 * route's steps only pick one. No message here quotes what was sent: a body, a header or a key
 * may hold a token.
 */

/** A refused request: the answer's status, the `{"error": …}` body's fields and extra headers. */
export interface Refusal {
	status: number;
	code: ErrorCode;
	message: string;
	/** The request field at fault, when one is. */
	field?: string;
	headers?: Record<string, string>;
	/** For a refusal the reader can act on, the troubleshooting section about it. */
	nextStep?: NextStep;
}

const guided: Record<RefusalWithGuidance, true> = { too_many_requests: true, server_busy: true, origin_not_allowed: true };

function refusal(status: number, code: ErrorCode, message: string, extra: Pick<Refusal, 'field' | 'headers'> = {}): Refusal {
	return { status, code, message, ...extra, ...(code in guided ? { nextStep: nextSteps[code as RefusalWithGuidance] } : {}) };
}

export const refusals = {
	/** One client sent more than its share this minute (every request counts, junk too). */
	tooManyRequests: (perMinute: number, retryAfterSeconds: number, what = 'tests') =>
		refusal(
			429,
			'too_many_requests',
			`Too many requests from your address: at most ${perMinute} ${what} a minute. Try again in ${retryAfterSeconds} s.`,
			{
				headers: { 'Retry-After': String(retryAfterSeconds) },
			},
		),
	/** A browser page on another site, not listed for embedding. */
	originNotAllowed: () =>
		refusal(
			403,
			'origin_not_allowed',
			'Requests from other websites are not accepted here. Use the tester on this help center, or test from a terminal.',
		),
	/** A CORS preflight from a site not listed for embedding: the browser then never sends the token. */
	embeddingNotAllowed: () =>
		refusal(
			403,
			'origin_not_allowed',
			'This site is not allowed to use the token tester here. Its operator can list it in EMBED_ALLOWED_ORIGINS.',
		),
	/** A CORS preflight asking for anything but a JSON POST. */
	preflightNotAllowed: () => refusal(403, 'method_not_allowed', 'Only a POST with a JSON body is allowed here.'),
	/** `nameable` is the media type received when it can be quoted (see request-guards.ts), else undefined. */
	unsupportedMediaType: (nameable: string | undefined) =>
		refusal(
			415,
			'unsupported_media_type',
			`Send the body as JSON with "Content-Type: application/json"${nameable ? ` (got ${nameable})` : ''}.`,
		),
	payloadTooLarge: (maximumBytes: number) =>
		refusal(413, 'payload_too_large', `The request body is larger than ${maximumBytes} bytes; a token test needs far less.`),
	bodyNotText: () => refusal(400, 'invalid_json', 'The request body is not valid UTF-8 text.'),
	emptyBody: () => refusal(400, 'invalid_json', 'The request body is empty: send {"token": "…"}.'),
	// JSON.parse's own message quotes the input, which may be a token: never passed on.
	bodyNotJson: () => refusal(400, 'invalid_json', 'The request body is not valid JSON: send {"token": "…"}.'),
	invalidRequest: (message: string, field?: string) => refusal(400, 'invalid_request', message, field ? { field } : {}),
	methodNotAllowed: (method: string, allow: string, use: string) =>
		refusal(405, 'method_not_allowed', `${method.slice(0, 20)} is not supported here: ${use}.`, { headers: { Allow: allow } }),
	notFound: () =>
		refusal(
			404,
			'not_found',
			'There is no such API route here: the token tester is POST /api/connection-test, page feedback POST /api/feedback.',
		),
	/** The cap on tests waiting on Remote is reached: shed at once rather than queued. */
	serverBusy: (cap: number, retryAfterSeconds: number) =>
		refusal(
			503,
			'server_busy',
			`This help center is running as many live tests as it allows (${cap}). Try again in ${retryAfterSeconds} s.`,
			{
				headers: { 'Retry-After': String(retryAfterSeconds) },
			},
		),
	/** No INSIGHTS_TOKEN, or not the one sent. Says nothing of how close a guess came. */
	insightsUnauthorized: () =>
		refusal(401, 'unauthorized', 'Send the server’s INSIGHTS_TOKEN as "Authorization: Bearer <token>" to read the insights.', {
			headers: { 'WWW-Authenticate': 'Bearer realm="insights"' },
		}),
	/** The server has no INSIGHTS_TOKEN: nobody may read the insights from it. */
	insightsOff: () =>
		refusal(404, 'not_found', 'The insights API is off: this server has no INSIGHTS_TOKEN. Its operator can set one and restart it.'),
	/** Too many tries at the insights token from one address. */
	tooManyInsightsAttempts: (retryAfterSeconds: number): Refusal => ({
		// Built by hand: the tester's troubleshooting step is no help to an operator signing in.
		status: 429,
		code: 'too_many_requests',
		message: `Too many attempts at the insights token from your address. Try again in ${retryAfterSeconds} s.`,
		headers: { 'Retry-After': String(retryAfterSeconds) },
	}),
	/** A filter the insights cannot use, with what to send instead. */
	invalidInsightsQuery: (message: string, field: string) => refusal(400, 'invalid_request', message, { field }),
	/** The insights database does not answer now; the figures are there when it does. */
	insightsUnavailable: () =>
		refusal(503, 'insights_unavailable', 'The insights database is not answering right now. Try again in a minute.', {
			headers: { 'Retry-After': '60' },
		}),
	internalError: () => refusal(500, 'internal_error', 'The test could not be completed. Please try again.'),
} satisfies Record<string, (...args: never[]) => Refusal>;
