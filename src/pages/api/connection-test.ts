import type { APIRoute } from 'astro';
import { answerMisconfigured, sharedConnectionTestEndpoint, toWebResponse, type ConnectionTestEndpoint } from '../../lib/connection-test-endpoint';
import { readTesterSettings } from '../../lib/tester-settings';

export const prerender = false;

/**
 * `/api/connection-test` inside Astro (`astro dev`, or the adapter's own server). The production
 * server answers this path itself with the same endpoint (src/server/api-routes.ts); the behaviour
 * is in src/lib/connection-test-endpoint.ts, and the endpoint is made once per process there.
 */
export const ALL: APIRoute = async ({ request, clientAddress, site }) => {
	let endpoint: ConnectionTestEndpoint;
	try {
		endpoint = sharedConnectionTestEndpoint(readTesterSettings);
	} catch (error) {
		return toWebResponse(answerMisconfigured(error));
	}
	const answer = await endpoint({
		method: request.method,
		headers: request.headers,
		body: request.body,
		clientAddress,
		siteOrigin: site?.origin ?? null,
		aborted: () => request.signal.aborted,
		signal: request.signal,
	});
	return toWebResponse(answer);
};
