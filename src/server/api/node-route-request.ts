import type { IncomingMessage, ServerResponse } from 'node:http';
import type { Readable } from 'node:stream';
import type { HeaderReader } from './request-guards';
import type { RouteRequest } from './route';

/**
 * Node's request as the routes see it. A class, not an object literal of closures: a request
 * costs one small object, and what few routes read (the query, the hang-up signal) is made only
 * when one asks for it.
 */
export class NodeRouteRequest implements RouteRequest, HeaderReader {
	readonly method: string;
	readonly body: Readable | null;
	#hungUp: AbortController | undefined;

	constructor(
		private readonly request: IncomingMessage,
		private readonly response: ServerResponse,
		readonly path: string,
	) {
		this.method = request.method ?? 'GET';
		this.body = this.method === 'POST' ? request : null;
	}

	/** Its own header reader: duplicates joined, as fetch's `Headers` does. */
	get headers(): HeaderReader {
		return this;
	}

	get(name: string): string | null {
		const value = this.request.headers[name.toLowerCase()];
		return value === undefined ? null : Array.isArray(value) ? value.join(', ') : value;
	}

	get query(): URLSearchParams {
		const url = this.request.url ?? '';
		const queryAt = url.indexOf('?');
		return new URLSearchParams(queryAt === -1 ? '' : url.slice(queryAt + 1));
	}

	get clientAddress(): string {
		return this.request.socket.remoteAddress ?? '';
	}

	/** Aborted when the client goes away before its answer was written ('close' first). */
	get signal(): AbortSignal {
		if (!this.#hungUp) {
			const controller = (this.#hungUp = new AbortController());
			this.response.once('close', () => {
				if (!this.response.writableFinished) controller.abort();
			});
		}
		return this.#hungUp.signal;
	}

	aborted(): boolean {
		return this.request.socket.destroyed;
	}
}
