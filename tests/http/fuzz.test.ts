import { randomInt } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { describe, expect } from 'vitest';
import { helpCenterTest } from '../support/http-fixtures';
import { ConnectionTestResultSchema, ErrorResponseSchema, type ErrorCode } from '../../src/lib/shared/connection-test-schema';
import type { FakeRemote } from '../support/fake-remote';
import { fuzzCategories, generateFuzzCases, type FuzzCase, type FuzzCategory } from '../support/fuzz-cases';
import type { RunningHelpCenter } from '../support/help-center';
import { rawExchange, type RawExchange, type RawResponse } from '../support/raw-http';

/**
 * A seeded, bounded fuzz of `POST /api/connection-test` against the built server: thousands of
 * hostile requests over raw sockets, a few connections at a time. Whatever arrives, the route
 * answers with a documented status and shape (or Node's HTTP parser refuses the bytes itself), never
 * a 5xx, never hangs, never crashes, and never sends a token back or writes one to its log.
 *
 * Replay a run with the seed it prints: `FUZZ_SEED=123 npx vitest run --project http tests/http/fuzz.test.ts`.
 * `FUZZ_CASES` changes how many cases run (default 4000, plus a few slow clients).
 */
const seed = process.env.FUZZ_SEED ? Number(process.env.FUZZ_SEED) : randomInt(2 ** 31);
const caseCount = Number(process.env.FUZZ_CASES ?? 4000);
const connections = 6;
/** How long the server has to answer or close after a case's last byte. */
const answerWithinMs = 3000;
const replay = `FUZZ_SEED=${seed} npx vitest run --project http tests/http/fuzz.test.ts`;

/** Statuses the route documents, and the error code each refusal carries. */
const refusalCodes: Record<number, ErrorCode[]> = {
	400: ['invalid_json', 'invalid_request'],
	403: ['origin_not_allowed', 'method_not_allowed'],
	405: ['method_not_allowed'],
	413: ['payload_too_large'],
	415: ['unsupported_media_type'],
	429: ['too_many_requests'],
};
/** What Node itself answers to bytes it cannot parse as HTTP, before any handler runs. */
const nodeStatuses = [400, 408, 417, 431];

let fake: FakeRemote;
let server: RunningHelpCenter;

const test = helpCenterTest({
	REMOTE_TIMEOUT_MS: '2000',
	// The limiter would answer most cases with 429 and hide the parser behind it.
	TESTER_RATE_LIMIT: '1000000000',
});
test.beforeAll(({ fake: started, helpCenter }) => {
	fake = started;
	server = helpCenter;
});

/** The server's resident memory in MB, from /proc (Linux only; null elsewhere). */
function residentMegabytes(pid: number, field: 'VmRSS' | 'VmHWM' = 'VmRSS'): number | null {
	try {
		const kilobytes = new RegExp(`^${field}:\\s+(\\d+) kB`, 'm').exec(readFileSync(`/proc/${pid}/status`, 'utf8'))?.[1];
		return kilobytes ? Math.round(Number(kilobytes) / 1024) : null;
	} catch {
		return null;
	}
}

/** The forms a secret would take in a raw answer, read as latin1. */
const needlesOf = (secret: string) => [...new Set([Buffer.from(secret).toString('latin1'), JSON.stringify(secret).slice(1, -1)])];

/** What is wrong with one answer from the route (one with the X-Request-Id it stamps on each). */
function checkRouteAnswer(fuzzCase: FuzzCase, method: string, response: RawResponse): string[] {
	const problems: string[] = [];
	const { status } = response;
	const allowed = [200, ...Object.keys(refusalCodes).map(Number), ...(method === 'OPTIONS' ? [204] : [])];
	if (!allowed.includes(status)) problems.push(`undocumented status ${status}`);
	if (fuzzCase.expectStatuses && !fuzzCase.expectStatuses.includes(status))
		problems.push(`status ${status}, expected ${fuzzCase.expectStatuses.join(' or ')}`);
	if (response.headers.get('cache-control')?.[0] !== 'no-store') problems.push('no Cache-Control: no-store');
	if (response.body.length === 0) {
		// No body: HEAD, a preflight, or a client that hung up mid-body (nobody reads that answer).
		const bodiless = method === 'HEAD' || status === 204 || (status === 400 && fuzzCase.endAfterSend);
		if (!bodiless) problems.push(`status ${status} without a body`);
		return problems;
	}
	if (!response.headers.get('content-type')?.[0]?.startsWith('application/json')) problems.push('a body that is not labelled JSON');
	let body: unknown;
	try {
		body = JSON.parse(response.body.toString('utf8'));
	} catch {
		return [...problems, 'a body that is not JSON'];
	}
	if (status === 200) {
		const result = ConnectionTestResultSchema.safeParse(body);
		if (!result.success) problems.push(`a 200 that is not a result: ${result.error.issues[0]?.message}`);
	} else {
		const refusal = ErrorResponseSchema.safeParse(body);
		if (!refusal.success) problems.push(`a ${status} that is not an error answer`);
		else if (!refusalCodes[status]?.includes(refusal.data.error.code)) problems.push(`a ${status} with code ${refusal.data.error.code}`);
	}
	return problems;
}

interface Outcome {
	/** What came back, one word per answer: `200`, `node 400`, `closed`, `hang`. */
	answers: string[];
	problems: string[];
	verdicts: string[];
}

function judge(fuzzCase: FuzzCase, exchange: RawExchange): Outcome {
	const outcome: Outcome = { answers: [], problems: [], verdicts: [] };
	if (exchange.timedOut) {
		outcome.answers.push('hang');
		outcome.problems.push(`neither answered nor closed within ${answerWithinMs} ms`);
	}
	const everything = exchange.responses.map((response) => response.raw).join('') + exchange.leftover.toString('latin1');
	for (const secret of fuzzCase.secrets) {
		if (needlesOf(secret).some((needle) => everything.includes(needle)))
			outcome.problems.push(`a token (…${secret.slice(-6)}) came back in the answer`);
	}
	let routeAnswers = 0;
	exchange.responses.forEach((response, i) => {
		if (response.status >= 500) outcome.problems.push(`a ${response.status}`);
		if (response.headers.has('x-request-id')) {
			routeAnswers++;
			outcome.answers.push(String(response.status));
			outcome.problems.push(...checkRouteAnswer(fuzzCase, fuzzCase.methods[i] ?? 'POST', response));
			if (response.status === 200 && response.body.length > 0)
				outcome.verdicts.push((JSON.parse(response.body.toString('utf8')) as { verdict: string }).verdict);
		} else {
			outcome.answers.push(`node ${response.status}`);
			if (!nodeStatuses.includes(response.status)) outcome.problems.push(`status ${response.status} from outside the route`);
			if (fuzzCase.routeMustAnswer) outcome.problems.push(`Node refused a well-formed request with ${response.status}`);
		}
	});
	const cutOff = /^HTTP\/1\.[01] (\d{3})/.exec(exchange.leftover.toString('latin1'));
	if (cutOff && Number(cutOff[1]) >= 500) outcome.problems.push(`a ${cutOff[1]} (cut off)`);
	if (exchange.responses.length === 0 && !exchange.timedOut)
		outcome.answers.push(fuzzCase.resetAfterSend ? 'hung up' : exchange.error ? 'reset' : 'closed');
	if (fuzzCase.routeMustAnswer && !exchange.timedOut && routeAnswers < fuzzCase.methods.length) {
		outcome.problems.push(`${routeAnswers} of ${fuzzCase.methods.length} requests answered${exchange.error ? ` (${exchange.error})` : ''}`);
	}
	return outcome;
}

/** The tally the summary prints, and SECURITY.md quotes. */
interface Tally {
	cases: number;
	requests: number;
	bytes: number;
	answers: Map<string, number>;
	verdicts: Map<string, number>;
	perCategory: Map<FuzzCategory, { cases: number; answers: Map<string, number> }>;
	slowestMs: number;
	failures: Array<{ fuzzCase: FuzzCase; problems: string[]; answers: string[] }>;
}

const count = (map: Map<string, number>, key: string) => map.set(key, (map.get(key) ?? 0) + 1);
const histogram = (map: Map<string, number>) =>
	[...map]
		.sort(([a], [b]) => a.localeCompare(b, 'en', { numeric: true }))
		.map(([key, n]) => `${key}×${n}`)
		.join(' ');

/** The first bytes of a case, printable, for a failure report. */
const preview = (fuzzCase: FuzzCase) => JSON.stringify(Buffer.concat(fuzzCase.pieces).subarray(0, 240).toString('latin1'));

const tally: Tally = {
	cases: 0,
	requests: 0,
	bytes: 0,
	answers: new Map(),
	verdicts: new Map(),
	perCategory: new Map(fuzzCategories.map((category) => [category, { cases: 0, answers: new Map() }])),
	slowestMs: 0,
	failures: [],
};
const allSecrets: string[] = [];

describe(`fuzzing POST /api/connection-test (seed ${seed})`, () => {
	test(`${caseCount} hostile requests: documented answers only, no 5xx, no hang, no token echoed`, { timeout: 60_000 }, async () => {
		const port = Number(new URL(server.url).port);
		const cases = generateFuzzCases(seed, caseCount);
		for (const fuzzCase of cases) allSecrets.push(...fuzzCase.secrets);
		const memoryBefore = residentMegabytes(server.pid);
		const started = performance.now();

		let next = 0;
		const worker = async () => {
			while (next < cases.length) {
				const fuzzCase = cases[next++]!;
				const exchange = await rawExchange(port, fuzzCase.pieces, {
					pauseMs: fuzzCase.pauseMs,
					endAfterSend: fuzzCase.endAfterSend,
					resetAfterSend: fuzzCase.resetAfterSend,
					methods: fuzzCase.methods,
					deadlineMs: answerWithinMs,
				});
				const outcome = judge(fuzzCase, exchange);
				tally.cases++;
				tally.requests += fuzzCase.methods.length;
				tally.bytes += fuzzCase.pieces.reduce((sum, piece) => sum + piece.length, 0);
				tally.slowestMs = Math.max(tally.slowestMs, exchange.durationMs - fuzzCase.pauseMs * (fuzzCase.pieces.length - 1));
				const category = tally.perCategory.get(fuzzCase.category)!;
				category.cases++;
				for (const answer of outcome.answers) {
					count(tally.answers, answer);
					count(category.answers, answer);
				}
				for (const verdict of outcome.verdicts) count(tally.verdicts, verdict);
				if (outcome.problems.length > 0) tally.failures.push({ fuzzCase, problems: outcome.problems, answers: outcome.answers });
			}
		};
		await Promise.all(Array.from({ length: connections }, worker));

		const seconds = (performance.now() - started) / 1000;
		const memoryAfter = residentMegabytes(server.pid);
		console.log(
			[
				`Fuzzed POST /api/connection-test with seed ${seed} (replay: ${replay})`,
				`${tally.cases} connections, ${tally.requests} requests, ${(tally.bytes / 1024 / 1024).toFixed(1)} MB in ${seconds.toFixed(1)} s over ${connections} connections at a time (${Math.round(tally.requests / seconds)} requests/s); slowest answer ${tally.slowestMs} ms`,
				`answers: ${histogram(tally.answers)}`,
				`verdicts: ${histogram(tally.verdicts)}`,
				`server memory (RSS): ${memoryBefore} MB before, ${memoryAfter} MB after, ${residentMegabytes(server.pid, 'VmHWM')} MB peak`,
				...[...tally.perCategory].map(
					([category, { cases: n, answers }]) => `  ${category.padEnd(15)} ${String(n).padStart(5)}  ${histogram(answers)}`,
				),
			].join('\n'),
		);

		const report = tally.failures
			.slice(0, 10)
			.map(
				({ fuzzCase, problems, answers }) =>
					`#${fuzzCase.index} ${fuzzCase.category}: ${fuzzCase.label} → ${answers.join(', ') || 'nothing'}\n    ${problems.join('; ')}\n    sent ${preview(fuzzCase)}`,
			)
			.join('\n');
		expect(tally.failures.length, `${tally.failures.length} cases failed (replay: ${replay}):\n${report}`).toBe(0);
		expect(tally.cases).toBe(cases.length);
		// Memory is bounded. Generous: Node's fetch and the allocator alone take a fresh process's RSS
		// up by about 200 MB over the first ten thousand upstream calls, then hold it there (a bare
		// fetch loop does the same); this run grows it by about 80 MB, 25000 cases by about 190 MB.
		// So this catches a gross leak (tens of KB a request, such as every socket kept), not a slow one.
		if (memoryBefore !== null && memoryAfter !== null)
			expect(memoryAfter - memoryBefore, `RSS ${memoryBefore} → ${memoryAfter} MB`).toBeLessThan(256);
	});

	test('afterwards the server is up and answers a normal test and /api/health as before', async () => {
		const health = await fetch(`${server.url}/api/health`);
		expect(health.status).toBe(200);
		expect(await health.json()).toMatchObject({ status: 'ok' });

		// No environment given: a prototype polluted with one would turn this into a mismatch.
		const token = `ra_test_demo_connected_fuzzafter${randomInt(1e9)}`;
		const response = await fetch(`${server.url}/api/connection-test`, {
			method: 'POST',
			headers: { 'Content-Type': 'application/json' },
			body: JSON.stringify({ token }),
		});
		expect(response.status).toBe(200);
		const result = ConnectionTestResultSchema.parse(await response.json());
		expect(result).toMatchObject({ verdict: 'connected', environment: 'sandbox', companyName: 'Acme Sandbox Ltd' });

		// And one with no token: a prototype polluted with a token would answer 200.
		const empty = await fetch(`${server.url}/api/connection-test`, {
			method: 'POST',
			headers: { 'Content-Type': 'application/json' },
			body: '{}',
		});
		expect(empty.status).toBe(400);
		expect(ErrorResponseSchema.parse(await empty.json()).error).toMatchObject({ code: 'invalid_request', field: 'token' });
	});

	test('no token reached the log, no request failed inside the server, and tokens went only to their own gateway', async () => {
		expect(allSecrets.length).toBeGreaterThan(caseCount / 2);
		await new Promise((resolve) => setTimeout(resolve, 100));
		const output = server.output();
		// Every tail starts with "fz" in some form (plain, upper-case, full-width): find candidates in one pass.
		const secrets = new Set(allSecrets);
		const logged = [...output.matchAll(/(?=(fz[0-9a-z]{14}|FZ[0-9A-Z]{14}|ｆｚ[０-９ａ-ｚ]{14}))/g)]
			.map((match) => match[1]!)
			.filter((found) => secrets.has(found));
		expect(logged, `tokens in the server's output (replay: ${replay})`).toEqual([]);
		expect(output).not.toMatch(/"level":"error"|connection_test_failed|\n\s+at /);

		const gatewayOf = { ra_live_: 'production', ra_test_: 'sandbox' } as const;
		const strays = fake.calls.filter(
			(call) => gatewayOf[call.token?.slice(0, 8) as keyof typeof gatewayOf] !== call.gateway || call.path !== '/v1/identity/current',
		);
		expect(strays).toEqual([]);
		console.log(
			`Remote was called ${fake.calls.length} times, each with a token of its own environment; no token in ${(output.length / 1024).toFixed(0)} KB of server output.`,
		);
	});
});
