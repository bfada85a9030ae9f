import type { FeedbackRecord } from '../../lib/server/insights/records';
import { cleanComment } from '../../lib/shared/secret-redaction';
import { logEvent } from '../../lib/server/log';
import { json } from './answers';
import { feedbackBody, FeedbackRequestSchema, maximumFeedbackBytes } from './feedback-schema';
import { jsonPost, type JsonPostGuard } from './json-post';
import { asksNotToBeTracked } from './request-guards';
import type { Route } from './route';

/**
 * `POST /api/feedback`: "Was this page helpful?" from the guides, and from a brand's exported copy
 * on its own site, behind the same JSON guard as the tester (its rate limit counted apart). A
 * comment is stored only after every secret-looking string in it is redacted.
 */

export interface FeedbackRouteOptions {
	guard: JsonPostGuard;
	/** Receives the answer to store, redacted, with its day and brand. */
	record(record: FeedbackRecord): void;
	/** The brand to record: the one the request names when this server knows it, else its own. */
	brandOf(requested: string | undefined): string;
	today(): string;
}

export function feedbackRoute({ guard, record, brandOf, today }: FeedbackRouteOptions): Route {
	return jsonPost(
		guard,
		{
			name: 'feedback',
			// Counted apart from tests: a reader who tested ten times may still say whether the page helped.
			limit: { keyOf: (client) => `feedback:${client}`, counts: 'answers' },
			maxBytes: maximumFeedbackBytes,
			schema: FeedbackRequestSchema,
			body: feedbackBody,
			nextSteps: false,
		},
		async (input, { request, requestId, cors }) => {
			// As for tests: a browser that asks not to be tracked has nothing recorded, and is told so.
			if (asksNotToBeTracked(request.headers)) return json(202, { status: 'not_recorded' }, requestId, cors);
			const { page, locale, helpful, comment, brand, answer: completing } = input;
			const stored = cleanComment(comment);
			// Every answer gets an id, random, which a comment sent later quotes to complete it.
			const answer = completing ?? crypto.randomUUID();
			record({ day: today(), brand: brandOf(brand), page, locale, helpful, comment: stored, answer, source: 'reader' });
			logEvent('info', 'feedback_received', {
				requestId,
				page,
				locale,
				helpful,
				comment: stored !== null,
				completes: completing !== undefined,
			});
			return json(202, { status: 'received', answer }, requestId, cors);
		},
	);
}
