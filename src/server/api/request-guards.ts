import type { IncomingMessage } from 'node:http';
import { clientAddress, clientKey, type TrustedProxies } from '../../lib/server/client-address';
import type { Readable } from 'node:stream';
import type { z } from 'zod';
import { friendlyIssues } from '../../lib/shared/friendly-issues';
import { refusals, type Refusal } from './refusals';

/**
 * The checks a request passes before a route looks at it. Plain functions over the little of a
 * request they read (its headers and its body as a Node stream), so a route stays a thin
 * sequence of them (json-post.ts) and each is unit tested on its own.
 * No message here ever quotes the request body: it may hold a token.
 */

/** A request's headers by (case-insensitive) name, as the web `Headers` offers them. */
export interface HeaderReader {
	get(name: string): string | null;
}

/** Node's headers behind the `HeaderReader` the guards use (duplicates joined, as fetch does). */
export function headerReader(request: Pick<IncomingMessage, 'headers'>): HeaderReader {
	return {
		get(name) {
			const value = request.headers[name.toLowerCase()];
			return value === undefined ? null : Array.isArray(value) ? value.join(', ') : value;
		},
	};
}

export interface GuardedRequest {
	headers: HeaderReader;
	/** The body as it arrives (Node's request itself), or null for a request without one. */
	body: Readable | null;
}

export type Guarded<T> = { ok: true; value: T } | { ok: false; refusal: Refusal };

const refuse = (refusal: Refusal): { ok: false; refusal: Refusal } => ({ ok: false, refusal });
export type { Refusal };

export interface OriginRule {
	/** Origins allowed besides the page's own, e.g. the site's public URL. */
	allowedOrigins?: readonly string[];
	/**
	 * Whether the request came through a trusted proxy, whose `X-Forwarded-Host` is the host the
	 * browser used (from anyone else the header is the client's own word, and ignored).
	 */
	viaTrustedProxy?: boolean;
}

/**
 * Browsers send `Origin` on every cross-origin POST. A request from this site's own pages (its
 * origin's host is the host it was sent to: `Host`, or `X-Forwarded-Host` behind a trusted proxy),
 * one from a listed origin, or one with no `Origin` at all (curl, servers) is allowed.
 */
export function checkOrigin(
	request: Pick<GuardedRequest, 'headers'>,
	{ allowedOrigins = [], viaTrustedProxy = false }: OriginRule = {},
): Guarded<string | null> {
	const origin = request.headers.get('origin');
	if (origin === null) return { ok: true, value: null };
	let host: string | undefined;
	try {
		host = new URL(origin).host;
	} catch {
		host = undefined;
	}
	const forwardedHost = viaTrustedProxy ? request.headers.get('x-forwarded-host')?.split(',')[0]?.trim() : undefined;
	const sameSite = host !== undefined && (host === request.headers.get('host') || host === forwardedHost);
	if (sameSite || allowedOrigins.includes(origin)) return { ok: true, value: origin };
	return refuse(refusals.originNotAllowed());
}

/**
 * What a 415 may quote back as the media type received: `type/subtype` in the characters media
 * types use, without an underscore, and short. Anything else may be a token sent in the wrong
 * header (every Remote token has an underscore in its prefix), and no answer quotes a token.
 */
const nameableMediaType = /^[a-z0-9][a-z0-9.+-]*\/[a-z0-9][a-z0-9.+-]*$/;

/** The media type a request declares for its body, lower-cased, without parameters. */
export const mediaTypeOf = (request: Pick<GuardedRequest, 'headers'>) =>
	request.headers.get('content-type')?.split(';')[0]?.trim().toLowerCase();

/** Bodies are decoded whole, so one decoder serves every request. */
const utf8 = new TextDecoder('utf-8', { fatal: true });

/**
 * The body's bytes, or null once they pass `maxBytes`. Read with listeners rather than an async
 * iterator, which costs a promise a chunk, and never destroyed: the request's socket is where the
 * 413 is sent, so a body over the limit is paused and its unread rest left for `send` to close on.
 */
function readBytes(body: Readable, maxBytes: number): Promise<Buffer | null> {
	return new Promise((resolve, reject) => {
		const chunks: Buffer[] = [];
		let size = 0;
		const onData = (chunk: Buffer) => {
			size += chunk.byteLength;
			if (size <= maxBytes) return void chunks.push(chunk);
			stop();
			body.pause();
			resolve(null);
		};
		const onEnd = () => {
			stop();
			resolve(chunks.length === 1 ? chunks[0]! : Buffer.concat(chunks, size));
		};
		const onError = (error: Error) => {
			stop();
			reject(error);
		};
		// A client that hangs up mid-body: no 'end' will come.
		const onClose = () => onError(Object.assign(new Error('The client closed the request before its end.'), { code: 'ECONNRESET' }));
		function stop() {
			body.off('data', onData).off('end', onEnd).off('error', onError).off('close', onClose);
		}
		// `on`, not `once`: stop() removes all four, and `once` would wrap each in a closure of its own.
		body.on('data', onData).on('end', onEnd).on('error', onError).on('close', onClose);
	});
}

/**
 * Reads a body of at most `maxBytes` as UTF-8 text: the one reader for every body the server takes
 * (the JSON routes' and the dashboard's sign-in form alike).
 */
export async function readTextBody(request: GuardedRequest, maxBytes: number): Promise<Guarded<string>> {
	const declaredLength = Number(request.headers.get('content-length'));
	const bytes = declaredLength > maxBytes ? null : request.body ? await readBytes(request.body, maxBytes) : Buffer.alloc(0);
	if (bytes === null) return refuse(refusals.payloadTooLarge(maxBytes));
	try {
		return { ok: true, value: utf8.decode(bytes) };
	} catch {
		return refuse(refusals.bodyNotText());
	}
}

/** Reads a JSON body of at most `maxBytes`, refusing another media type, a larger body, or bad JSON. */
export async function readJsonBody(request: GuardedRequest, maxBytes: number): Promise<Guarded<unknown>> {
	const mediaType = mediaTypeOf(request);
	if (mediaType !== 'application/json') {
		return refuse(
			refusals.unsupportedMediaType(mediaType && mediaType.length <= 50 && nameableMediaType.test(mediaType) ? mediaType : undefined),
		);
	}
	const text = await readTextBody(request, maxBytes);
	if (!text.ok) return text;
	if (text.value.trim() === '') return refuse(refusals.emptyBody());
	try {
		return { ok: true, value: JSON.parse(text.value) };
	} catch {
		return refuse(refusals.bodyNotJson());
	}
}

/** How a route's refusals describe the body it expects. */
export interface BodyDescription {
	/** Said after unknown fields: which fields to send. */
	fields: string;
	/** The body's shape, said when it is not an object at all. */
	shape: string;
	/** A field's own message, where the schema's would not say enough. */
	fieldMessages?: Record<string, string>;
}

/** The tester route's body, described for its refusals. */
export const connectionTestBody: BodyDescription = {
	fields: 'Send only "token" and optionally "environment".',
	shape: '{"token": "…", "environment": "production" | "sandbox"}',
	fieldMessages: { environment: '"environment" must be "production" or "sandbox" (or left out to use the token’s prefix).' },
};

/** Parses `value` with `schema`, or names the first field at fault without quoting what was sent. */
export function parseWithSchema<T>(schema: z.ZodType<T>, value: unknown, body: BodyDescription = connectionTestBody): Guarded<T> {
	const result = schema.safeParse(value);
	if (result.success) return { ok: true, value: result.data };
	const issues = friendlyIssues(result.error, value, { quoteFound: false });
	const unknown = issues.filter((issue) => issue.unknownKey !== undefined);
	if (unknown.length > 0) {
		// A key is whatever the client sent, possibly a token pasted in the wrong place: name only
		// short keys that cannot be one.
		const named = unknown.map(({ unknownKey: key }) =>
			key!.length <= 20 && !/^ra_/i.test(key!) ? JSON.stringify(key) : 'an unnamed field',
		);
		return refuse(refusals.invalidRequest(`Unknown field${unknown.length > 1 ? 's' : ''}: ${named.join(', ')}. ${body.fields}`));
	}
	const { field, expected } = issues[0]!;
	if (field === '') return refuse(refusals.invalidRequest(`The body must be a JSON object: ${body.shape}.`));
	const own = body.fieldMessages?.[field];
	return refuse(refusals.invalidRequest(own ?? `"${field}" ${expected}.`, field));
}

/** Whether a request asks not to be tracked, by either signal browsers send. */
export const asksNotToBeTracked = (headers: HeaderReader) => headers.get('dnt')?.trim() === '1' || headers.get('sec-gpc')?.trim() === '1';

/**
 * Who the client is: its rate-limit key (its address as a trusted proxy reports it, or the
 * socket's, an IPv6 client as its /64; lib/server/client-address.ts), and whether the request came
 * through a trusted proxy, whose `X-Forwarded-Host` {@link checkOrigin} may believe.
 */
export function clientIdentity(
	request: Pick<GuardedRequest, 'headers'>,
	socketAddress: string,
	proxies: TrustedProxies,
): { key: string; viaTrustedProxy: boolean } {
	const { address, viaTrustedProxy } = clientAddress(socketAddress, request.headers.get('x-forwarded-for'), proxies);
	return { key: clientKey(address), viaTrustedProxy };
}

/**
 * The CORS headers for an answer to `origin`: none for a same-site or non-browser request, and for
 * a listed embedding site, permission to read the answer (and the headers that explain a refusal).
 */
export function corsHeaders(origin: string | null, embedAllowedOrigins: readonly string[]): Record<string, string> {
	if (origin === null || !embedAllowedOrigins.includes(origin)) return {};
	return {
		'Access-Control-Allow-Origin': origin,
		'Access-Control-Expose-Headers': 'Retry-After, X-Request-Id',
		Vary: 'Origin',
	};
}

/**
 * Answers a CORS preflight: a listed origin may POST JSON; any other origin gets a refusal without
 * CORS headers, so the browser never sends the request (or the token) at all.
 */
export function answerPreflight(
	request: Pick<GuardedRequest, 'headers'>,
	embedAllowedOrigins: readonly string[],
): Guarded<Record<string, string>> {
	const origin = request.headers.get('origin');
	if (origin === null || !embedAllowedOrigins.includes(origin)) return refuse(refusals.embeddingNotAllowed());
	const method = request.headers.get('access-control-request-method');
	const requested = (request.headers.get('access-control-request-headers') ?? '')
		.split(',')
		.map((header) => header.trim().toLowerCase())
		.filter(Boolean);
	if ((method !== null && method !== 'POST') || requested.some((header) => header !== 'content-type' && header !== 'accept')) {
		return refuse(refusals.preflightNotAllowed());
	}
	return {
		ok: true,
		value: {
			'Access-Control-Allow-Origin': origin,
			'Access-Control-Allow-Methods': 'POST',
			'Access-Control-Allow-Headers': 'Content-Type, Accept',
			'Access-Control-Max-Age': '600',
			Vary: 'Origin',
		},
	};
}
