import { version } from '../../../package.json';
import { completeLiveCheck, precheckToken } from '../shared/connection-test';
import { testerWords } from '../shared/tester-words';
import { ConnectionTestRequestSchema, maximumRequestBytes, type ConnectionTestResult } from '../shared/connection-test-schema';
import { answerOptions, empty, json, refused, type EndpointAnswer } from './api-answers';
import { localLimits, type TesterLimits } from './limits';
import { logEvent } from './log';
import { refusals } from './refusals';
import { checkTokenLive, type GatewaySettings } from './remote-gateway';
import {
	asksNotToBeTracked,
	checkOrigin,
	clientIdentity,
	corsHeaders,
	parseWithSchema,
	readJsonBody,
	type GuardedRequest,
} from './request-guards';
import type { TesterSettings } from './tester-settings';

export type { EndpointAnswer };

/** Where a completed test came from, as the request says it: what the insights record beside its verdict. */
export interface TestOrigin {
	page: string | undefined;
	brand: string | undefined;
	/** The request carried `DNT: 1` or `Sec-GPC: 1`: nothing about it may be recorded. */
	doNotTrack: boolean;
}

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

/**
 * Liveness for load balancers and process managers: cheap, no upstream call, never cached. It
 * also says whether the tester's limits are shared with other instances (through Redis) or counted
 * in this process alone.
 */
export function answerHealth(method = 'GET', limits: TesterLimits['mode'] = 'local', insights: 'ok' | 'degraded' = 'ok'): EndpointAnswer {
	if (method !== 'GET' && method !== 'HEAD')
		return refused(refusals.methodNotAllowed(method, 'GET, HEAD', 'use GET'), crypto.randomUUID(), {}, { log: false });
	return {
		status: 200,
		headers: { 'Content-Type': 'application/json', 'Cache-Control': 'no-store' },
		body: JSON.stringify({ status: 'ok', version, limits, insights }),
	};
}

/** A path under `/api` that names no route. */
export function answerNotFound(): EndpointAnswer {
	return refused(refusals.notFound(), crypto.randomUUID(), {}, { log: false });
}

export type ConnectionTestEndpoint = (request: EndpointRequest) => Promise<EndpointAnswer>;

/**
 * The tester route with its settings, gateways and limits (this process's own, unless shared
 * ones are given). A test is one straight pipeline, each step answering or passing on:
 * limit → origin → media type and body → schema → format and environment → cap → live check → log.
 */
export function createConnectionTestEndpoint(
	settings: TesterSettings,
	limits: TesterLimits = localLimits(settings),
	/** Told of each completed test (the insights record it); never given the token. */
	onTested: (result: ConnectionTestResult, origin: TestOrigin) => void = () => undefined,
): ConnectionTestEndpoint {
	const gateway: GatewaySettings = {
		gateways: { production: settings.productionApiUrl, sandbox: settings.sandboxApiUrl },
		timeoutMs: settings.timeoutMs,
	};
	// A test shed at the cap can try again once a place is likely free: at worst when the oldest call times out.
	const busyRetrySeconds = Math.max(1, Math.ceil(settings.timeoutMs / 1000));

	/** The answer to a completed test, logged: the verdict and its figures, never the token. */
	function answered(result: ConnectionTestResult, requestId: string, cors: Record<string, string>, origin: TestOrigin): EndpointAnswer {
		logEvent('info', 'connection_test', {
			requestId,
			verdict: result.verdict,
			environment: result.environment,
			upstreamStatus: result.upstreamStatus,
			latencyMs: result.latencyMs,
		});
		onTested(result, origin);
		return json(200, result, requestId, cors);
	}

	/**
	 * `POST` with `{"token": "…", "environment"?: "production" | "sandbox"}`: checks the token's
	 * format and environment, then asks Remote once, and answers 200 with a verdict.
	 */
	async function test(request: EndpointRequest, requestId: string): Promise<EndpointAnswer> {
		// An embedding site that is allowed may read every answer, refusals and failures included.
		const cors = corsHeaders(request.headers.get('origin'), settings.embedAllowedOrigins);

		// 1. Limit. Every request counts, well-formed, cross-site or not, before its body is read: a
		// flood of junk is limited like a flood of tests. Only the first refusal of a window is logged.
		const decision = await limits.takeRequest(clientIdentity(request, request.clientAddress, settings.trustProxy));
		if (!decision.allowed) {
			return refused(refusals.tooManyRequests(settings.rateLimitPerMinute, decision.retryAfterSeconds), requestId, cors, {
				log: decision.firstRefusal,
			});
		}
		// 2. Origin: this site's pages, listed embedding sites, and clients that send no Origin.
		const origin = checkOrigin(request, {
			allowedOrigins: [...(request.siteOrigin ? [request.siteOrigin] : []), ...settings.embedAllowedOrigins],
			trustProxy: settings.trustProxy,
		});
		if (!origin.ok) return refused(origin.refusal, requestId);
		// 3. Media type and body: JSON, within the size cap.
		const body = await readJsonBody(request, maximumRequestBytes);
		if (!body.ok) return refused(body.refusal, requestId, cors);
		// 4. Schema.
		const input = parseWithSchema(ConnectionTestRequestSchema, body.value);
		if (!input.ok) return refused(input.refusal, requestId, cors);
		const testOrigin: TestOrigin = {
			page: input.value.page,
			brand: input.value.brand,
			doNotTrack: asksNotToBeTracked(request.headers),
		};
		// 5. Format and environment, decided here without Remote, whatever the load.
		const precheck = precheckToken(input.value, testerWords);
		if ('result' in precheck) return answered(precheck.result, requestId, cors, testOrigin);
		// 6. Cap: only tests that would wait on Remote take a place.
		const slot = await limits.acquireTestSlot();
		if (!slot) return refused(refusals.serverBusy(settings.maxConcurrentTests, busyRetrySeconds), requestId, cors);
		// 7. The live check, stopped if the reader hangs up.
		let live;
		try {
			live = await checkTokenLive(precheck.ready.token, precheck.ready.environment, gateway, fetch, request.signal);
		} finally {
			slot.release();
		}
		// The reader left while Remote was asked: the call was stopped, and nobody reads a verdict.
		if (request.signal?.aborted) {
			logEvent('warn', 'connection_test_aborted', { requestId });
			return empty(400, requestId);
		}
		// 8. Log and answer.
		return answered(completeLiveCheck(precheck.ready, live), requestId, cors, testOrigin);
	}

	return async (request) => {
		const requestId = crypto.randomUUID();
		if (request.method === 'OPTIONS') return answerOptions(request, settings.embedAllowedOrigins, requestId, refused);
		if (request.method !== 'POST')
			return refused(refusals.methodNotAllowed(request.method, 'POST, OPTIONS', 'send a POST with a JSON body'), requestId);
		try {
			return await test(request, requestId);
		} catch (error) {
			// A client that hung up mid-request is not a server fault, and nobody reads the answer.
			if (request.aborted()) {
				logEvent('warn', 'connection_test_aborted', { requestId });
				return empty(400, requestId);
			}
			// Only the error's class is logged: a message could quote input.
			logEvent('error', 'connection_test_failed', { requestId, error: error instanceof Error ? error.name : typeof error });
			const cors = corsHeaders(request.headers.get('origin'), settings.embedAllowedOrigins);
			return refused(refusals.internalError(), requestId, cors);
		}
	};
}
