import { version } from '../../../package.json';
import { testerWordsFor } from '../../i18n/tester-words';
import { completeLiveCheck, precheckToken } from '../../lib/shared/connection-test';
import { ConnectionTestRequestSchema, maximumRequestBytes, type ConnectionTestResult } from '../../lib/shared/connection-test-schema';
import { defaultLocale, localeOfTag, negotiateLocale, type Locale } from '../../lib/shared/locales';
import type { TesterLimits } from '../../lib/server/limits';
import { logEvent } from '../../lib/server/log';
import { checkTokenLive, type GatewaySettings } from '../../lib/server/remote-gateway';
import { empty, json, type Answer } from './answers';
import { jsonPost, type JsonPostGuard } from './json-post';
import { refusals } from './refusals';
import { asksNotToBeTracked, connectionTestBody } from './request-guards';
import type { Route } from './route';

/** Where a completed test came from, as the request says it: what the insights record beside its verdict. */
export interface TestOrigin {
	page: string | undefined;
	brand: string | undefined;
	/** The request carried `DNT: 1` or `Sec-GPC: 1`: nothing about it may be recorded. */
	doNotTrack: boolean;
}

/**
 * The language a test is answered in: the request's `locale` when it names one of the help
 * center's languages (a language it is not written in gets English, as asked for by name), else
 * what the request's `Accept-Language` prefers, else English.
 */
export function answerLocale(locale: string | undefined, acceptLanguage: string | undefined): Locale {
	if (locale !== undefined) return localeOfTag(locale) ?? defaultLocale;
	return negotiateLocale(acceptLanguage) ?? defaultLocale;
}

/**
 * Liveness for load balancers and process managers: cheap, no upstream call, never cached. It
 * also says whether the limits are shared with other instances (through Redis) or counted in this
 * process alone, and whether the insights are recording.
 */
export function healthRoute(limits: Pick<TesterLimits, 'mode'>, insightsStatus: () => 'ok' | 'degraded'): Route {
	return () => ({
		status: 200,
		headers: { 'Content-Type': 'application/json', 'Cache-Control': 'no-store' },
		body: JSON.stringify({ status: 'ok', version, limits: limits.mode, insights: insightsStatus() }),
	});
}

export interface ConnectionTestRouteOptions {
	guard: JsonPostGuard;
	gateway: GatewaySettings;
	limits: Pick<TesterLimits, 'acquireTestSlot'>;
	/** Tests that may wait on Remote at once, for the refusal's words. */
	maxConcurrentTests: number;
	/** Told of each completed test (the insights record it); never given the token. */
	onTested?(result: ConnectionTestResult, origin: TestOrigin): void;
}

/**
 * `POST /api/connection-test` with `{"token": "…", "environment"?: "production" | "sandbox", "locale"?: "de"}`:
 * behind the JSON guard, one straight pipeline, each step answering or passing on:
 * format and environment → cap → live check → log.
 */
export function connectionTestRoute({
	guard,
	gateway,
	limits,
	maxConcurrentTests,
	onTested = () => undefined,
}: ConnectionTestRouteOptions): Route {
	// A test shed at the cap can try again once a place is likely free: at worst when the oldest call times out.
	const busyRetrySeconds = Math.max(1, Math.ceil(gateway.timeoutMs / 1000));

	/** The answer to a completed test, logged: the verdict and its figures, never the token. */
	function answered(result: ConnectionTestResult, requestId: string, cors: Record<string, string>, origin: TestOrigin): Answer {
		logEvent('info', 'connection_test', {
			requestId,
			verdict: result.verdict,
			environment: result.environment,
			upstreamStatus: result.upstreamStatus,
			latencyMs: result.latencyMs,
		});
		onTested(result, origin);
		return json(200, result, requestId, { ...cors, 'Content-Language': result.locale });
	}

	return jsonPost(
		guard,
		{
			name: 'connection_test',
			limit: { keyOf: (client) => client, counts: 'tests' },
			maxBytes: maximumRequestBytes,
			schema: ConnectionTestRequestSchema,
			body: connectionTestBody,
			nextSteps: true,
		},
		async (input, { request, requestId, cors, refuse }) => {
			const testOrigin: TestOrigin = { page: input.page, brand: input.brand, doNotTrack: asksNotToBeTracked(request.headers) };
			const words = testerWordsFor(answerLocale(input.locale, request.headers.get('accept-language') ?? undefined));
			// Format and environment, decided here without Remote, whatever the load.
			const precheck = precheckToken(input, words);
			if ('result' in precheck) return answered(precheck.result, requestId, cors, testOrigin);
			// Cap: only tests that would wait on Remote take a place.
			const slot = await limits.acquireTestSlot();
			if (!slot) return refuse(refusals.serverBusy(maxConcurrentTests, busyRetrySeconds));
			// The live check, stopped if the reader hangs up.
			let live;
			try {
				live = await checkTokenLive(precheck.ready.token, precheck.ready.environment, gateway, fetch, request.signal);
			} finally {
				slot.release();
			}
			// The reader left while Remote was asked: the call was stopped, and nobody reads a verdict.
			if (request.signal.aborted) {
				logEvent('warn', 'connection_test_aborted', { requestId });
				return empty(400, requestId);
			}
			return answered(completeLiveCheck(precheck.ready, live, words), requestId, cors, testOrigin);
		},
	);
}
