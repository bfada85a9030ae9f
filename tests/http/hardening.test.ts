import { connect, type Socket } from 'node:net';
import { afterAll, beforeAll, describe, expect, vi } from 'vitest';
import { fakeRemoteTest as test } from '../support/http-fixtures';
import { ErrorResponseSchema } from '../../src/lib/shared/connection-test-schema';
import { gatewayEnvOf, uniqueDemoToken, type FakeRemote } from '../support/fake-remote';
import { startHelpCenter, startHelpCenterExpectingFailure, type RunningHelpCenter } from '../support/help-center';

/**
 * The server under pressure: its headers, its settings, slow clients, too many testers at once,
 * and stopping. Everything runs against the built server (`node server.mjs`) over real sockets.
 */

let fake: FakeRemote;
test.beforeAll(({ fake: started }) => {
	fake = started;
});

/** The fake answers this token after 30 s: the call waits until the server's time budget ends. */
const slowToken = () => uniqueDemoToken('slow');

function postTest(server: RunningHelpCenter, token: string): Promise<Response> {
	return fetch(`${server.url}/api/connection-test`, {
		method: 'POST',
		headers: { 'Content-Type': 'application/json' },
		body: JSON.stringify({ token }),
	});
}

/** A raw connection, to send a request as slowly or as oddly as a hostile client would. */
function rawConnection(url: string): Promise<{ socket: Socket; closed: Promise<string> }> {
	const { hostname, port } = new URL(url);
	return new Promise((resolve, reject) => {
		const socket = connect(Number(port), hostname, () => {
			let received = '';
			socket.on('data', (chunk) => (received += chunk));
			const closed = new Promise<string>((done) => socket.on('close', () => done(received)));
			resolve({ socket, closed });
		});
		socket.on('error', reject);
	});
}

describe('security headers on every kind of answer', () => {
	let server: RunningHelpCenter;
	beforeAll(async () => {
		server = await startHelpCenter(gatewayEnvOf(fake));
	});
	afterAll(async () => {
		await server?.stop();
	});

	test.for([
		['a guide page', '/environments/'],
		['a fingerprinted asset', 'asset'],
		['the Markdown twin', '/environments.md'],
		['the health check', '/api/health'],
		['the embed script', '/embed/token-tester.js'],
		['the not-found page', '/no-such-guide/'],
	] as const)('%s', async ([, path]) => {
		let target: string = path;
		if (path === 'asset') target = /href="(\/_astro\/[^"]+\.css)"/.exec(await (await fetch(`${server.url}/`)).text())![1]!;
		const headers = (await fetch(`${server.url}${target}`)).headers;
		expect(headers.get('content-security-policy')).toMatch(/frame-ancestors 'self'$/);
		expect(headers.get('content-security-policy')).not.toContain("'unsafe-inline'");
		expect(headers.get('x-content-type-options')).toBe('nosniff');
		expect(headers.get('referrer-policy')).toBe('strict-origin-when-cross-origin');
		expect(headers.get('permissions-policy')).toContain('camera=()');
		expect(headers.get('cross-origin-opener-policy')).toBe('same-origin');
		// Only when the operator says the site is served over HTTPS.
		expect(headers.get('strict-transport-security')).toBeNull();
	});

	test('the API’s answers, refusals included, carry a policy that loads nothing', async () => {
		const refused = await fetch(`${server.url}/api/connection-test`, { method: 'POST', body: 'x' });
		expect(refused.status).toBe(415);
		expect(refused.headers.get('content-security-policy')).toBe("default-src 'none'; frame-ancestors 'self'");
		expect(refused.headers.get('x-content-type-options')).toBe('nosniff');
	});

	test('a page’s header policy is its <meta> policy plus frame-ancestors, which only a header can carry', async () => {
		const response = await fetch(`${server.url}/troubleshooting/`);
		const meta = /<meta http-equiv="content-security-policy" content="([^"]*)">/.exec(await response.text())![1]!;
		expect(response.headers.get('content-security-policy')).toBe(`${meta}; frame-ancestors 'self'`);
		expect(meta).toContain("'wasm-unsafe-eval'");
		expect(meta).toContain("worker-src 'self'");
	});
});

describe('settings that change the headers', () => {
	test('FRAME_ANCESTORS lets a partner frame the guides, and HSTS=1 tells browsers to insist on HTTPS', async () => {
		const server = await startHelpCenter({ FRAME_ANCESTORS: "'self' https://help.partner.com https://*.partner.com", HSTS: '1' });
		try {
			const headers = (await fetch(`${server.url}/prerequisites/`)).headers;
			expect(headers.get('content-security-policy')).toMatch(
				/frame-ancestors 'self' https:\/\/help\.partner\.com https:\/\/\*\.partner\.com$/,
			);
			expect(headers.get('strict-transport-security')).toBe('max-age=31536000');
		} finally {
			await server.stop();
		}
	});

	test.for([
		['FRAME_ANCESTORS', 'javascript:alert(1)', 'FRAME_ANCESTORS="javascript:alert(1)": must be space-separated sources'],
		['FRAME_ANCESTORS', "'none' https://a.example", "'none' cannot be combined"],
		['HSTS', 'sometimes', 'HSTS="sometimes": must be 1 or 0'],
		['CLIENT_TIMEOUT_MS', '-1', 'CLIENT_TIMEOUT_MS="-1": must be at least 100 ms'],
		['REMOTE_TIMEOUT_MS', '-5', 'REMOTE_TIMEOUT_MS="-5": must be at least 1 ms'],
		['REMOTE_PRODUCTION_API_URL', 'http://gateway.remote.com', 'REMOTE_PRODUCTION_API_URL="http://gateway.remote.com": must be https'],
		['EMBED_ALLOWED_ORIGINS', 'help.partner.com/page', 'each entry must be an origin'],
		['TESTER_MAX_CONCURRENT', 'lots', 'TESTER_MAX_CONCURRENT="lots": must be a number'],
		['PORT', 'abc', 'PORT="abc": must be a port number'],
		['MAX_CONNECTIONS', '0', 'MAX_CONNECTIONS="0": must be at least 10'],
	] as const)('%s=%s: the server refuses to start and says why', async ([variable, value, message]) => {
		const { code, output } = await startHelpCenterExpectingFailure({ [variable]: value });
		expect(code).toBe(1);
		expect(output).toContain(message);
	});
});

describe('settings that change the headers: a port that is taken', () => {
	test('the server refuses to start on a port something else holds, and says so in words', async () => {
		const holder = await startHelpCenter(gatewayEnvOf(fake));
		try {
			const { code, output } = await startHelpCenterExpectingFailure({ PORT: new URL(holder.url).port });
			expect(code).toBe(1);
			expect(output).toContain('something else is listening there');
			expect(output).toContain('"event":"server_not_started"');
		} finally {
			await holder.stop();
		}
	});
});

describe('one route, however it is spelled', () => {
	test('an encoded, doubled or capitalised path to the tester shares its rate limit: no second copy of the route', async () => {
		const server = await startHelpCenter({ ...gatewayEnvOf(fake), TESTER_RATE_LIMIT: '2' });
		try {
			const paths = [
				'/api/connection-test',
				'/api/%63onnection%2Dtest',
				'//api//connection-test/',
				'/API/Connection-Test',
				'/api%2Fconnection-test',
			];
			const statuses: number[] = [];
			for (const path of paths) {
				const response = await fetch(`${server.url}${path}`, {
					method: 'POST',
					headers: { 'Content-Type': 'application/json' },
					body: '{"token":"ra_test_short"}',
				});
				statuses.push(response.status);
				expect(response.headers.get('content-security-policy'), path).toBe("default-src 'none'; frame-ancestors 'self'");
			}
			expect(statuses).toEqual([200, 200, 429, 429, 429]);
		} finally {
			await server.stop();
		}
	});

	test('any other path under /api is a JSON 404, not a page', async () => {
		const server = await startHelpCenter(gatewayEnvOf(fake));
		try {
			const response = await fetch(`${server.url}/api/tokens`);
			expect(response.status).toBe(404);
			expect(ErrorResponseSchema.parse(await response.json()).error.code).toBe('not_found');
		} finally {
			await server.stop();
		}
	});

	test('malformed requests count against the rate limit too, and are refused before their body is read', async () => {
		const server = await startHelpCenter({ ...gatewayEnvOf(fake), TESTER_RATE_LIMIT: '2' });
		try {
			const junk = () =>
				fetch(`${server.url}/api/connection-test`, { method: 'POST', headers: { 'Content-Type': 'text/plain' }, body: 'x'.repeat(100) });
			expect((await junk()).status).toBe(415);
			expect((await junk()).status).toBe(415);
			const limited = await postTest(server, 'ra_test_demo_connected_4f1c9a27b3');
			expect(limited.status).toBe(429);
			// Its body was never read, so the connection is not kept for another request.
			expect(limited.headers.get('connection')).toBe('close');
			// A flood logs its first refusal in the window, not every one.
			for (let more = 0; more < 5; more++) expect((await junk()).status).toBe(429);
			expect(server.output().match(/"code":"too_many_requests"/g)).toHaveLength(1);
		} finally {
			await server.stop();
		}
	});

	test('the health check keeps its connection open for the next probe', async () => {
		const server = await startHelpCenter(gatewayEnvOf(fake));
		try {
			const { socket, closed } = await rawConnection(server.url);
			socket.write('GET /api/health HTTP/1.1\r\nHost: x\r\n\r\nGET /api/health HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n');
			const answers = await closed;
			expect(answers.match(/HTTP\/1\.1 200/g)).toHaveLength(2);
			expect(answers).toContain('Connection: keep-alive');
		} finally {
			await server.stop();
		}
	});
});

describe('slow clients are cut off without holding the server', () => {
	const clientTimeoutMs = 1000;
	let server: RunningHelpCenter;
	beforeAll(async () => {
		server = await startHelpCenter({ ...gatewayEnvOf(fake), CLIENT_TIMEOUT_MS: String(clientTimeoutMs), REMOTE_TIMEOUT_MS: '500' });
	});
	afterAll(async () => {
		await server?.stop();
	});

	/** Sends `text` a byte at a time, every `everyMs`, until the server hangs up or the text ends. */
	async function dribble(text: string, everyMs: number): Promise<{ answer: string; elapsedMs: number }> {
		const started = Date.now();
		const { socket, closed } = await rawConnection(server.url);
		let open = true;
		void closed.then(() => (open = false));
		for (const byte of text) {
			if (!open) break;
			socket.write(byte);
			await new Promise((resolve) => setTimeout(resolve, everyMs));
		}
		const answer = await closed;
		return { answer, elapsedMs: Date.now() - started };
	}

	test('headers sent a byte at a time are cut off at the bound, and others are served meanwhile', async () => {
		const slow = dribble(`GET /environments/ HTTP/1.1\r\nHost: x\r\nX-Padding: ${'a'.repeat(200)}\r\n\r\n`, 50);
		// While that connection hangs on, the server answers everyone else at once.
		const page = await fetch(`${server.url}/prerequisites/`);
		expect(page.status).toBe(200);
		const { answer, elapsedMs } = await slow;
		expect(answer).toMatch(/^HTTP\/1\.1 408/);
		expect(elapsedMs).toBeLessThan(clientTimeoutMs + 2500);
	});

	test('a JSON body that dribbles in is cut off at the bound, and the token in it goes nowhere', async () => {
		const token = uniqueDemoToken('connected');
		const body = JSON.stringify({ token });
		const { answer, elapsedMs } = await dribble(
			`POST /api/connection-test HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\nContent-Length: ${body.length}\r\n\r\n${body}`,
			60,
		);
		expect(answer).toMatch(/^HTTP\/1\.1 408/);
		expect(elapsedMs).toBeLessThan(clientTimeoutMs + 2500);
		expect(fake.calls.some((call) => call.token === token)).toBe(false);
		expect(server.output()).not.toContain(token);
	});

	test('a client that asks for pages and never reads them is disconnected, not kept forever', async () => {
		const { socket, closed } = await rawConnection(server.url);
		socket.pause();
		// 1000 × 180 KB is far more than the kernel's socket buffers hold (tens of MB on loopback), so
		// the server must wait on us.
		const request = 'GET /pagefind/pagefind-component-ui.js HTTP/1.1\r\nHost: x\r\nAccept-Encoding: identity\r\n\r\n';
		socket.write(request.repeat(1000));
		// Wait longer than the server lets a connection stall (the pipelined requests it has not read
		// yet run into CLIENT_TIMEOUT_MS; an answer stuck unsent, into the idle timeout), then read:
		// the connection must end before all 1000 answers came.
		await new Promise((resolve) => setTimeout(resolve, 4500));
		socket.resume();
		const received = await closed;
		expect((received.match(/HTTP\/1\.1 200/g) ?? []).length).toBeLessThan(1000);
	}, 15_000);

	test('a client that opens a connection and sends nothing is closed too', async () => {
		const started = Date.now();
		const { closed } = await rawConnection(server.url);
		await closed;
		expect(Date.now() - started).toBeLessThan(clientTimeoutMs + 6000);
	});
});

describe('too many testers at once', () => {
	test('beyond TESTER_MAX_CONCURRENT live tests, the rest get 503 with Retry-After; format checks still answer', async () => {
		const server = await startHelpCenter({
			...gatewayEnvOf(fake),
			TESTER_MAX_CONCURRENT: '2',
			REMOTE_TIMEOUT_MS: '1500',
			TESTER_RATE_LIMIT: '1000',
		});
		try {
			const waiting = [postTest(server, slowToken()), postTest(server, slowToken())];
			await new Promise((resolve) => setTimeout(resolve, 200));
			const shed = await Promise.all([postTest(server, slowToken()), postTest(server, slowToken()), postTest(server, slowToken())]);
			for (const response of shed) {
				expect(response.status).toBe(503);
				expect(response.headers.get('retry-after')).toBe('2');
				expect(ErrorResponseSchema.parse(await response.json()).error).toMatchObject({
					code: 'server_busy',
					nextStep: { href: '/troubleshooting/#the-tester-is-busy' },
				});
			}
			// A test that needs no call to Remote is never shed.
			const formatOnly = await postTest(server, 'ra_test_short');
			expect(formatOnly.status).toBe(200);
			expect((await formatOnly.json()).verdict).toBe('invalid_format');
			// The two that were let through end with their verdict, and free their slots.
			for (const response of await Promise.all(waiting)) expect((await response.json()).verdict).toBe('timeout');
			expect((await postTest(server, 'ra_test_demo_connected_4f1c9a27b3')).status).toBe(200);
		} finally {
			await server.stop();
		}
	});
});

describe('a tester who leaves', () => {
	test('hanging up mid-test stops the call to Remote and frees its place under the cap at once', async () => {
		const server = await startHelpCenter({
			...gatewayEnvOf(fake),
			TESTER_MAX_CONCURRENT: '1',
			REMOTE_TIMEOUT_MS: '5000',
			TESTER_RATE_LIMIT: '1000',
		});
		try {
			const leaving = new AbortController();
			const left = fetch(`${server.url}/api/connection-test`, {
				method: 'POST',
				headers: { 'Content-Type': 'application/json' },
				body: JSON.stringify({ token: slowToken() }),
				signal: leaving.signal,
			}).catch(() => 'left');
			await new Promise((resolve) => setTimeout(resolve, 300));
			leaving.abort();
			expect(await left).toBe('left');
			await new Promise((resolve) => setTimeout(resolve, 200));
			// Long before the 5 s budget would have freed it, the one place is free again.
			const next = await postTest(server, 'ra_test_demo_connected_4f1c9a27b3');
			expect(next.status).toBe(200);
			expect((await next.json()).verdict).toBe('connected');
			expect(server.output()).toContain('"event":"connection_test_aborted"');
		} finally {
			await server.stop();
		}
	});
});

describe('readers while testers wait', () => {
	test('with 150 testers at a slow Remote, pages are answered while they wait, and only deliberate 503s come back', async () => {
		const server = await startHelpCenter({
			...gatewayEnvOf(fake),
			TESTER_MAX_CONCURRENT: '100',
			REMOTE_TIMEOUT_MS: '2000',
			TESTER_RATE_LIMIT: '100000',
		});
		try {
			let firstTesterAnsweredAt = Infinity;
			const testers = Array.from({ length: 150 }, () =>
				postTest(server, slowToken()).then(async (response) => {
					// Shed testers are answered at once, by design; the ones let through wait on Remote.
					if (response.status === 503) return 'busy';
					firstTesterAnsweredAt = Math.min(firstTesterAnsweredAt, Date.now());
					return (await response.json()).verdict;
				}),
			);
			await new Promise((resolve) => setTimeout(resolve, 300));
			// Sixty pages one after another while the testers wait: the event loop is free for them.
			let lastPageAt = 0;
			for (let page = 0; page < 60; page++) {
				expect((await fetch(`${server.url}/troubleshooting/`)).status).toBe(200);
				lastPageAt = Date.now();
			}
			const outcomes = await Promise.all(testers);
			expect(lastPageAt).toBeLessThan(firstTesterAnsweredAt);
			// Deliberate sheds and time-outs only: the first 100 wait out the budget, the rest are shed.
			expect(new Set(outcomes)).toEqual(new Set(['timeout', 'busy']));
			expect(outcomes.filter((outcome) => outcome === 'timeout')).toHaveLength(100);
		} finally {
			await server.stop();
		}
	});
});

describe('stopping', () => {
	test('SIGTERM lets a test in flight finish, refuses new connections, and exits 0', async () => {
		const server = await startHelpCenter({ ...gatewayEnvOf(fake), REMOTE_TIMEOUT_MS: '1500' });
		const inFlight = postTest(server, slowToken());
		await new Promise((resolve) => setTimeout(resolve, 300));
		const exited = server.stop();
		await new Promise((resolve) => setTimeout(resolve, 200));
		await expect(fetch(`${server.url}/api/health`)).rejects.toThrow();
		const answer = await inFlight;
		expect(answer.status).toBe(200);
		expect((await answer.json()).verdict).toBe('timeout');
		expect(await exited).toBe(0);
		expect(server.output()).toContain('"event":"server_stopped"');
		expect(server.output()).not.toContain('server_stop_forced');
	});
});

test('MAX_CONNECTIONS: a connection beyond the cap is closed unanswered, and one is accepted again once a place frees', async () => {
	const server = await startHelpCenter({ ...gatewayEnvOf(fake), MAX_CONNECTIONS: '10' });
	const held: Array<Awaited<ReturnType<typeof rawConnection>>> = [];
	try {
		// Ten kept-alive connections, each answered once, so the server counts all of them.
		for (let index = 0; index < 10; index++) {
			const connection = await rawConnection(server.url);
			let received = '';
			const answered = new Promise<void>((resolve) =>
				connection.socket.on('data', (chunk) => {
					received += chunk;
					if (received.includes('\r\n\r\n')) resolve();
				}),
			);
			connection.socket.write('HEAD /api/health HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n');
			await answered;
			held.push(connection);
		}
		const beyond = await rawConnection(server.url);
		beyond.socket.write('GET /api/health HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n');
		expect(await beyond.closed).toBe('');
		held.shift()!.socket.destroy();
		await vi.waitFor(async () => expect((await fetch(`${server.url}/api/health`)).status).toBe(200));
	} finally {
		for (const connection of held) connection.socket.destroy();
		await server.stop();
	}
});
