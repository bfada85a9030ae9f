// The peer a Node developer would reach for instead of our front door: the same two routes in
// Fastify, with the same rules and answers. `POST /api/connection-test` limits the client, checks
// its origin, takes JSON only within the same size cap, parses with the same schema and answers
// the same verdicts (a format the browser could check answers without Remote, as ours does), and
// does what ours does with each test: one log line, and its outcome counted in the insights;
// `GET /api/health` says the same. Each rule uses Fastify's own way where it has one (its body
// limit, its JSON parser and media-type refusal, its reply headers). npm run bench bundles it
// with esbuild and loads it beside ours in one wrk run: `node fastify-server.mjs`, with the
// settings in the environment; it prints the address it listens on.
import { clientKey } from '../../src/lib/server/client-address';
import Fastify, { type FastifyReply } from 'fastify';
import { version } from '../../package.json';
import { localLimits } from '../../src/lib/server/limits';
import { logEvent } from '../../src/lib/server/log';
import { precheckToken } from '../../src/lib/shared/connection-test';
import { ConnectionTestRequestSchema, maximumRequestBytes } from '../../src/lib/shared/connection-test-schema';
import { testerWordsFor } from '../../src/i18n/tester-words';
import { answerLocale } from '../../src/server/api/connection-test-route';
import { errorBody } from '../../src/server/api/answers';
import { refusals, type Refusal } from '../../src/server/api/refusals';
import { asksNotToBeTracked, connectionTestBody, headerReader, parseWithSchema } from '../../src/server/api/request-guards';
import { readHelpCenterSettings } from '../../src/server/help-center-settings';
import { createInsightsService } from '../../src/server/insights/insights-service';
import { securityHeaders } from '../../src/server/security-headers';

const settings = readHelpCenterSettings(process.env);
const insights = createInsightsService({
	settings: settings.insights,
	siteBrand: 'default',
	knownBrands: ['default'],
	siteTitle: 'Bench',
	servedOverHttps: false,
	trustedProxies: settings.requestPolicy.trustedProxies,
});
const limits = localLimits(settings.limits);
const headers = securityHeaders(settings.server);
const allowedOrigins = new Set(settings.requestPolicy.embedAllowedOrigins);

// Request ids as ours makes them (random UUIDs), so both answers carry the same header; and the
// same protections against slow and idle clients as ours (standalone.ts): a deadline for the
// request, the idle-connection timeout, and the cap on connections.
const { server: serverSettings, gateway } = settings;
const app = Fastify({
	bodyLimit: maximumRequestBytes,
	logger: false,
	// Fastify takes the same list of addresses and CIDR ranges.
	trustProxy: settings.requestPolicy.trustedProxies.entries.length > 0 ? [...settings.requestPolicy.trustedProxies.entries] : false,
	genReqId: () => crypto.randomUUID(),
	requestTimeout: serverSettings.clientTimeoutMs,
	connectionTimeout: Math.max(serverSettings.clientTimeoutMs, gateway.timeoutMs) + 2000,
});
app.server.headersTimeout = serverSettings.clientTimeoutMs;
app.server.maxConnections = serverSettings.maxConnections;

app.addHook('onSend', async (request, reply) => {
	reply.headers({ ...headers, 'Cache-Control': 'no-store', 'X-Request-Id': request.id });
});

/** A refusal in the same `{"error": …}` shape as ours, its troubleshooting section included. */
const refuse = (reply: FastifyReply, refusal: Refusal) =>
	reply
		.code(refusal.status)
		.headers(refusal.headers ?? {})
		.send(errorBody(refusal));

// JSON only, as ours: Fastify would otherwise also parse text/plain bodies.
app.removeContentTypeParser('text/plain');
// Fastify's own refusals (media type, size, JSON syntax), answered in the same shape as ours.
app.setErrorHandler((error: { code?: string; statusCode?: number }, _request, reply) => {
	if (error.code === 'FST_ERR_CTP_INVALID_MEDIA_TYPE') return refuse(reply, refusals.unsupportedMediaType(undefined));
	if (error.code === 'FST_ERR_CTP_BODY_TOO_LARGE') return refuse(reply, refusals.payloadTooLarge(maximumRequestBytes));
	if (error.code === 'FST_ERR_CTP_EMPTY_JSON_BODY') return refuse(reply, refusals.emptyBody());
	if (error.statusCode === 400) return refuse(reply, refusals.bodyNotJson());
	return refuse(reply, refusals.internalError());
});

app.get('/api/health', async () => ({ status: 'ok', version, limits: limits.mode, insights: insights.recorder.status }));

app.post('/api/connection-test', {
	// Rate limit, then origin, before Fastify reads the body: as ours does.
	onRequest: async (request, reply) => {
		const decision = await limits.takeRequest(clientKey(request.ip));
		if (!decision.allowed)
			return refuse(reply, refusals.tooManyRequests(settings.limits.rateLimitPerMinute, decision.retryAfterSeconds, 'tests'));
		const origin = request.headers.origin;
		if (origin && !allowedOrigins.has(origin)) return refuse(reply, refusals.originNotAllowed());
	},
	handler: async (request, reply) => {
		const input = parseWithSchema(ConnectionTestRequestSchema, request.body, connectionTestBody);
		if (!input.ok) return refuse(reply, input.refusal);
		const precheck = precheckToken(input.value, testerWordsFor(answerLocale(input.value.locale, request.headers['accept-language'])));
		// Only format and environment answers are compared: the live check is the gateway's work, not the framework's.
		if ('result' in precheck) {
			const { result } = precheck;
			logEvent('info', 'connection_test', {
				requestId: request.id,
				verdict: result.verdict,
				environment: result.environment,
				upstreamStatus: result.upstreamStatus,
				latencyMs: result.latencyMs,
			});
			insights.onTested(result, {
				page: input.value.page,
				brand: input.value.brand,
				doNotTrack: asksNotToBeTracked(headerReader(request.raw)),
			});
			return result;
		}
		return reply.code(501).send({ error: 'live checks are not part of the comparison' });
	},
});

const address = await app.listen({ host: '127.0.0.1', port: 0 });
console.log(`listening ${address}`);
