import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, test, vi } from 'vitest';
import type { ConnectionTestResult } from '../../src/lib/shared/connection-test-schema';
import { createTesterController, type TesterEvents, type TesterState } from '../../src/lib/shared/tester-controller';
import { testerWordsFor } from '../../src/i18n/tester-words';
import { connectedSandboxVerdict } from '../support/tester-events';
import type { Environment } from '../../src/lib/shared/token-rules';

const testerWords = testerWordsFor('en');

const sandboxToken = 'ra_test_a1b2c3d4e5f6g7h8i9j0';
const productionToken = 'ra_live_a1b2c3d4e5f6g7h8i9j0';

const connected: ConnectionTestResult = {
	verdict: 'connected',
	code: 'connected',
	locale: 'en',
	summary: 'Connected to Acme Sandbox Ltd — Sandbox',
	environment: 'sandbox',
	detectedEnvironment: 'sandbox',
	maskedToken: 'ra_test_…i9j0',
	notices: [],
	checks: [],
	companyName: 'Acme Sandbox Ltd',
	upstreamStatus: 201,
	latencyMs: 12,
	retryAfterSeconds: null,
	nextStep: { href: '/link-account/', label: 'Link your account with this token' },
};

/**
 * A real HTTP server in place of the help center's route, answering each path its own way: the
 * controller's requests go through Node's own fetch, as a browser's would.
 */
let server: Server;
let base: string;
const received: Array<{ path: string; body: string }> = [];
beforeAll(async () => {
	server = createServer((request, response) => {
		let body = '';
		request.on('data', (chunk) => (body += chunk));
		request.on('end', (): void => {
			received.push({ path: request.url!, body });
			const json = (status: number, value: unknown, headers: Record<string, string> = {}) =>
				response.writeHead(status, { 'Content-Type': 'application/json', ...headers }).end(JSON.stringify(value));
			if (request.url === '/connected') return void json(200, connected);
			if (request.url === '/rate-limited')
				return void json(200, { ...connected, verdict: 'rate_limited', companyName: null, upstreamStatus: 429, retryAfterSeconds: 3 });
			if (request.url === '/refused')
				return void json(
					429,
					{
						error: {
							code: 'too_many_requests',
							message: 'Too many tests.',
							nextStep: { href: '/troubleshooting/#too-many-tests', label: 'Why' },
						},
					},
					{ 'Retry-After': '2' },
				);
			if (request.url === '/proxy-error')
				return void response.writeHead(502, 'Bad Gateway', { 'Content-Type': 'text/html' }).end('<h1>502</h1>');
			if (request.url === '/slow') return void setTimeout(() => json(200, connected), 200);
			response.destroy();
		});
	});
	await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
	base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(() => new Promise((resolve) => server.close(resolve)));

function tester({ api = null as string | null, environment = null as Environment | null } = {}) {
	const events: Array<{ type: keyof TesterEvents; detail: TesterEvents[keyof TesterEvents] }> = [];
	const states: TesterState[] = [];
	const controller = createTesterController({
		words: testerWords,
		api,
		environment,
		render: (state) => states.push(structuredClone(state)),
		emit: (type, detail) => events.push({ type, detail }),
	});
	return { controller, events, states, last: () => states.at(-1)! };
}

describe('as the reader types', () => {
	test('each check in the browser says ok, or the problem, with the environments, and sends nothing', () => {
		const { controller, events } = tester();
		const before = received.length;
		controller.type('ra_test_short');
		controller.type(sandboxToken);
		controller.type('sk_live_abcdefghijklmnopqrstuv');
		expect(events).toEqual([
			{ type: 'precheck', detail: { verdict: 'invalid_format', environment: 'sandbox', detectedEnvironment: 'sandbox' } },
			{ type: 'precheck', detail: { verdict: 'ok', environment: 'sandbox', detectedEnvironment: 'sandbox' } },
			{ type: 'precheck', detail: { verdict: 'invalid_format', environment: 'sandbox', detectedEnvironment: null } },
		]);
		expect(received.length).toBe(before);
	});

	test('the environment follows the prefix until the reader picks one; then a mismatch is a mismatch', () => {
		const { controller, events, last } = tester();
		controller.type(sandboxToken);
		expect(last().environment).toBe('sandbox');
		controller.type(productionToken);
		expect(last().environment).toBe('production');
		controller.choose('sandbox');
		expect(last().feedback).toMatchObject({
			tone: 'warn',
			switchTo: 'production',
			message: expect.stringContaining('cannot work in Sandbox'),
		});
		expect(events.at(-1)!.detail).toEqual({ verdict: 'environment_mismatch', environment: 'sandbox', detectedEnvironment: 'production' });
		controller.type(productionToken);
		expect(last().environment).toBe('sandbox');
	});

	test('an environment it starts with is kept, as a pick', () => {
		const { controller, last } = tester({ environment: 'production' });
		controller.type(sandboxToken);
		expect(last().environment).toBe('production');
		expect(last().feedback?.switchTo).toBe('sandbox');
	});

	test('says what the paste carried around the token', () => {
		const { controller, last } = tester();
		controller.type(` "${sandboxToken}"\n`);
		expect(last().feedback).toMatchObject({ tone: 'pass', notices: [testerWords.notices.whitespace, testerWords.notices.quotes] });
	});

	test('an environment it cannot have (an empty option, say) is none: it follows the prefix', () => {
		const { controller, last } = tester({ environment: '' as Environment });
		controller.type(sandboxToken);
		expect(last().environment).toBe('sandbox');
		expect(last().feedback?.tone).toBe('pass');
	});

	test('choosing the environment already chosen keeps the result and says nothing new', async () => {
		const { controller, events, last } = tester({ api: `${base}/connected` });
		controller.type(sandboxToken);
		await controller.test();
		const heard = events.length;
		controller.choose('sandbox');
		expect(last().outcome?.kind).toBe('result');
		expect(events).toHaveLength(heard);
	});

	test('a new token or environment clears the result', async () => {
		const { controller, last } = tester({ api: `${base}/connected` });
		controller.type(sandboxToken);
		await controller.test();
		expect(last().outcome?.kind).toBe('result');
		controller.type(`${sandboxToken}x`);
		expect(last().outcome).toBeNull();
	});
});

describe('on Test', () => {
	test('a token the browser rules out is answered there, with no request and no verdict event', async () => {
		const { controller, events, last } = tester({ api: `${base}/connected` });
		const before = received.length;
		controller.type('ra_test_short');
		await controller.test();
		expect(last().outcome).toMatchObject({ kind: 'result', answer: { verdict: 'invalid_format' } });
		expect(received.length).toBe(before);
		expect(events.map((event) => event.type)).toEqual(['precheck']);
	});

	test('without a live check, the browser’s checks are all it says', async () => {
		const { controller, last } = tester();
		controller.type(sandboxToken);
		await controller.test();
		expect(last().outcome).toEqual({ kind: 'offline', environment: 'sandbox' });
	});

	test('sends the cleaned token once, is busy meanwhile, and a second Test does nothing', async () => {
		const { controller, states, last } = tester({ api: `${base}/slow` });
		controller.type(`Bearer ${sandboxToken}`);
		const first = controller.test();
		await controller.test();
		await first;
		const sent = received.filter((request) => request.path === '/slow');
		expect(sent).toHaveLength(1);
		expect(JSON.parse(sent[0]!.body)).toEqual({ token: sandboxToken, environment: 'sandbox', locale: 'en' });
		expect(states.some((state) => state.busy)).toBe(true);
		expect(last()).toMatchObject({ busy: false, outcome: { kind: 'result', answer: { verdict: 'connected' } } });
	});

	test('an answer about a token the reader has since changed is dropped, not shown or reported', async () => {
		const { controller, events, last } = tester({ api: `${base}/slow` });
		controller.type(sandboxToken);
		const testing = controller.test();
		controller.type(`${sandboxToken}x`);
		await testing;
		expect(last()).toMatchObject({ busy: false, outcome: null });
		expect(events.map((event) => event.type)).not.toContain('verdict');
	});

	test('a verdict event carries the verdict and its figures, never the token, whole or masked', async () => {
		const { controller, events } = tester({ api: `${base}/connected` });
		controller.type(sandboxToken);
		await controller.test();
		const verdict = events.find((event) => event.type === 'verdict')!.detail;
		expect(verdict).toEqual(connectedSandboxVerdict);
		for (const { detail } of events) {
			expect(JSON.stringify(detail)).not.toContain(sandboxToken.slice(8));
			expect(JSON.stringify(detail)).not.toContain('…');
		}
	});

	test('after a rate limit it counts down, and Test waits until it is over', async () => {
		vi.useFakeTimers({ toFake: ['setInterval', 'clearInterval'] });
		try {
			const { controller, events, last } = tester({ api: `${base}/rate-limited` });
			controller.type(sandboxToken);
			await controller.test();
			expect(last().retryIn).toBe(3);
			expect(events.at(-1)!.detail).toMatchObject({ verdict: 'rate_limited', retryAfterSeconds: 3, upstreamStatus: 429 });
			vi.advanceTimersByTime(1000);
			expect(last().retryIn).toBe(2);
			const before = received.length;
			await controller.test();
			expect(received.length).toBe(before);
			vi.advanceTimersByTime(2000);
			expect(last().retryIn).toBe(0);
			vi.advanceTimersByTime(5000);
			expect(last().retryIn).toBe(0);
			await controller.test();
			expect(received.length).toBe(before + 1);
		} finally {
			vi.useRealTimers();
		}
	});

	test('a refusal is shown with its own message and its section on the tester’s own site, counts down its Retry-After, and is an error event', async () => {
		const { controller, events, last } = tester({ api: `${base}/refused` });
		controller.type(sandboxToken);
		await controller.test();
		expect(last().outcome).toEqual({ kind: 'problem', message: 'Too many tests.', nextStep: testerWords.nextSteps.too_many_requests });
		expect(last().retryIn).toBe(2);
		expect(events.at(-1)!.detail).toMatchObject({ verdict: 'error', error: 'too_many_requests', retryAfterSeconds: 2 });
	});

	test('a proxy’s error page is not taken for the tester’s answer', async () => {
		const { controller, events, last } = tester({ api: `${base}/proxy-error` });
		controller.type(sandboxToken);
		await controller.test();
		expect(last().outcome).toEqual({
			kind: 'problem',
			message: expect.stringContaining('answered 502 Bad Gateway instead of a result'),
			nextStep: undefined,
		});
		expect(events.at(-1)!.detail).toMatchObject({ verdict: 'error', error: 'not_a_result' });
	});

	test('nobody answering is said, and the tester is ready again', async () => {
		const { controller, events, last } = tester({ api: `${base}/hang-up` });
		controller.type(sandboxToken);
		await controller.test();
		expect(last()).toMatchObject({ busy: false, outcome: { kind: 'problem', message: testerWords.ui.unreachable } });
		expect(events.at(-1)!.detail).toMatchObject({ verdict: 'error', error: 'unreachable' });
	});
});
