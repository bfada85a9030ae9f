import type { IncomingMessage, OutgoingHttpHeaders, ServerResponse } from 'node:http';
import { dayOf } from '../lib/server/insights/days';
import type { InsightsRecorder } from '../lib/server/insights/recorder';
import type { FeedbackRecord } from '../lib/server/insights/records';
import { localLimits, type TesterLimits } from '../lib/server/limits';
import { logEvent } from '../lib/server/log';
import { sharedLimits } from '../lib/server/shared-limits';
import { refused, send, type Answer } from './api/answers';
import { connectionTestRoute, healthRoute } from './api/connection-test-route';
import { feedbackRoute } from './api/feedback-route';
import { mcpCardRoute, mcpPath, mcpRoute } from './api/mcp-route';
import { brandDocs } from './mcp/brand-docs';
import type { JsonPostGuard } from './api/json-post';
import { refusals } from './api/refusals';
import { apiRouteOf, requestPath } from './api/request-path';
import { NodeRouteRequest } from './api/node-route-request';
import { routeTable } from './api/route-table';
import { readHelpCenterSettings, type HelpCenterSettings } from './help-center-settings';
import { createInsightsService } from './insights/insights-service';
import { securityHeaders } from './security-headers';

/**
 * The help center's one front door, which the production server (standalone.ts), `astro dev`
 * (config/integrations/dev-server.ts) and the bench all mount: the settings read once, the limits,
 * the insights and the routes built once, and every request dispatched through one table whose
 * routes return an answer that one `send` writes. What the table does not name is left to `next`
 * (the static site in production, Vite under `astro dev`).
 */

/** What the build says about itself: the public origin, the brand, and every brand it knew of. */
export interface BuiltSite {
	siteOrigin: string | null;
	brand: string;
	title: string;
	knownBrands: string[];
}

/** A setting or build problem the operator must fix: printed as it is, without a stack. */
export class StartupError extends Error {
	override name = 'StartupError';
}

/**
 * How a startup error is reported, the same wherever the help center starts: one JSON log line,
 * then the sentence for the person at the terminal.
 */
export function reportStartupError(error: Error): void {
	console.error(JSON.stringify({ time: new Date().toISOString(), level: 'error', event: 'server_not_started', message: error.message }));
	console.error(`The server cannot start: ${error.message}`);
}

export interface HelpCenterOptions {
	env: Record<string, string | undefined>;
	built: BuiltSite;
	/** Replaces the insights database (tests of the degraded path). */
	recorder?: InsightsRecorder;
	/** The built site (dist/client), whose guides the docs MCP server answers from; without it, /mcp says it has none. */
	siteDir?: string;
	/**
	 * The static exports whose brands this server is the hosted service of, when `EXPORTS_DIR` does
	 * not name them: the docs MCP server answers a request to an export's host with its guides.
	 */
	exportsDir?: string;
}

export interface HelpCenter {
	/** The settings, as read once from `env`. */
	settings: HelpCenterSettings;
	/** The headers every answer carries (the security headers), for `next` to send too. */
	headers: OutgoingHttpHeaders;
	/**
	 * Answers `request` if the route table names its path; otherwise calls `next` with the path
	 * (decoded), or, without `next`, answers 404. An undecodable path is answered 400 here.
	 */
	handle(request: IncomingMessage, response: ServerResponse, next?: (path: string) => void): void;
	/** Finishes the records in flight and closes the database and the connection to Redis. */
	close(): Promise<void>;
}

/** An API path's name in the log: `/api/connection-test` → `connection_test`. */
const routeName = (path: string) =>
	(path.startsWith('/api/') ? path.slice('/api/'.length) : (path.split('/')[1] ?? '')).replace(/\W/g, '_') || 'page';

/** What a 405 tells a client of a path that takes `allowed`. */
const methodsHint = (allowed: readonly string[]) => (allowed.includes('POST') ? 'send a POST with a JSON body' : 'use GET');

export function createHelpCenter({ env, built, recorder, siteDir, exportsDir }: HelpCenterOptions): HelpCenter {
	let settings: HelpCenterSettings;
	try {
		settings = readHelpCenterSettings(env);
	} catch (error) {
		throw new StartupError(error instanceof Error ? error.message : String(error));
	}
	const headers = securityHeaders(settings.server);
	const { redisUrl } = settings.limits;
	// Shared by every instance through Redis when REDIS_URL names one, else this process's own.
	const limits: TesterLimits = redisUrl ? sharedLimits({ ...settings.limits, redisUrl }) : localLimits(settings.limits);
	const insights = createInsightsService({
		settings: settings.insights,
		siteBrand: built.brand,
		knownBrands: built.knownBrands,
		siteTitle: built.title,
		servedOverHttps: settings.server.hsts,
		trustedProxies: settings.requestPolicy.trustedProxies,
		...(recorder ? { recorder } : {}),
	});
	const guard: JsonPostGuard = {
		policy: settings.requestPolicy,
		siteOrigin: built.siteOrigin,
		limits,
		rateLimitPerMinute: settings.limits.rateLimitPerMinute,
	};
	const tester = connectionTestRoute({
		guard,
		gateway: settings.gateway,
		limits,
		maxConcurrentTests: settings.limits.maxConcurrentTests,
		onTested: insights.onTested,
	});
	const recordFeedback = (record: FeedbackRecord) => insights.recorder.recordFeedback(record);
	const today = () => dayOf(new Date());
	const feedback = feedbackRoute({ guard, record: recordFeedback, brandOf: insights.brandOf, today });

	const docsFor = brandDocs({
		house: { brand: built.brand, siteDir, hosts: built.siteOrigin ? [new URL(built.siteOrigin).host] : [] },
		exportsDir: settings.server.exportsDir ?? exportsDir ?? null,
		exportsDirNamed: settings.server.exportsDir !== undefined,
	});
	// An agent's feedback is counted under the brand whose guides answered it: the house's, or an
	// export's from the card on this server's disk (never a brand the request names, as the widget's may).
	const mcp = mcpRoute({ guard, perMinute: settings.limits.mcpRateLimitPerMinute, docsFor, recordFeedback, today });

	const routes = routeTable({
		'GET /api/health': healthRoute(limits, () => insights.recorder.status),
		'POST /api/connection-test': tester,
		'OPTIONS /api/connection-test': tester,
		'POST /api/feedback': feedback,
		'OPTIONS /api/feedback': feedback,
		[`POST ${mcpPath}`]: mcp,
		[`OPTIONS ${mcpPath}`]: mcp,
		'GET /.well-known/mcp': mcpCardRoute(docsFor, built.siteOrigin),
		...insights.routes,
	});

	/** A route's failure: an API client gets the JSON `internal_error`, a page a bare 500. Nothing of the input is logged. */
	function failed(isApi: boolean, path: string, error: unknown): Answer {
		const requestId = crypto.randomUUID();
		logEvent('error', `${routeName(path)}_failed`, { requestId, error: error instanceof Error ? error.name : typeof error });
		if (isApi) return refused(refusals.internalError(), requestId, {}, { event: `${routeName(path)}_refused`, log: false });
		return { status: 500, headers: { 'Cache-Control': 'no-store' }, body: '' };
	}

	return {
		settings,
		headers,
		handle(request, response, next) {
			const path = requestPath(request.url);
			// An escape that decodes to nothing is not a path any page or route has.
			if (path === null) return send(request, response, { status: 400, headers: {}, body: '' }, headers);
			// Every spelling of an API path is the one route (case, doubled or trailing slashes).
			const apiPath = apiRouteOf(path);
			const routed = apiPath ?? path;
			const method = request.method ?? 'GET';
			const match = routes.match(method, routed);
			if (match === null) {
				if (apiPath !== null) {
					return send(
						request,
						response,
						refused(refusals.notFound(), crypto.randomUUID(), {}, { event: 'api_refused', log: false }),
						headers,
					);
				}
				if (next) return next(path);
				return send(request, response, { status: 404, headers: {}, body: '' }, headers);
			}
			if ('allowed' in match) {
				const allow = match.allowed.join(', ');
				const answer =
					apiPath !== null
						? refused(
								refusals.methodNotAllowed(method, allow, methodsHint(match.allowed)),
								crypto.randomUUID(),
								{},
								{
									event: `${routeName(routed)}_refused`,
									log: false,
								},
							)
						: { status: 405, headers: { Allow: allow }, body: '' };
				return send(request, response, answer, headers);
			}
			let answered: Promise<Answer>;
			try {
				answered = Promise.resolve(match.route(new NodeRouteRequest(request, response, routed)));
			} catch (error) {
				answered = Promise.reject(error);
			}
			answered
				.catch((error: unknown) => failed(apiPath !== null, routed, error))
				.then((answer) => send(request, response, answer, headers))
				// A write to a socket that is gone: nothing left to tell anyone.
				.catch(() => response.destroy());
		},
		async close() {
			await Promise.allSettled([insights.recorder.close(), limits.close()]);
			logEvent('info', 'help_center_closed', { insights: 'closed', limits: limits.mode });
		},
	};
}
