import { answerOptions, empty, json, refused, type EndpointAnswer } from './api-answers';
import type { EndpointRequest } from './connection-test-endpoint';
import { feedbackBody, FeedbackRequestSchema, maximumFeedbackBytes } from './feedback-schema';
import { redactSecrets } from './insights/redact';
import type { FeedbackRecord } from './insights/records';
import type { TesterLimits } from './limits';
import { logEvent } from './log';
import { refusals, type Refusal } from './refusals';
import { asksNotToBeTracked, checkOrigin, clientIdentity, corsHeaders, parseWithSchema, readJsonBody } from './request-guards';
import type { TesterSettings } from './tester-settings';

/**
 * `POST /api/feedback`: "Was this page helpful?" from the guides, and from a brand's exported copy
 * on its own site. Guarded like the tester: rate-limited per client (counted apart from tests),
 * CORS-checked against EMBED_ALLOWED_ORIGINS, JSON of a bounded size, validated by its schema.
 * A comment is stored only after every secret-looking string in it is redacted.
 */

export interface FeedbackEndpointOptions {
	settings: Pick<TesterSettings, 'embedAllowedOrigins' | 'trustProxy' | 'rateLimitPerMinute'>;
	limits: Pick<TesterLimits, 'takeRequest'>;
	/** Receives the answer to store, redacted, with its day and brand. */
	record(record: FeedbackRecord): void;
	/** The brand to record: the one the request names when this server knows it, else its own. */
	brandOf(requested: string | undefined): string;
	today(): string;
}

/** A comment as it is stored: invisible and control characters out (line breaks kept), secrets redacted, trimmed. */
export function cleanComment(comment: string | undefined): string | null {
	if (comment === undefined) return null;
	const cleaned = redactSecrets(comment.replace(/[\0-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f]/g, '')).trim();
	return cleaned === '' ? null : cleaned;
}

export function createFeedbackEndpoint({ settings, limits, record, brandOf, today }: FeedbackEndpointOptions) {
	// The tester's refusals point at its troubleshooting sections, which say nothing about an answer.
	const refuse = ({ nextStep: _, ...refusal }: Refusal, requestId: string, cors: Record<string, string> = {}, log = true) =>
		refused(refusal, requestId, cors, { log, event: 'feedback_refused' });

	async function receive(request: EndpointRequest, requestId: string): Promise<EndpointAnswer> {
		const cors = corsHeaders(request.headers.get('origin'), settings.embedAllowedOrigins);
		// Counted apart from tests: a reader who tested ten times may still say whether the page helped.
		const decision = await limits.takeRequest(`feedback:${clientIdentity(request, request.clientAddress, settings.trustProxy)}`);
		if (!decision.allowed)
			return refuse(
				refusals.tooManyRequests(settings.rateLimitPerMinute, decision.retryAfterSeconds, 'answers'),
				requestId,
				cors,
				decision.firstRefusal,
			);
		const origin = checkOrigin(request, {
			allowedOrigins: [...(request.siteOrigin ? [request.siteOrigin] : []), ...settings.embedAllowedOrigins],
			trustProxy: settings.trustProxy,
		});
		if (!origin.ok) return refuse(origin.refusal, requestId);
		const body = await readJsonBody(request, maximumFeedbackBytes);
		if (!body.ok) return refuse(body.refusal, requestId, cors);
		const input = parseWithSchema(FeedbackRequestSchema, body.value, feedbackBody);
		if (!input.ok) return refuse(input.refusal, requestId, cors);

		// As for tests: a browser that asks not to be tracked has nothing recorded, and is told so.
		if (asksNotToBeTracked(request.headers)) return json(202, { status: 'not_recorded' }, requestId, cors);
		const { page, helpful, comment, brand, answer: completing } = input.value;
		const stored = cleanComment(comment);
		// Every answer gets an id, random, which a comment sent later quotes to complete it.
		const answer = completing ?? crypto.randomUUID();
		record({ day: today(), brand: brandOf(brand), page, helpful, comment: stored, answer });
		logEvent('info', 'feedback_received', { requestId, page, helpful, comment: stored !== null, completes: completing !== undefined });
		return json(202, { status: 'received', answer }, requestId, cors);
	}

	return async (request: EndpointRequest): Promise<EndpointAnswer> => {
		const requestId = crypto.randomUUID();
		if (request.method === 'OPTIONS') return answerOptions(request, settings.embedAllowedOrigins, requestId, refuse);
		if (request.method !== 'POST')
			return refuse(refusals.methodNotAllowed(request.method, 'POST, OPTIONS', 'send a POST with a JSON body'), requestId);
		try {
			return await receive(request, requestId);
		} catch (error) {
			if (request.aborted()) return empty(400, requestId);
			logEvent('error', 'feedback_failed', { requestId, error: error instanceof Error ? error.name : typeof error });
			return refuse(refusals.internalError(), requestId, corsHeaders(request.headers.get('origin'), settings.embedAllowedOrigins));
		}
	};
}
