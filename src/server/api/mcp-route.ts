import { WebStandardStreamableHTTPServerTransport } from '@modelcontextprotocol/sdk/server/webStandardStreamableHttp.js';
import { z } from 'zod';
import { version } from '../../../package.json';
import type { FeedbackRecord } from '../../lib/server/insights/records';
import { logEvent } from '../../lib/server/log';
import type { BrandDocs } from '../mcp/brand-docs';
import { docsMcpServer } from '../mcp/docs-mcp-server';
import { mcpPath, serializedCard, serverCard } from '../mcp/server-card';
import { holdsSecret, tokenRefusal } from '../mcp/token-refusal';
import { json, type Answer } from './answers';
import { jsonPost, type JsonPostGuard } from './json-post';
import type { Route } from './route';

/**
 * `POST /mcp`: the docs MCP server over the Streamable HTTP transport, stateless (a server and a
 * transport per request, JSON answers, no session), behind the same guard as every JSON POST: the
 * rate limit (its own figure, counted apart from the tester's), the origin rule for browsers, the body's size and
 * type. And `GET /.well-known/mcp`, the server card that names the endpoint, the tools and the brand.
 */

export { mcpPath };

/**
 * One JSON-RPC message; the transport checks the rest of its shape. Batches are refused: the
 * protocol dropped them (2025-06-18), and one POST must count once against the rate limit.
 */
const McpBodySchema = z.looseObject({
	jsonrpc: z.literal('2.0'),
	id: z.union([z.string(), z.number()]).optional(),
	params: z.unknown().optional(),
});

/**
 * A message whose parameters hold a token is answered here, before the SDK reads it: its schema
 * check would quote an unknown key back, and it drops keys a tool does not declare, so a tool's own
 * check could not see them. A tool call gets a tool error (the agent reads why); anything else an
 * invalid-params error. Nothing of the message is logged.
 */
function refuseToken(
	message: z.infer<typeof McpBodySchema>,
	siteUrl: string,
	requestId: string,
	cors: Record<string, string>,
): Answer | null {
	if (!holdsSecret(message.params)) return null;
	logEvent('warn', 'mcp_token_refused', { requestId });
	const text = tokenRefusal(siteUrl);
	if (message.id === undefined) return { status: 202, headers: { 'X-Request-Id': requestId, ...cors }, body: null };
	const reply =
		message['method'] === 'tools/call'
			? { jsonrpc: '2.0', id: message.id, result: { isError: true, content: [{ type: 'text', text }] } }
			: { jsonrpc: '2.0', id: message.id, error: { code: -32602, message: text } };
	return json(200, reply, requestId, cors);
}

/** The guides a request's Host stands for (brand-docs.ts); null where there is no build to read (then the route says so). */
export type DocsForHost = (host: string | undefined) => Promise<BrandDocs | null>;

export interface McpRouteOptions {
	guard: JsonPostGuard;
	/** Requests one client may send a minute (`MCP_RATE_LIMIT`), counted apart from every other route. */
	perMinute: number;
	docsFor: DocsForHost;
	/** Where `submit_feedback` answers go: the insights, as the page widget's do. */
	recordFeedback(record: FeedbackRecord): void;
	today(): string;
}

const docsUnavailable = (requestId: string, cors: Record<string, string> = {}) =>
	json(
		503,
		{ error: { code: 'docs_unavailable', message: 'The docs are not built on this server: run `npm run build`.' } },
		requestId,
		cors,
	);

/** The Web `Response` the transport answers with, as the front door's answer. */
async function answerOf(response: Response, requestId: string): Promise<Answer> {
	const headers: Record<string, string> = { 'Cache-Control': 'no-store', 'X-Request-Id': requestId };
	for (const name of ['content-type', 'allow', 'mcp-protocol-version']) {
		const value = response.headers.get(name);
		if (value) headers[name.replace(/(^|-)\w/g, (part) => part.toUpperCase())] = value;
	}
	return { status: response.status, headers, body: response.status === 202 ? null : await response.text() };
}

export function mcpRoute({ guard, perMinute, docsFor, recordFeedback, today }: McpRouteOptions): Route {
	return jsonPost(
		guard,
		{
			name: 'mcp',
			limit: { keyOf: (client) => `mcp:${client}`, counts: 'requests', perMinute },
			maxBytes: 64 * 1024,
			schema: McpBodySchema,
			body: {
				fields: 'Send a JSON-RPC 2.0 message of the Model Context Protocol, such as {"jsonrpc":"2.0","id":1,"method":"tools/list"}.',
				shape: 'a JSON-RPC 2.0 message, or an array of them',
			},
			nextSteps: false,
		},
		async (message, { request, requestId, cors }) => {
			const docs = await docsFor(request.headers.get('host') ?? undefined);
			if (!docs) {
				logEvent('error', 'mcp_unavailable', { requestId });
				return docsUnavailable(requestId, cors);
			}
			const { library } = docs;
			const refusal = refuseToken(message, library.guides(library.rootLocale).brand.url, requestId, cors);
			if (refusal) return refusal;
			const server = docsMcpServer({ library, version, feedback: { brand: docs.brand, record: recordFeedback, today } });
			// Stateless: no session id generator, so no session; JSON answers rather than an event stream.
			const transport = new WebStandardStreamableHTTPServerTransport({ enableJsonResponse: true });
			try {
				await server.connect(transport);
				const webRequest = new Request(`http://localhost${mcpPath}`, {
					method: 'POST',
					headers: {
						'content-type': 'application/json',
						accept: request.headers.get('accept') ?? '',
						...(request.headers.get('mcp-protocol-version')
							? { 'mcp-protocol-version': request.headers.get('mcp-protocol-version')! }
							: {}),
					},
					signal: request.signal,
				});
				const answer = await answerOf(await transport.handleRequest(webRequest, { parsedBody: message }), requestId);
				return { ...answer, headers: { ...answer.headers, ...cors } };
			} finally {
				await server.close();
			}
		},
	);
}

/**
 * `GET /.well-known/mcp`: what an agent needs to find and use the server, for the brand the Host
 * stands for: an export's card as it ships, or the house brand's, named where the site is published.
 */
export function mcpCardRoute(docsFor: DocsForHost, publicOrigin: string | null): Route {
	return async (request) => {
		const requestId = crypto.randomUUID();
		const docs = await docsFor(request.headers.get('host') ?? undefined);
		if (!docs) return docsUnavailable(requestId);
		const { library, brand } = docs;
		const guides = library.guides(library.rootLocale);
		// Where the site says it is published, never the request's Host: the card may be cached.
		const card =
			docs.card ??
			serverCard({
				guides,
				brandId: brand,
				locales: library.locales,
				endpointOrigin: publicOrigin ?? new URL(guides.brand.url).origin,
				version,
			});
		return {
			status: 200,
			headers: { 'Content-Type': 'application/json; charset=utf-8', 'Cache-Control': 'public, max-age=300', 'X-Request-Id': requestId },
			body: serializedCard(card),
		};
	};
}
