// `npm run soak`: a bounded load run on 127.0.0.1 only. Many testers wait on a slow Remote (the
// fake's slow token, cut off by REMOTE_TIMEOUT_MS) while readers fetch pages. It checks that no
// answer is an error beyond the deliberate 429/503, that pages stay fast while testers wait (the
// event loop is never blocked), that memory returns to its baseline, and that no token reaches the
// server's output; writes the figures into SECURITY.md and exits non-zero if a check fails.
//
// SOAK_SECONDS (default 30) sets the length of the load; everything it starts, it stops.
import { spawn, spawnSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { cpus, totalmem } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import autocannon from 'autocannon';
import { helpCenterListening, startProcess } from './processes.mjs';
import { writeReportSection } from './report-section.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));
const seconds = Number(process.env.SOAK_SECONDS ?? 30);
const testers = 200;
const readers = 10;
const upstreamBudgetMs = 1000;
const maxConcurrent = 100;
const started = [];
const stopAll = () => started.forEach((child) => child.exitCode === null && child.kill('SIGTERM'));
process.on('exit', stopAll);
process.on('SIGINT', () => process.exit(130));

spawnSync(process.execPath, ['scripts/build-if-needed.mjs'], { cwd: root, stdio: 'inherit' });

const fake = await startProcess(process.execPath, ['tests/support/fake-remote.ts', '--port', '0'], {
	cwd: root,
	ready: 'Fake Remote',
	showErrors: false,
});
started.push(fake.child);
const [, sandbox] = /sandbox (\S+),/.exec(fake.printed);

// The inspector (on 127.0.0.1 only) lets this script force a full garbage collection and read the
// live JavaScript heap: resident memory alone cannot tell a leak from memory V8 keeps for reuse.
// Both it and the server listen on ports the system picks, and say which.
const server = spawn(process.execPath, ['--inspect=127.0.0.1:0', 'server.mjs'], {
	cwd: root,
	env: {
		...process.env,
		HOST: '127.0.0.1',
		PORT: '0',
		REMOTE_SANDBOX_API_URL: sandbox,
		REMOTE_PRODUCTION_API_URL: sandbox,
		REMOTE_TIMEOUT_MS: String(upstreamBudgetMs),
		TESTER_RATE_LIMIT: '1000000000',
		TESTER_MAX_CONCURRENT: String(maxConcurrent),
	},
	stdio: ['ignore', 'pipe', 'pipe'],
});
started.push(server);
let output = '';
server.stdout.on('data', (chunk) => (output += chunk));
server.stderr.on('data', (chunk) => (output += chunk));
/** Resolves with group 1 of `pattern` once the server has printed it. */
const printed = (pattern) =>
	new Promise((resolve, reject) => {
		const look = () => {
			const match = pattern.exec(output);
			if (!match) return;
			server.stdout.off('data', look);
			server.stderr.off('data', look);
			resolve(match[1]);
		};
		server.stdout.on('data', look);
		server.stderr.on('data', look);
		server.once('exit', (code) => reject(new Error(`The server exited with ${code}:\n${output}`)));
	});
const [base, webSocketDebuggerUrl] = await Promise.all([printed(helpCenterListening), printed(/Debugger listening on (ws:\/\/\S+)/)]);

/** Resident memory of the server, in MB, from /proc. */
const rssMb = () => Number(/VmRSS:\s+(\d+)/.exec(readFileSync(`/proc/${server.pid}/status`, 'utf8'))[1]) / 1024;
const settle = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

const inspector = new WebSocket(webSocketDebuggerUrl);
await new Promise((resolve, reject) => {
	inspector.onopen = resolve;
	inspector.onerror = reject;
});
let nextId = 0;
/** One Chrome DevTools Protocol call to the server's inspector. */
function inspect(method) {
	const id = ++nextId;
	return new Promise((resolve) => {
		const listener = (event) => {
			const message = JSON.parse(event.data);
			if (message.id !== id) return;
			inspector.removeEventListener('message', listener);
			resolve(message.result);
		};
		inspector.addEventListener('message', listener);
		inspector.send(JSON.stringify({ id, method }));
	});
}
/** The live JavaScript heap after a full collection, in MB. */
async function liveHeapMb() {
	await inspect('HeapProfiler.collectGarbage');
	return (await inspect('Runtime.getHeapUsage')).usedSize / 2 ** 20;
}

// Warm up, then take the baseline: pages and tests have each been served once.
const page = '/troubleshooting/';
const tokens = Array.from({ length: 20 }, () => `ra_test_demo_slow_${randomBytes(12).toString('hex')}`);
const readerOptions = { url: `${base}${page}`, connections: readers, headers: { 'accept-encoding': 'br' } };
await autocannon({ ...readerOptions, duration: 2 });
const idle = await autocannon({ ...readerOptions, duration: 3 });
await settle(2000);
const baselineHeapMb = await liveHeapMb();
const baselineMb = rssMb();

// The load, twice: testers waiting on the slow upstream, readers fetching pages beside them. The
// second round shows whether memory keeps growing with use or has levelled off.
let peakMb = baselineMb;
const sampler = setInterval(() => (peakMb = Math.max(peakMb, rssMb())), 250);
async function loadRound() {
	const [testerRun, readerRun] = await Promise.all([
		autocannon({
			url: `${base}/api/connection-test`,
			connections: testers,
			duration: seconds / 2,
			timeout: 10,
			requests: tokens.map((token) => ({
				method: 'POST',
				headers: { 'content-type': 'application/json' },
				body: JSON.stringify({ token }),
			})),
		}),
		autocannon({ ...readerOptions, duration: seconds / 2 }),
	]);
	await settle(2000);
	return { testerRun, readerRun, heapMb: await liveHeapMb(), rssMb: rssMb() };
}
const first = await loadRound();
const second = await loadRound();
clearInterval(sampler);
inspector.close();
const testerRuns = [first.testerRun, second.testerRun];
const readerRuns = [first.readerRun, second.readerRun];
const testerRun = {
	requests: { total: testerRuns.reduce((sum, run) => sum + run.requests.total, 0) },
	errors: testerRuns.reduce((sum, run) => sum + run.errors, 0),
	timeouts: testerRuns.reduce((sum, run) => sum + run.timeouts, 0),
	statusCodeStats: {},
};
for (const run of testerRuns) {
	for (const [status, { count }] of Object.entries(run.statusCodeStats))
		testerRun.statusCodeStats[status] = { count: (testerRun.statusCodeStats[status]?.count ?? 0) + count };
}
const readerRun = {
	requests: { total: readerRuns.reduce((sum, run) => sum + run.requests.total, 0) },
	errors: readerRuns.reduce((sum, run) => sum + run.errors, 0),
	non2xx: readerRuns.reduce((sum, run) => sum + run.non2xx, 0),
	latency: { p50: Math.max(...readerRuns.map((run) => run.latency.p50)), p99: Math.max(...readerRuns.map((run) => run.latency.p99)) },
};

const statuses = Object.fromEntries(Object.entries(testerRun.statusCodeStats).map(([status, { count }]) => [status, count]));
const unexpected = Object.entries(statuses).filter(([status]) => !['200', '429', '503'].includes(status));
const tokensInOutput = tokens.filter((token) => output.includes(token.slice('ra_test_'.length))).length;
const health = await fetch(`${base}/api/health`).then(
	(response) => response.status,
	() => 0,
);
server.kill('SIGTERM');
const [exitCode] = await new Promise((resolve) => server.once('exit', (...args) => resolve(args)));
stopAll();

const heapLimitMb = baselineHeapMb * 1.25 + 5;
const readerP99Limit = 250;
const checks = [
	[
		`no errors beyond deliberate 503s (statuses: ${JSON.stringify(statuses)}, connection errors ${testerRun.errors + readerRun.errors}, timeouts ${testerRun.timeouts})`,
		unexpected.length === 0 && testerRun.errors === 0 && readerRun.errors === 0 && readerRun.non2xx === 0,
	],
	[
		`pages stay fast while testers wait: p50 ${readerRun.latency.p50} ms, p99 ${readerRun.latency.p99} ms under load (idle p50 ${idle.latency.p50}, p99 ${idle.latency.p99}); limit p99 ${readerP99Limit} ms`,
		readerRun.latency.p99 <= readerP99Limit,
	],
	[
		`memory returns to its baseline: live heap after a full collection ${baselineHeapMb.toFixed(1)} MB before, ${first.heapMb.toFixed(1)} MB after round 1, ${second.heapMb.toFixed(1)} MB after round 2 (limit ${heapLimitMb.toFixed(1)} MB); resident memory ${baselineMb.toFixed(0)} MB before, ${peakMb.toFixed(0)} MB at peak, ${first.rssMb.toFixed(0)} then ${second.rssMb.toFixed(0)} MB after each round (V8 keeps freed heap for reuse; it must not grow from round to round)`,
		second.heapMb <= heapLimitMb && first.heapMb <= heapLimitMb && second.rssMb <= first.rssMb * 1.1 + 10,
	],
	[`tokens found in the server's output: ${tokensInOutput}`, tokensInOutput === 0],
	[`healthy afterwards (${health}) and exits 0 on SIGTERM (${exitCode})`, health === 200 && exitCode === 0],
];
const lines = checks.map(([text, ok]) => `- ${ok ? 'held' : '**failed**'}: ${text}`);
const report = `## Soak (\`npm run soak\`)

Latest run (${new Date().toISOString().slice(0, 10)}) on ${cpus().length} × ${cpus()[0]?.model.trim()}, ${(totalmem() / 2 ** 30).toFixed(0)} GiB, Node ${process.version}, everything on 127.0.0.1: for two rounds of ${seconds / 2} s, ${testers} concurrent testers sent sandbox tokens the fake Remote answers only after 30 s (so each waits the full ${upstreamBudgetMs} ms budget, then gets \`timeout\`), with the server capped at ${maxConcurrent} live tests (\`TESTER_MAX_CONCURRENT\`), while ${readers} readers fetched \`${page}\`.

- testers: ${testerRun.requests.total} answers (${Math.round(testerRun.requests.total / seconds)}/s); readers: ${readerRun.requests.total} pages (${Math.round(readerRun.requests.total / seconds)}/s)
${lines.join('\n')}`;
writeReportSection(join(root, 'SECURITY.md'), 'soak', report);
console.log(`\n${report}\n\nWrote SECURITY.md.`);
process.exit(checks.every(([, ok]) => ok) ? 0 : 1);
