/**
 * A fake of Remote's two gateways for tests and `npm run demo`, on 127.0.0.1 only. It answers
 * `GET /v1/identity/current` the way Remote documents it, by the demo token sent (see
 * src/lib/shared/demo-tokens.ts), and rejects a token of the other environment with 401 as Remote does.
 * It records every call, so tests can check that a token went to one gateway, once.
 *
 * Run it on its own with `node tests/support/fake-remote.ts [--port 4330]`: the sandbox gateway
 * listens on the port, production on the next one, and `GET /__fake/calls` lists the calls.
 */
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { randomBytes } from 'node:crypto';
import { demoBehaviourOf, type DemoBehaviour } from '../../src/lib/shared/demo-tokens.ts';

export type FakeEnvironment = 'production' | 'sandbox';

export interface FakeCall {
	gateway: FakeEnvironment;
	method: string;
	path: string;
	/** The bearer token received, so tests can assert where a token went (never printed). */
	token: string | null;
	accept: string | null;
}

export interface FakeRemote {
	urls: Record<FakeEnvironment, string>;
	calls: FakeCall[];
	/** The calls that carried `token`: a test's own, when its token is unique (uniqueDemoToken). */
	callsWith(token: string): FakeCall[];
	close(): Promise<void>;
}

const prefixes: Record<FakeEnvironment, string> = { production: 'ra_live_', sandbox: 'ra_test_' };

/**
 * A token the fake answers as the demo token of `behaviour` does, with a random tail: unique to
 * the test that made it, so the test finds its own calls (`callsWith`) and can search every log
 * and answer for it. `unknown` is a well-formed token the fake does not know (401).
 */
export function uniqueDemoToken(behaviour: DemoBehaviour | 'unknown', environment: FakeEnvironment = 'sandbox'): string {
	return `${prefixes[environment]}demo_${behaviour}_${randomBytes(8).toString('hex')}`;
}
const companies: Record<FakeEnvironment, string> = { production: 'Acme Ltd', sandbox: 'Acme Sandbox Ltd' };
/** How long the `slow` demo token keeps the caller waiting. */
export const slowAnswerMs = 30_000;

function sendJson(response: ServerResponse, status: number, body: unknown, headers: Record<string, string> = {}): void {
	response.writeHead(status, { 'Content-Type': 'application/json; charset=utf-8', ...headers });
	response.end(JSON.stringify(body));
}

function rateLimitHeaders(remaining: number): Record<string, string> {
	return { 'x-ratelimit-count': String(20 - remaining), 'x-ratelimit-remaining': String(remaining), 'x-ratelimit-reset': '42000' };
}

function answerIdentity(gateway: FakeEnvironment, token: string | null, request: IncomingMessage, response: ServerResponse): void {
	if (!token || !token.startsWith(prefixes[gateway])) {
		// Remote answers a missing token, or one from the other environment, with a bare 401.
		return sendJson(response, 401, { message: 'Unauthorized' });
	}
	switch (demoBehaviourOf(token)) {
		case 'connected':
			return sendJson(
				response,
				201,
				{
					data: {
						company: { id: `${gateway}-company-0001`, name: companies[gateway] },
						user: { id: 'user-0001', name: 'Ada Admin', email: 'ada.admin@acme.example', status: 'active' },
					},
				},
				rateLimitHeaders(19),
			);
		case 'forbidden':
			return sendJson(response, 403, { message: 'Forbidden' }, rateLimitHeaders(18));
		case 'rate_limited':
			return sendJson(response, 429, { message: 'Too many requests' }, rateLimitHeaders(0));
		case 'server_error':
			response.writeHead(503, { 'Content-Type': 'text/html' });
			return void response.end('<html><body><h1>503 Service Temporarily Unavailable</h1></body></html>');
		case 'malformed':
			response.writeHead(200, { 'Content-Type': 'text/html' });
			return void response.end('<html><body>Welcome</body></html>');
		case 'slow': {
			const timer = setTimeout(() => sendJson(response, 201, { data: {} }), slowAnswerMs);
			request.socket.once('close', () => clearTimeout(timer));
			return;
		}
		case 'reset':
			return void request.socket.destroy();
		default:
			// Revoked and unknown tokens alike: Remote does not say which.
			return sendJson(response, 401, { message: 'Unauthorized' });
	}
}

/** The settings that point the help center's two gateways at these fakes. */
export function gatewayEnvOf(fake: Pick<FakeRemote, 'urls'>): { REMOTE_PRODUCTION_API_URL: string; REMOTE_SANDBOX_API_URL: string } {
	return { REMOTE_PRODUCTION_API_URL: fake.urls.production, REMOTE_SANDBOX_API_URL: fake.urls.sandbox };
}

function listen(server: Server, port: number): Promise<number> {
	return new Promise((resolve, reject) => {
		server.once('error', reject);
		server.listen(port, '127.0.0.1', () => resolve((server.address() as AddressInfo).port));
	});
}

/** Starts both fake gateways; port 0 picks free ports. */
export async function startFakeRemote(port = 0): Promise<FakeRemote> {
	const calls: FakeCall[] = [];
	const handler = (gateway: FakeEnvironment) => (request: IncomingMessage, response: ServerResponse) => {
		const path = (request.url ?? '/').split('?')[0]!;
		if (path === '/__fake/calls') {
			if (request.method === 'DELETE') calls.length = 0;
			return sendJson(response, 200, calls);
		}
		const authorization = request.headers.authorization;
		const token = authorization?.startsWith('Bearer ') ? authorization.slice('Bearer '.length) : null;
		calls.push({ gateway, method: request.method ?? 'GET', path, token, accept: request.headers.accept ?? null });
		if (request.method === 'GET' && path === '/v1/identity/current') return answerIdentity(gateway, token, request, response);
		sendJson(response, 404, { message: 'Not found' });
	};
	const sandbox = createServer(handler('sandbox'));
	const production = createServer(handler('production'));
	const sandboxPort = await listen(sandbox, port);
	const productionPort = await listen(production, port === 0 ? 0 : port + 1);
	return {
		urls: { sandbox: `http://127.0.0.1:${sandboxPort}`, production: `http://127.0.0.1:${productionPort}` },
		calls,
		callsWith: (token) => calls.filter((call) => call.token === token),
		async close() {
			for (const server of [sandbox, production]) {
				server.closeAllConnections();
				await new Promise((resolve) => server.close(resolve));
			}
		},
	};
}

if (import.meta.main) {
	const portFlag = process.argv.indexOf('--port');
	const fake = await startFakeRemote(portFlag > 0 ? Number(process.argv[portFlag + 1]) : 4330);
	console.log(`Fake Remote: sandbox ${fake.urls.sandbox}, production ${fake.urls.production}`);
	const stop = () => fake.close().then(() => process.exit(0));
	process.on('SIGTERM', stop);
	process.on('SIGINT', stop);
}
