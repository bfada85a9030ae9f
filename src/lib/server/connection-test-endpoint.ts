import { version } from '../../../package.json';
import { runConnectionTest } from '../shared/connection-test';
import { ConnectionTestRequestSchema, maximumRequestBytes, type ErrorResponse } from '../shared/connection-test-schema';
import { logEvent } from './log';
import { FixedWindowRateLimiter } from './rate-limiter';
import { checkTokenLive, type GatewaySettings } from './remote-gateway';
import { answerPreflight, checkOrigin, clientIdentity, corsHeaders, parseWithSchema, readJsonBody, type GuardedRequest, type Refusal } from './request-guards';
import type { TesterSettings } from './tester-settings';
import { nextSteps, type RefusalWithGuidance } from '../shared/verdict-guidance';

/**
 * `/api/connection-test` and `/api/health`, independent of any framework: a request in, an answer
 * out. The server (src/server/api-routes.ts) answers them straight off Node's request, in
 * production and under `astro dev` alike.
 */

export interface EndpointRequest extends GuardedRequest {
	method: string;
	/** The socket's peer address. */
	clientAddress: string;
	/** The site's public origin (Astro's `site`), also allowed to call the route. */
	siteOrigin: string | null;
	/** Whether the client has hung up; nobody will read the answer. */
	aborted(): boolean;
	/** Aborted as the client hangs up, to stop a call to Remote nobody waits for. */
	signal?: AbortSignal;
}

export interface EndpointAnswer {
	status: number;
	headers: Record<string, string>;
	/** JSON text, or null for an answer without a body. */
	body: string | null;
}

/** Answers are about one secret at one moment: never cached, by the browser or anything between. */
function json(status: number, body: unknown, requestId: string, headers: Record<string, string> = {}): EndpointAnswer {
	return {
		status,
		headers: { 'Content-Type': 'application/json', 'Cache-Control': 'no-store', 'X-Request-Id': requestId, ...headers },
		body: JSON.stringify(body),
	};
}

function empty(status: number, requestId: string, headers: Record<string, string> = {}): EndpointAnswer {
	return { status, headers: { 'Cache-Control': 'no-store', 'X-Request-Id': requestId, ...headers }, body: null };
}

/** The refusals whose answer links to the section that explains them: what a reader can act on. */
const refusalGuidance: Record<RefusalWithGuidance, true> = { too_many_requests: true, server_busy: true, origin_not_allowed: true };

function refused(refusal: Refusal, requestId: string, headers: Record<string, string> = {}, { log = true } = {}): EndpointAnswer {
	if (log) logEvent(refusal.status >= 500 ? 'error' : 'warn', 'connection_test_refused', { requestId, status: refusal.status, code: refusal.code });
	const nextStep = refusal.code in refusalGuidance ? nextSteps[refusal.code as RefusalWithGuidance] : undefined;
	const body: ErrorResponse = {
		error: { code: refusal.code, message: refusal.message, ...(refusal.field ? { field: refusal.field } : {}), ...(nextStep ? { nextStep } : {}) },
	};
	return json(refusal.status, body, requestId, { ...headers, ...refusal.headers });
}

/** Liveness for load balancers and process managers: cheap, no upstream call, never cached. */
export function answerHealth(method = 'GET'): EndpointAnswer {
	if (method !== 'GET' && method !== 'HEAD') {
		const body: ErrorResponse = { error: { code: 'method_not_allowed', message: `${method.slice(0, 20)} is not supported here: use GET.` } };
		return json(405, body, crypto.randomUUID(), { Allow: 'GET, HEAD' });
	}
	return { status: 200, headers: { 'Content-Type': 'application/json', 'Cache-Control': 'no-store' }, body: JSON.stringify({ status: 'ok', version }) };
}

/** A path under `/api` that names no route. */
export function answerNotFound(): EndpointAnswer {
	const body: ErrorResponse = { error: { code: 'not_found', message: 'There is no such API route here: the token tester is POST /api/connection-test.' } };
	return json(404, body, crypto.randomUUID());
}

export type ConnectionTestEndpoint = (request: EndpointRequest) => Promise<EndpointAnswer>;

/** Raised instead of calling Remote when the cap on live tests is reached: the test is shed. */
class AtCapacity extends Error {}

/** The route with its settings, gateways and rate limiter. */
export function createConnectionTestEndpoint(settings: TesterSettings): ConnectionTestEndpoint {
	const gateway: GatewaySettings = { gateways: { production: settings.productionApiUrl, sandbox: settings.sandboxApiUrl }, timeoutMs: settings.timeoutMs };
	const limiter = new FixedWindowRateLimiter(settings.rateLimitPerMinute);
	/** Live checks waiting on Remote right now; at most settings.maxConcurrentTests. */
	let liveChecks = 0;
	// A refused test can try again once a slot is likely free: at worst when the oldest call times out.
	const busyRetrySeconds = Math.max(1, Math.ceil(settings.timeoutMs / 1000));

	/**
	 * `POST` with `{"token": "…", "environment"?: "production" | "sandbox"}`: checks the token's
	 * format and environment, then asks Remote once, and answers 200 with a verdict.
	 */
	async function test(request: EndpointRequest, requestId: string): Promise<EndpointAnswer> {
		// An embedding site that is allowed may read every answer, refusals and failures included.
		const cors = corsHeaders(request.headers.get('origin'), settings.embedAllowedOrigins);
		try {
			// Every request counts, well-formed, cross-site or not: a client flooding the route with
			// junk is limited like one flooding it with tests, before its body is even read. A flood
			// logs its first refusal in each window, not every one, so it cannot fill the disk.
			const decision = limiter.take(clientIdentity(request, request.clientAddress, settings.trustProxy));
			if (!decision.allowed) {
				const seconds = decision.retryAfterSeconds;
				return refused(
					{
						status: 429,
						code: 'too_many_requests',
						message: `Too many requests from your address: at most ${settings.rateLimitPerMinute} tests a minute. Try again in ${seconds} s.`,
						headers: { 'Retry-After': String(seconds) },
					},
					requestId,
					cors,
					{ log: decision.firstRefusal },
				);
			}

			const allowedOrigins = [...(request.siteOrigin ? [request.siteOrigin] : []), ...settings.embedAllowedOrigins];
			const origin = checkOrigin(request, { allowedOrigins, trustProxy: settings.trustProxy });
			if (!origin.ok) return refused(origin.refusal, requestId);
			const body = await readJsonBody(request, maximumRequestBytes);
			if (!body.ok) return refused(body.refusal, requestId, cors);
			const input = parseWithSchema(ConnectionTestRequestSchema, body.value);
			if (!input.ok) return refused(input.refusal, requestId, cors);

			let result;
			try {
				result = await runConnectionTest(input.value, async (token, environment) => {
					// Shed load beyond the cap at once: waiting tests hold sockets and memory, and a slow
					// gateway would otherwise let them pile up without bound. Only tests that reach Remote
					// count; a format check is answered whatever the load.
					if (liveChecks >= settings.maxConcurrentTests) throw new AtCapacity();
					liveChecks++;
					try {
						return await checkTokenLive(token, environment, gateway, fetch, request.signal);
					} finally {
						liveChecks--;
					}
				});
			} catch (error) {
				if (!(error instanceof AtCapacity)) throw error;
				return refused(
					{
						status: 503,
						code: 'server_busy',
						message: `This help center is running as many live tests as it allows (${settings.maxConcurrentTests}). Try again in ${busyRetrySeconds} s.`,
						headers: { 'Retry-After': String(busyRetrySeconds) },
					},
					requestId,
					cors,
				);
			}
			// The reader left while Remote was asked: the call was stopped, and nobody reads a verdict.
			if (request.signal?.aborted) {
				logEvent('warn', 'connection_test_aborted', { requestId });
				return empty(400, requestId);
			}
			logEvent('info', 'connection_test', {
				requestId,
				verdict: result.verdict,
				environment: result.environment,
				upstreamStatus: result.upstreamStatus,
				latencyMs: result.latencyMs,
			});
			return json(200, result, requestId, cors);
		} catch (error) {
			// A client that hung up mid-request is not a server fault, and nobody reads the answer.
			if (request.aborted()) {
				logEvent('warn', 'connection_test_aborted', { requestId });
				return empty(400, requestId);
			}
			// Only the error's class is logged: a message could quote input.
			logEvent('error', 'connection_test_failed', { requestId, error: error instanceof Error ? error.name : typeof error });
			return refused({ status: 500, code: 'internal_error', message: 'The test could not be completed. Please try again.' }, requestId, cors);
		}
	}

	/**
	 * CORS preflight from an embedding page: allowed for the origins in EMBED_ALLOWED_ORIGINS, refused
	 * (without CORS headers, so the browser stops there) for any other. Without `Origin` it is a plain
	 * OPTIONS request, answered with what the route accepts.
	 */
	function preflight(request: EndpointRequest, requestId: string): EndpointAnswer {
		if (request.headers.get('origin') === null) return empty(204, requestId, { Allow: 'POST, OPTIONS' });
		const answer = answerPreflight(request, settings.embedAllowedOrigins);
		if (!answer.ok) return refused(answer.refusal, requestId);
		return empty(204, requestId, answer.value);
	}

	return async (request) => {
		const requestId = crypto.randomUUID();
		if (request.method === 'POST') return test(request, requestId);
		if (request.method === 'OPTIONS') return preflight(request, requestId);
		return refused(
			{
				status: 405,
				code: 'method_not_allowed',
				message: `${request.method.slice(0, 20)} is not supported here: send a POST with a JSON body.`,
				headers: { Allow: 'POST, OPTIONS' },
			},
			requestId,
		);
	};
}
