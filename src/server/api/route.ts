import type { Answer } from './answers';
import type { GuardedRequest } from './request-guards';

/**
 * A request as every route in the table sees it: Node's request read once by the front door
 * (help-center.ts) into what routes use, so none of them touches the socket.
 */
export interface RouteRequest extends GuardedRequest {
	method: string;
	/** The path as routed (decoded, and for /api normalised), and the query it came with. */
	path: string;
	query: URLSearchParams;
	/** The socket's peer address. */
	clientAddress: string;
	/** Aborted as the client hangs up, to stop work nobody waits for (a call to Remote). */
	signal: AbortSignal;
	/** Whether the client has hung up: nobody will read the answer. */
	aborted(): boolean;
}

/** A route: a request in, an answer out, which the front door writes. */
export type Route = (request: RouteRequest) => Answer | Promise<Answer>;
