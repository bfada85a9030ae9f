import type { IncomingMessage, OutgoingHttpHeaders, ServerResponse } from 'node:http';
import { answerHealth, answerNotFound, createConnectionTestEndpoint, type EndpointAnswer } from '../lib/server/connection-test-endpoint';
import { localLimits, type TesterLimits } from '../lib/server/limits';
import { sharedLimits } from '../lib/server/shared-limits';
import type { HeaderReader } from '../lib/server/request-guards';
import type { TesterSettings } from '../lib/server/tester-settings';
import { createFeedbackEndpoint } from '../lib/server/feedback-endpoint';
import { dayOf } from '../lib/server/insights/days';
import type { InsightsService } from './insights/insights-service';

/**
 * The API routes answered straight off Node's request, by the production server and, mounted in
 * Vite's dev server, under `astro dev`: one endpoint, one rate limiter, one behaviour. Answering off
 * the socket (not through a web `Request` and a framework pipeline) keeps a refusal or an invalid
 * token cheap.
 */

/** Node's headers behind the web `Headers.get` the guards use (duplicates joined, as fetch does). */
export function headerReader(request: IncomingMessage): HeaderReader {
	return {
		get(name) {
			const value = request.headers[name.toLowerCase()];
			return value === undefined ? null : Array.isArray(value) ? value.join(', ') : value;
		},
	};
}

/** Whether the client declared a body that has not been read to its end. */
function hasUnreadBody(request: IncomingMessage): boolean {
	if (request.complete) return false;
	const length = request.headers['content-length'];
	return request.headers['transfer-encoding'] !== undefined || (length !== undefined && length !== '0');
}

function send(request: IncomingMessage, response: ServerResponse, answer: EndpointAnswer, extraHeaders: OutgoingHttpHeaders): void {
	// Ended with the text itself: Node then sends headers and body in one write, not a writev.
	const body = answer.body ?? undefined;
	response.writeHead(answer.status, {
		...extraHeaders,
		...answer.headers,
		...(body === undefined ? {} : { 'Content-Length': Buffer.byteLength(body) }),
		// A body left unread (a refusal decided before reading it) is not worth draining: close.
		...(hasUnreadBody(request) ? { Connection: 'close' } : {}),
	});
	response.end(request.method === 'HEAD' ? undefined : body);
}

export interface ApiRoutesOptions {
	settings: TesterSettings;
	/** The site's public origin, allowed to call the tester route. */
	siteOrigin: string | null;
	/** Headers every answer carries (e.g. the security headers). */
	headers?: OutgoingHttpHeaders;
	/** Where feedback and test outcomes are recorded, and read back. */
	insights: InsightsService;
}

/**
 * Returns the handler for every path under `/api` (see request-path.ts): the known routes, and a
 * JSON 404 for the rest, so no spelling of an API path falls through to another layer.
 */
export function createApiRoutes({ settings, siteOrigin, headers = {}, insights }: ApiRoutesOptions) {
	// Shared by every instance through Redis when REDIS_URL names one, else this process's own.
	const limits: TesterLimits = settings.redisUrl
		? sharedLimits({ ...settings, redisUrl: settings.redisUrl, longestTestMs: settings.timeoutMs + 1000 })
		: localLimits(settings);
	const connectionTest = createConnectionTestEndpoint(settings, limits, insights.onTested);
	const feedback = createFeedbackEndpoint({
		settings,
		limits,
		record: (record) => insights.recorder.recordFeedback(record),
		brandOf: insights.brandOf,
		today: () => dayOf(new Date()),
	});
	const posted = { '/api/connection-test': connectionTest, '/api/feedback': feedback } as const;

	return (request: IncomingMessage, response: ServerResponse, route: string): void => {
		if (route === '/api/health')
			return send(request, response, answerHealth(request.method ?? 'GET', limits.mode, insights.recorder.status), headers);
		if (route === '/api/insights') {
			insights.routes
				.api(request)
				.then((answer) => send(request, response, answer, headers))
				.catch(() => response.destroy());
			return;
		}
		const endpoint = posted[route as keyof typeof posted];
		if (!endpoint) return send(request, response, answerNotFound(), headers);
		const hungUp = new AbortController();
		// 'close' before the answer was written means the client went away.
		response.once('close', () => {
			if (!response.writableFinished) hungUp.abort();
		});
		endpoint({
			signal: hungUp.signal,
			method: request.method ?? 'GET',
			headers: headerReader(request),
			body: request.method === 'POST' ? request : null,
			clientAddress: request.socket.remoteAddress ?? '',
			siteOrigin,
			aborted: () => request.socket.destroyed,
		})
			.then((answer) => send(request, response, answer, headers))
			// The endpoint answers its own failures; this is the last line (a failed write included), and
			// says nothing of the input.
			.catch(() => response.destroy());
	};
}
