import type { APIRoute } from 'astro';
import { runConnectionTest } from '../../lib/connection-test';
import { ConnectionTestRequestSchema, maximumRequestBytes, type ErrorResponse } from '../../lib/connection-test-schema';
import { logEvent } from '../../lib/log';
import { FixedWindowRateLimiter } from '../../lib/rate-limiter';
import { checkTokenLive, type GatewaySettings } from '../../lib/remote-gateway';
import { answerPreflight, checkOrigin, clientIdentity, corsHeaders, parseWithSchema, readJsonBody, type Refusal } from '../../lib/request-guards';
import { readTesterSettings, type TesterSettings } from '../../lib/tester-settings';

export const prerender = false;

interface Tester {
	settings: TesterSettings;
	gateway: GatewaySettings;
	limiter: FixedWindowRateLimiter;
}

let tester: Tester | undefined;

/**
 * The settings, gateways and rate limiter, made on first use. `npm start` has already checked the
 * settings; when the server was started some other way with a bad one, this throws on every test
 * (answered as a JSON 500 naming the problem) rather than guessing a value.
 */
function getTester(): Tester {
	if (!tester) {
		const settings = readTesterSettings();
		tester = {
			settings,
			gateway: { gateways: { production: settings.productionApiUrl, sandbox: settings.sandboxApiUrl }, timeoutMs: settings.timeoutMs },
			limiter: new FixedWindowRateLimiter(settings.rateLimitPerMinute),
		};
	}
	return tester;
}

/** Answers are about one secret at one moment: never cached, by the browser or anything between. */
function json(status: number, body: unknown, requestId: string, headers: Record<string, string> = {}): Response {
	return Response.json(body, { status, headers: { 'Cache-Control': 'no-store', 'X-Request-Id': requestId, ...headers } });
}

function refused(refusal: Refusal, requestId: string, headers: Record<string, string> = {}): Response {
	logEvent(refusal.status >= 500 ? 'error' : 'warn', 'connection_test_refused', { requestId, status: refusal.status, code: refusal.code });
	const body: ErrorResponse = { error: { code: refusal.code, message: refusal.message, ...(refusal.field ? { field: refusal.field } : {}) } };
	return json(refusal.status, body, requestId, { ...headers, ...refusal.headers });
}

/**
 * `POST /api/connection-test` with `{"token": "…", "environment"?: "production" | "sandbox"}`:
 * checks the token's format and environment, then asks Remote once, and answers 200 with a verdict.
 */
export const POST: APIRoute = async ({ request, clientAddress, site }) => {
	const requestId = crypto.randomUUID();
	let current: Tester;
	try {
		current = getTester();
	} catch (error) {
		// The message names the variable and its value (settings, never a token).
		logEvent('error', 'settings_invalid', { requestId, message: error instanceof Error ? error.message : String(error) });
		return refused(
			{ status: 500, code: 'server_misconfigured', message: 'The token tester is not configured correctly on this server; its operator has been told in the log.' },
			requestId,
		);
	}
	const { settings, gateway, limiter } = current;
	// An embedding site that is allowed may read every answer, refusals and failures included.
	const cors = corsHeaders(request.headers.get('origin'), settings.embedAllowedOrigins);
	try {
		const allowedOrigins = [...(site ? [site.origin] : []), ...settings.embedAllowedOrigins];
		const origin = checkOrigin(request, { allowedOrigins, trustProxy: settings.trustProxy });
		if (!origin.ok) return refused(origin.refusal, requestId);
		const body = await readJsonBody(request, maximumRequestBytes);
		if (!body.ok) return refused(body.refusal, requestId, cors);
		const input = parseWithSchema(ConnectionTestRequestSchema, body.value);
		if (!input.ok) return refused(input.refusal, requestId, cors);

		const decision = limiter.take(clientIdentity(request, clientAddress, settings.trustProxy));
		if (!decision.allowed) {
			const seconds = decision.retryAfterSeconds;
			return refused(
				{
					status: 429,
					code: 'too_many_requests',
					message: `Too many tests from your address: at most ${settings.rateLimitPerMinute} a minute. Try again in ${seconds} s.`,
					headers: { 'Retry-After': String(seconds) },
				},
				requestId,
				cors,
			);
		}

		const result = await runConnectionTest(input.value, (token, environment) => checkTokenLive(token, environment, gateway));
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
		if (request.signal.aborted) {
			logEvent('warn', 'connection_test_aborted', { requestId });
			return new Response(null, { status: 400, headers: { 'Cache-Control': 'no-store', 'X-Request-Id': requestId } });
		}
		// Only the error's class is logged: a message could quote input.
		logEvent('error', 'connection_test_failed', { requestId, error: error instanceof Error ? error.name : typeof error });
		return refused({ status: 500, code: 'internal_error', message: 'The test could not be completed. Please try again.' }, requestId, cors);
	}
};

/**
 * CORS preflight from an embedding page: allowed for the origins in EMBED_ALLOWED_ORIGINS, refused
 * (without CORS headers, so the browser stops there) for any other. Without `Origin` it is a plain
 * OPTIONS request, answered with what the route accepts.
 */
export const OPTIONS: APIRoute = ({ request }) => {
	const requestId = crypto.randomUUID();
	if (request.headers.get('origin') === null) {
		return new Response(null, { status: 204, headers: { Allow: 'POST, OPTIONS', 'Cache-Control': 'no-store', 'X-Request-Id': requestId } });
	}
	let embedAllowedOrigins: string[];
	try {
		embedAllowedOrigins = getTester().settings.embedAllowedOrigins;
	} catch {
		embedAllowedOrigins = [];
	}
	const preflight = answerPreflight(request, embedAllowedOrigins);
	if (!preflight.ok) return refused(preflight.refusal, requestId);
	return new Response(null, { status: 204, headers: { ...preflight.value, 'Cache-Control': 'no-store', 'X-Request-Id': requestId } });
};

/** Any other method: say which one works. */
export const ALL: APIRoute = ({ request }) => {
	const requestId = crypto.randomUUID();
	return refused(
		{
			status: 405,
			code: 'method_not_allowed',
			message: `${request.method.slice(0, 20)} is not supported here: send a POST with a JSON body.`,
			headers: { Allow: 'POST' },
		},
		requestId,
	);
};
