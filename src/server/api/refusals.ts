import { testerWordsFor, type ResolvedTesterWords } from '../../i18n/tester-words';
import type { ErrorCode, NextStep } from '../../lib/shared/connection-test-schema';
import { fill } from '../../lib/shared/fill-words';
import type { Locale } from '../../lib/shared/locales';
import type { RefusalWithGuidance } from '../../lib/shared/verdict-guidance';

/** What a route's rate limit counts, as its refusal says it: the tester's tests, feedback's answers, the MCP server's requests. */
export type RateLimitedThing = 'tests' | 'answers' | 'requests';
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
	/** For a refusal a tester's reader meets: its words, to say in the language the request asks for. */
	said?: Said;
}

/** A reader's refusal as words and the figures they are filled with (`what`: what the limit counts). */
interface Said {
	key: Exclude<keyof ResolvedTesterWords['refusals'], RateLimitedThing>;
	values: Record<string, string | number> & { what?: RateLimitedThing };
}

/** A refusal's message and next step in `locale`, for a tester's reader; other refusals stay as they are. */
export function sayRefusal(refusal: Refusal, locale: Locale): Refusal {
	if (!refusal.said) return refusal;
	const words = testerWordsFor(locale);
	const { what, ...values } = refusal.said.values;
	return {
		...refusal,
		message: fill(words.refusals[refusal.said.key], { ...values, ...(what ? { what: words.refusals[what] } : {}) }),
		nextStep: words.nextSteps[refusal.code as RefusalWithGuidance],
	};
}

function refusal(status: number, code: ErrorCode, message: string, extra: Pick<Refusal, 'field' | 'headers'> = {}): Refusal {
	return { status, code, message, ...extra };
}

/** A refusal a tester's reader can act on: said in English until the route knows the reader's language. */
function guidedRefusal(status: number, code: RefusalWithGuidance, said: Said, extra: Pick<Refusal, 'headers'> = {}): Refusal {
	return sayRefusal({ status, code, message: '', said, ...extra }, 'en');
}

export const refusals = {
	/** One client sent more than its share this minute (every request counts, junk too). */
	tooManyRequests: (perMinute: number, retryAfterSeconds: number, what: RateLimitedThing = 'tests') =>
		guidedRefusal(
			429,
			'too_many_requests',
			{ key: 'too_many_requests', values: { limit: perMinute, seconds: retryAfterSeconds, what } },
			{ headers: { 'Retry-After': String(retryAfterSeconds) } },
		),
	/** A browser page on another site, not listed for embedding. */
	originNotAllowed: () => guidedRefusal(403, 'origin_not_allowed', { key: 'origin_not_allowed', values: {} }),
	/** A CORS preflight from a site not listed for embedding: the browser then never sends the token. */
	embeddingNotAllowed: () => guidedRefusal(403, 'origin_not_allowed', { key: 'embedding_not_allowed', values: {} }),
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
		guidedRefusal(
			503,
			'server_busy',
			{ key: 'server_busy', values: { cap, seconds: retryAfterSeconds } },
			{ headers: { 'Retry-After': String(retryAfterSeconds) } },
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
