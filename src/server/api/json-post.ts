import type { z } from 'zod';
import type { TesterLimits } from '../../lib/server/limits';
import { logEvent } from '../../lib/server/log';
import { defaultLocale, negotiateLocale, type Locale } from '../../lib/shared/locales';
import type { RequestPolicy } from '../help-center-settings';
import { answerOptions, empty, refused, type Answer } from './answers';
import { refusals, sayRefusal, type RateLimitedThing, type Refusal } from './refusals';
import { checkOrigin, clientIdentity, corsHeaders, parseWithSchema, readJsonBody, type BodyDescription } from './request-guards';
import type { Route, RouteRequest } from './route';

/**
 * The one guard every JSON POST route goes through, in this order: a CORS preflight answered,
 * then rate limit → origin → media type and body → schema (any other method is the route table's
 * to answer: it registers the guard for POST and OPTIONS alone). A route keeps only its
 * own step, which receives the parsed input. Refusals and failures are logged under the route's
 * name (`connection_test_refused`, `feedback_failed`…), never with anything the request held.
 */

/** What the guard needs from the server: who may call, the limits, and the site's own origin. */
export interface JsonPostGuard {
	policy: RequestPolicy;
	/** The site's public origin (from its build), also allowed to call the routes. */
	siteOrigin: string | null;
	limits: Pick<TesterLimits, 'takeRequest'>;
	/** The requests one client may send a minute, for the refusal's words. */
	rateLimitPerMinute: number;
}

export interface JsonPostRule<Input> {
	/** The route in the log: `connection_test` logs `connection_test_refused`, `…_failed` and `…_aborted`. */
	name: string;
	/**
	 * The rate-limit key for a client (routes that count apart prefix it), what the limit counts, in
	 * words, and the route's own figure a minute when it has one (else the guard's).
	 */
	limit: { keyOf(client: string): string; counts: RateLimitedThing; perMinute?: number };
	maxBytes: number;
	schema: z.ZodType<Input>;
	/** How refusals describe the body this route expects. */
	body: BodyDescription;
	/**
	 * Whether refusals carry their troubleshooting section: the tester's readers need it; another
	 * route's readers (a feedback answer) are not helped by the tester's sections.
	 */
	nextSteps: boolean;
}

export interface JsonPostContext {
	request: RouteRequest;
	requestId: string;
	/** The CORS headers every answer to this request carries (none for a same-site request). */
	cors: Record<string, string>;
	/** A refusal in the route's own shape and log. */
	refuse(refusal: Refusal, log?: boolean): Answer;
}

export function jsonPost<Input>(
	guard: JsonPostGuard,
	rule: JsonPostRule<Input>,
	step: (input: Input, context: JsonPostContext) => Promise<Answer>,
): Route {
	const { policy } = guard;
	const allowedOrigins = [...(guard.siteOrigin ? [guard.siteOrigin] : []), ...policy.embedAllowedOrigins];
	const refuseFor =
		(requestId: string, cors: Record<string, string> = {}, locale: Locale = defaultLocale) =>
		(refusal: Refusal, log = true) => {
			// A tester's reader gets the refusal in their language, with the section about it; another
			// route's reader (a feedback answer) is not helped by the tester's sections.
			const { nextStep, said: _said, ...plain } = rule.nextSteps ? sayRefusal(refusal, locale) : refusal;
			return refused(rule.nextSteps && nextStep ? { ...plain, nextStep } : plain, requestId, cors, { event: `${rule.name}_refused`, log });
		};

	async function guarded(request: RouteRequest, requestId: string): Promise<Answer> {
		// An embedding site that is allowed may read every answer, refusals and failures included.
		const cors = corsHeaders(request.headers.get('origin'), policy.embedAllowedOrigins);
		// Refusals come before the body (and its `locale`) is read: the testers send their page's
		// language as `Accept-Language` too.
		const refuse = refuseFor(requestId, cors, negotiateLocale(request.headers.get('accept-language')));
		// 1. Limit. Every request counts, well-formed, cross-site or not, before its body is read: a
		// flood of junk is limited like a flood of real ones. Only the first refusal of a window is logged.
		const client = clientIdentity(request, request.clientAddress, policy.trustedProxies);
		const perMinute = rule.limit.perMinute ?? guard.rateLimitPerMinute;
		const decision = await guard.limits.takeRequest(rule.limit.keyOf(client.key), perMinute);
		if (!decision.allowed) {
			return refuse(refusals.tooManyRequests(perMinute, decision.retryAfterSeconds, rule.limit.counts), decision.firstRefusal);
		}
		// 2. Origin: this site's pages, listed embedding sites, and clients that send no Origin.
		const origin = checkOrigin(request, { allowedOrigins, viaTrustedProxy: client.viaTrustedProxy });
		if (!origin.ok) return refuseFor(requestId, {}, negotiateLocale(request.headers.get('accept-language')))(origin.refusal);
		// 3. Media type and body: JSON, within the size cap.
		const body = await readJsonBody(request, rule.maxBytes);
		if (!body.ok) return refuse(body.refusal);
		// 4. Schema.
		const input = parseWithSchema(rule.schema, body.value, rule.body);
		if (!input.ok) return refuse(input.refusal);
		// 5. The route's own step.
		return step(input.value, { request, requestId, cors, refuse });
	}

	return async (request) => {
		const requestId = crypto.randomUUID();
		if (request.method === 'OPTIONS') return answerOptions(request, policy.embedAllowedOrigins, requestId, refuseFor(requestId));
		try {
			return await guarded(request, requestId);
		} catch (error) {
			// A client that hung up mid-request is not a server fault, and nobody reads the answer.
			if (request.aborted()) {
				logEvent('warn', `${rule.name}_aborted`, { requestId });
				return empty(400, requestId);
			}
			// Only the error's class is logged: a message could quote input.
			logEvent('error', `${rule.name}_failed`, { requestId, error: error instanceof Error ? error.name : typeof error });
			return refuseFor(requestId, corsHeaders(request.headers.get('origin'), policy.embedAllowedOrigins))(refusals.internalError());
		}
	};
}
