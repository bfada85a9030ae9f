/**
 * A Remote gateway that misbehaves on purpose, for tests/http/upstream-faults.test.ts: it answers
 * late, dribbles, breaks off, floods, redirects or talks nonsense, each token as the test arranged.
 * Its faults are for tests only: the demo tokens people try in `npm run demo` (src/lib/shared/demo-tokens.ts,
 * answered by tests/support/fake-remote.ts) stay the ones Remote can really give.
 *
 * Three listeners on 127.0.0.1 share one record of calls: the sandbox and production gateways, and
 * `elsewhere`, a stand-in for any other server (where redirects point), which would accept any token
 * it is given. Every call is recorded with the token it carried, so a test can check that a token
 * reached its own environment's gateway, once, and nothing else.
 */
import { randomBytes } from 'node:crypto';
import { createServer, type IncomingMessage, type OutgoingHttpHeaders, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo, Socket } from 'node:net';
import { createGzip } from 'node:zlib';

export type GatewayName = 'sandbox' | 'production' | 'elsewhere';
type Environment = Exclude<GatewayName, 'elsewhere'>;

export interface GatewayCall {
	gateway: GatewayName;
	method: string;
	path: string;
	/** The bearer token received (compared by tests, never printed). */
	token: string | null;
	/** Body bytes the socket accepted before the answer ended or the connection closed. */
	bodyBytesWritten: number;
	/** Whether the connection closed before the answer was complete (the caller gave up or was cut off). */
	cutOff: boolean;
	/** Settles when the answer is complete or the connection has closed, whichever comes first. */
	settled: Promise<void>;
}

/** What the gateway does with one call: writes, or withholds, an answer. */
export type Fault = (response: ServerResponse, call: GatewayCall) => void;

/** Remote's identity answer, as `GET /v1/identity/current` gives it to a token it accepts. */
export const identityAnswer = JSON.stringify({
	data: {
		company: { id: 'company-0001', name: 'Acme Sandbox Ltd' },
		user: { id: 'user-0001', name: 'Ada Admin', email: 'ada.admin@acme.example', status: 'active' },
	},
});

const json = { 'Content-Type': 'application/json; charset=utf-8' };

/** Writes a body chunk, counting it once the socket has taken it; false when the caller should wait for `drain`. */
function writeCounted(response: ServerResponse, call: GatewayCall, chunk: string | Buffer): boolean {
	return response.write(chunk, (error) => {
		if (!error) call.bodyBytesWritten += Buffer.byteLength(chunk);
	});
}

/** Keeps writing `chunk` as fast as the caller reads, until `total` bytes or the connection closes. */
function flood(
	target: ServerResponse | NodeJS.WritableStream,
	response: ServerResponse,
	chunk: Buffer,
	total: number,
	onWritten: (bytes: number) => void,
): void {
	let sent = 0;
	const pump = () => {
		while (sent < total && !response.destroyed) {
			const bytes = Math.min(chunk.length, total - sent);
			sent += bytes;
			const part = bytes === chunk.length ? chunk : chunk.subarray(0, bytes);
			const more = target.write(part, (error?: Error | null) => error || onWritten(bytes));
			if (!more) return void target.once('drain', pump);
		}
		if (sent >= total) target.end();
	};
	pump();
}

export const faults = {
	/** Any answer, sent whole at once. */
	answer(status: number, headers: OutgoingHttpHeaders, body: string): Fault {
		return (response, call) => {
			response.writeHead(status, headers);
			writeCounted(response, call, body);
			response.end();
		};
	},

	/** Takes the request and never answers: no status line, no headers. */
	silent(): Fault {
		return () => {};
	},

	/** Remote's identity answer, whole, but only after `delayMs`, unless the caller has gone by then. */
	lateIdentity(delayMs: number): Fault {
		return (response, call) => {
			const timer = setTimeout(() => faults.answer(200, json, identityAnswer)(response, call), delayMs);
			response.once('close', () => clearTimeout(timer));
		};
	},

	/** Headers at once, then Remote's identity answer one byte every `everyMs`, unless the caller has gone. */
	dribbledIdentity(everyMs: number): Fault {
		return (response, call) => {
			response.writeHead(200, { ...json, 'Content-Length': Buffer.byteLength(identityAnswer) });
			response.flushHeaders();
			let next = 0;
			const timer = setInterval(() => {
				if (response.destroyed) return clearInterval(timer);
				writeCounted(response, call, identityAnswer[next++]!);
				if (next === identityAnswer.length) {
					clearInterval(timer);
					response.end();
				}
			}, everyMs);
			response.once('close', () => clearInterval(timer));
		};
	},

	/**
	 * Headers announcing Remote's identity answer and its first half, then the connection is closed
	 * (`close`: an orderly FIN) or reset (`reset`: a TCP RST) before the rest.
	 */
	brokenOffIdentity(how: 'close' | 'reset'): Fault {
		return (response, call) => {
			response.writeHead(200, { ...json, 'Content-Length': Buffer.byteLength(identityAnswer) });
			writeCounted(response, call, identityAnswer.slice(0, identityAnswer.length / 2));
			// A moment for the caller to read what was sent: a reset discards what it has not read yet.
			setTimeout(() => {
				const socket = response.socket as Socket | null;
				if (how === 'reset') socket?.resetAndDestroy();
				else socket?.destroy();
			}, 50);
		};
	},

	/**
	 * 200 with Remote's identity answer followed by `totalBytes` of JSON whitespace (`Infinity`: without
	 * end). Read whole it would be a valid identity answer; only a capped read keeps it out.
	 * With `gzip`, the padding travels compressed and only inflates at the caller.
	 */
	oversizedIdentity({ totalBytes, gzip = false }: { totalBytes: number; gzip?: boolean }): Fault {
		return (response, call) => {
			const length = Number.isFinite(totalBytes) && !gzip ? { 'Content-Length': Buffer.byteLength(identityAnswer) + totalBytes } : {};
			response.writeHead(200, { ...json, ...length, ...(gzip ? { 'Content-Encoding': 'gzip' } : {}) });
			const padding = Buffer.alloc(64 * 1024, ' ');
			if (!gzip) {
				writeCounted(response, call, identityAnswer);
				return flood(response, response, padding, totalBytes, (bytes) => (call.bodyBytesWritten += bytes));
			}
			// Counted as the caller would see it once inflated.
			const compressor = createGzip();
			compressor.pipe(response);
			response.once('close', () => compressor.destroy());
			compressor.write(identityAnswer, () => (call.bodyBytesWritten += Buffer.byteLength(identityAnswer)));
			flood(compressor, response, padding, totalBytes, (bytes) => (call.bodyBytesWritten += bytes));
		};
	},

	/** A redirect to `location`, with a small body as gateways send. */
	redirect(status: number, location: string): Fault {
		return faults.answer(status, { Location: location, 'Content-Type': 'text/plain' }, `Moved to ${location}`);
	},
};

export interface FaultyGateways {
	urls: Record<GatewayName, string>;
	/** Every call any of the three listeners received, in order. */
	calls: GatewayCall[];
	/** A fresh token of `environment` that the gateways answer with `fault`; any other token gets 401. */
	tokenFor(environment: Environment, fault: Fault): string;
	/** The calls that carried `token`, on any listener. */
	callsWith(token: string): GatewayCall[];
	close(): Promise<void>;
}

const prefixes: Record<Environment, string> = { production: 'ra_live_', sandbox: 'ra_test_' };

function listen(server: Server): Promise<number> {
	return new Promise((resolve, reject) => {
		server.once('error', reject);
		server.listen(0, '127.0.0.1', () => resolve((server.address() as AddressInfo).port));
	});
}

/** Starts the sandbox and production gateways and the `elsewhere` server, on free loopback ports. */
export async function startFaultyGateways(): Promise<FaultyGateways> {
	const calls: GatewayCall[] = [];
	const arranged = new Map<string, Fault>();

	const handler = (gateway: GatewayName) => (request: IncomingMessage, response: ServerResponse) => {
		const authorization = request.headers.authorization;
		const call: GatewayCall = {
			gateway,
			method: request.method ?? 'GET',
			path: (request.url ?? '/').split('?')[0]!,
			token: authorization?.startsWith('Bearer ') ? authorization.slice('Bearer '.length) : null,
			bodyBytesWritten: 0,
			cutOff: false,
			settled: new Promise((resolve) => response.once('close', resolve)),
		};
		response.once('close', () => (call.cutOff = !response.writableFinished));
		calls.push(call);
		// Elsewhere plays a server that would gladly accept a token redirected to it.
		if (gateway === 'elsewhere') return faults.answer(200, json, identityAnswer)(response, call);
		const fault = call.token === null ? undefined : arranged.get(call.token);
		if (!fault || !call.token!.startsWith(prefixes[gateway])) return faults.answer(401, json, '{"message":"Unauthorized"}')(response, call);
		fault(response, call);
	};

	const servers = {
		sandbox: createServer(handler('sandbox')),
		production: createServer(handler('production')),
		elsewhere: createServer(handler('elsewhere')),
	};
	const [sandbox, production, elsewhere] = await Promise.all([
		listen(servers.sandbox),
		listen(servers.production),
		listen(servers.elsewhere),
	]);
	return {
		urls: {
			sandbox: `http://127.0.0.1:${sandbox}`,
			production: `http://127.0.0.1:${production}`,
			elsewhere: `http://127.0.0.1:${elsewhere}`,
		},
		calls,
		tokenFor(environment, fault) {
			const token = `${prefixes[environment]}fault_${randomBytes(12).toString('hex')}`;
			arranged.set(token, fault);
			return token;
		},
		callsWith: (token) => calls.filter((call) => call.token === token),
		async close() {
			for (const server of Object.values(servers)) {
				server.closeAllConnections();
				await new Promise((resolve) => server.close(resolve));
			}
		},
	};
}
