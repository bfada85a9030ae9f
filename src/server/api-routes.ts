import type { IncomingMessage, OutgoingHttpHeaders, ServerResponse } from 'node:http';
import { answerHealth, createConnectionTestEndpoint, type EndpointAnswer } from '../lib/connection-test-endpoint';
import type { HeaderReader } from '../lib/request-guards';
import type { TesterSettings } from '../lib/tester-settings';

/**
 * The API routes answered straight off Node's request, without converting it to a web `Request`
 * and through Astro's pipeline, which together cost most of the route's time when Remote is not
 * called (an invalid token, a refusal). Same endpoint functions as the Astro routes.
 */

/** Node's headers behind the web `Headers.get` the guards use (duplicates joined, as fetch does). */
function headerReader(request: IncomingMessage): HeaderReader {
	return {
		get(name) {
			const value = request.headers[name.toLowerCase()];
			return value === undefined ? null : Array.isArray(value) ? value.join(', ') : value;
		},
	};
}

function send(request: IncomingMessage, response: ServerResponse, answer: EndpointAnswer, extraHeaders: OutgoingHttpHeaders): void {
	// Ended with the text itself: Node then sends headers and body in one write, not a writev.
	const body = answer.body ?? undefined;
	response.writeHead(answer.status, {
		...extraHeaders,
		...answer.headers,
		...(body === undefined ? {} : { 'Content-Length': Buffer.byteLength(body) }),
		// A body left unread (a refusal decided before reading it) is not worth draining: close.
		...(request.complete ? {} : { Connection: 'close' }),
	});
	response.end(request.method === 'HEAD' ? undefined : body);
}

export interface ApiRoutesOptions {
	settings: TesterSettings;
	/** The site's public origin, allowed to call the tester route. */
	siteOrigin: string | null;
	/** Headers every answer carries (e.g. the security headers). */
	headers?: OutgoingHttpHeaders;
}

/** Returns a handler that answers the API paths and returns true, or returns false for any other. */
export function createApiRoutes({ settings, siteOrigin, headers = {} }: ApiRoutesOptions) {
	const connectionTest = createConnectionTestEndpoint(settings);

	return (request: IncomingMessage, response: ServerResponse): boolean => {
		const url = request.url ?? '/';
		const queryAt = url.indexOf('?');
		const path = (queryAt === -1 ? url : url.slice(0, queryAt)).replace(/\/$/, '');
		if (path === '/api/health') {
			send(request, response, answerHealth(request.method ?? 'GET'), headers);
			return true;
		}
		if (path !== '/api/connection-test') return false;
		connectionTest({
			method: request.method ?? 'GET',
			headers: headerReader(request),
			body: request.method === 'POST' ? request : null,
			clientAddress: request.socket.remoteAddress ?? '',
			siteOrigin,
			aborted: () => request.socket.destroyed,
		}).then(
			(answer) => send(request, response, answer, headers),
			// The endpoint answers its own failures; this is the last line, and says nothing of the input.
			() => response.destroy(),
		);
		return true;
	};
}
