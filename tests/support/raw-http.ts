import { connect } from 'node:net';

/**
 * HTTP/1.1 over a bare socket, for tests that must send what `fetch` and `node:http` would correct
 * or refuse to send: invalid UTF-8, a wrong Content-Length, hand-made chunked framing, odd or
 * duplicate headers, a body in pieces. Answers are parsed from the bytes as they arrive.
 */

export interface RawResponse {
	status: number;
	/** Header values by lower-case name, in the order received. */
	headers: Map<string, string[]>;
	body: Buffer;
	/** The whole answer as received (status line, headers, body), as latin1 text. */
	raw: string;
}

export interface RawExchange {
	responses: RawResponse[];
	/** Bytes after the last complete answer: an answer cut off by the server closing. */
	leftover: Buffer;
	/** The socket error, if the server reset the connection (e.g. after refusing a large body). */
	error: string | null;
	/** Whether the exchange ran past its deadline (the server neither answered nor closed). */
	timedOut: boolean;
	durationMs: number;
}

export interface RawExchangeOptions {
	/** Pause between pieces, to send a body (or headers) the way a slow client does. */
	pauseMs?: number;
	/** Half-close after sending, as a client does when it has nothing more to send. */
	endAfterSend?: boolean;
	/** Hang up hard (TCP reset) right after sending, without waiting for an answer. */
	resetAfterSend?: boolean;
	/** Methods of the requests sent, in order: answers to HEAD have no body. */
	methods?: string[];
	/** How long after the last piece the server has to answer or close. */
	deadlineMs?: number;
}

const headerEnd = Buffer.from('\r\n\r\n');
const lineEnd = Buffer.from('\r\n');

type Parsed = { response: RawResponse; next: number } | null;

/** Parses one chunked body starting at `offset`; null while incomplete. */
function parseChunked(buffer: Buffer, offset: number): { body: Buffer; next: number } | null {
	const parts: Buffer[] = [];
	let at = offset;
	for (;;) {
		const sizeEnd = buffer.indexOf(lineEnd, at);
		if (sizeEnd < 0) return null;
		const size = Number.parseInt(buffer.subarray(at, sizeEnd).toString('latin1').split(';')[0]!.trim(), 16);
		if (!Number.isFinite(size)) throw new Error('malformed chunk size in an answer');
		at = sizeEnd + 2;
		if (size === 0) {
			// Trailers (none expected), then the blank line.
			const trailersEnd = buffer.indexOf(lineEnd, at);
			if (trailersEnd < 0) return null;
			if (trailersEnd === at) return { body: Buffer.concat(parts), next: at + 2 };
			const end = buffer.indexOf(headerEnd, at);
			return end < 0 ? null : { body: Buffer.concat(parts), next: end + 4 };
		}
		if (buffer.length < at + size + 2) return null;
		parts.push(buffer.subarray(at, at + size));
		at += size + 2;
	}
}

/** Parses the answer at `offset`; null while incomplete. `closed`: the body may run to the end. */
function parseResponse(buffer: Buffer, offset: number, method: string, closed: boolean): Parsed {
	const end = buffer.indexOf(headerEnd, offset);
	if (end < 0) return null;
	const [statusLine, ...headerLines] = buffer.subarray(offset, end).toString('latin1').split('\r\n');
	const status = Number(/^HTTP\/1\.[01] (\d{3})/.exec(statusLine!)?.[1]);
	if (!status) throw new Error(`not an HTTP answer: ${JSON.stringify(statusLine)}`);
	const headers = new Map<string, string[]>();
	for (const line of headerLines) {
		const colon = line.indexOf(':');
		const name = line.slice(0, colon).trim().toLowerCase();
		headers.set(name, [...(headers.get(name) ?? []), line.slice(colon + 1).trim()]);
	}
	const bodyStart = end + 4;
	let body: Buffer;
	let next: number;
	if (status < 200 || status === 204 || status === 304 || method === 'HEAD') {
		body = Buffer.alloc(0);
		next = bodyStart;
	} else if (headers.get('transfer-encoding')?.some((value) => /chunked/i.test(value))) {
		const chunked = parseChunked(buffer, bodyStart);
		if (!chunked) return null;
		({ body, next } = chunked);
	} else if (headers.has('content-length')) {
		const length = Number(headers.get('content-length')![0]);
		if (buffer.length < bodyStart + length) return null;
		body = buffer.subarray(bodyStart, bodyStart + length);
		next = bodyStart + length;
	} else {
		// No framing: the body runs until the server closes.
		if (!closed) return null;
		body = buffer.subarray(bodyStart);
		next = buffer.length;
	}
	return { response: { status, headers, body, raw: buffer.subarray(offset, next).toString('latin1') }, next };
}

/** Every complete answer in `buffer`, skipping interim 1xx answers (100 Continue). */
function parseResponses(buffer: Buffer, methods: string[], closed: boolean): { responses: RawResponse[]; leftover: Buffer } {
	const responses: RawResponse[] = [];
	let offset = 0;
	for (;;) {
		const parsed = parseResponse(buffer, offset, methods[responses.length] ?? 'POST', closed);
		if (!parsed) break;
		offset = parsed.next;
		if (parsed.response.status >= 200) responses.push(parsed.response);
	}
	return { responses, leftover: buffer.subarray(offset) };
}

/**
 * Sends `pieces` on a fresh connection to 127.0.0.1:`port` and collects every answer until the
 * server closes. Once each request has its answer, the client half-closes, so a server that keeps
 * the connection alive lets go at once. Never rejects: what happened is in the result.
 */
export function rawExchange(port: number, pieces: readonly Buffer[], options: RawExchangeOptions = {}): Promise<RawExchange> {
	const { pauseMs = 0, endAfterSend = false, resetAfterSend = false, methods = ['POST'], deadlineMs = 3000 } = options;
	const started = performance.now();
	return new Promise((resolve) => {
		const socket = connect(port, '127.0.0.1');
		const received: Buffer[] = [];
		let error: string | null = null;
		let timedOut = false;
		let deadline: NodeJS.Timeout | undefined;
		const armDeadline = () => {
			clearTimeout(deadline);
			deadline = setTimeout(() => {
				timedOut = true;
				socket.destroy();
			}, deadlineMs);
		};
		armDeadline();
		socket.on('data', (chunk: Buffer) => {
			received.push(chunk);
			if (socket.writableEnded) return;
			try {
				if (parseResponses(Buffer.concat(received), methods, false).responses.length >= methods.length) socket.end();
			} catch {
				socket.end();
			}
		});
		socket.on('error', (cause: NodeJS.ErrnoException) => {
			error = cause.code ?? cause.message;
		});
		socket.on('close', () => {
			clearTimeout(deadline);
			const buffer = Buffer.concat(received);
			let parsed: { responses: RawResponse[]; leftover: Buffer };
			try {
				parsed = parseResponses(buffer, methods, true);
			} catch (cause) {
				parsed = { responses: [], leftover: buffer };
				error ??= cause instanceof Error ? cause.message : String(cause);
			}
			resolve({ ...parsed, error, timedOut, durationMs: Math.round(performance.now() - started) });
		});
		socket.on('connect', async () => {
			for (const [index, piece] of pieces.entries()) {
				if (socket.destroyed || socket.writableEnded) return;
				socket.write(piece);
				if (pauseMs > 0 && index < pieces.length - 1) {
					await new Promise((wait) => setTimeout(wait, pauseMs));
					armDeadline();
				}
			}
			armDeadline();
			if (socket.destroyed || socket.writableEnded) return;
			if (resetAfterSend) socket.resetAndDestroy();
			else if (endAfterSend) socket.end();
		});
	});
}
