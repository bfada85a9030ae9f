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
import { freePort, startProcess } from './processes.mjs';
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

const fake = await startProcess(process.execPath, ['tests/support/fake-remote.ts', '--port', '0'], { cwd: root, ready: 'Fake Remote', showErrors: false });
started.push(fake.child);
const [, sandbox] = /sandbox (\S+),/.exec(fake.printed);

const port = await freePort();
const server = spawn(process.execPath, ['server.mjs'], {
	cwd: root,
	env: {
		...process.env,
		HOST: '127.0.0.1',
		PORT: String(port),
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
const base = `http://127.0.0.1:${port}`;
for (let tries = 0; !(await fetch(`${base}/api/health`).then((response) => response.ok, () => false)); tries++) {
	if (tries > 100) throw new Error(`The server did not start:\n${output}`);
	await new Promise((resolve) => setTimeout(resolve, 100));
}

/** Resident memory of the server, in MB, from /proc. */
const rssMb = () => Number(/VmRSS:\s+(\d+)/.exec(readFileSync(`/proc/${server.pid}/status`, 'utf8'))[1]) / 1024;
const settle = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

// Warm up, then take the baseline: pages and tests have each been served once.
const page = '/troubleshooting/';
const tokens = Array.from({ length: 20 }, () => `ra_test_demo_slow_${randomBytes(12).toString('hex')}`);
const readerOptions = { url: `${base}${page}`, connections: readers, headers: { 'accept-encoding': 'br' } };
await autocannon({ ...readerOptions, duration: 2 });
const idle = await autocannon({ ...readerOptions, duration: 3 });
await settle(2000);
const baselineMb = rssMb();

// The load: testers waiting on the slow upstream, readers fetching pages beside them.
let peakMb = baselineMb;
const sampler = setInterval(() => (peakMb = Math.max(peakMb, rssMb())), 250);
const [testerRun, readerRun] = await Promise.all([
	autocannon({
		url: `${base}/api/connection-test`,
		connections: testers,
		duration: seconds,
		timeout: 10,
		requests: tokens.map((token) => ({ method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ token }) })),
	}),
	autocannon({ ...readerOptions, duration: seconds }),
]);
clearInterval(sampler);

// Memory after the load, once the runtime has had a moment to collect.
await settle(5000);
const afterMb = rssMb();

const statuses = Object.fromEntries(Object.entries(testerRun.statusCodeStats).map(([status, { count }]) => [status, count]));
const unexpected = Object.entries(statuses).filter(([status]) => !['200', '429', '503'].includes(status));
const tokensInOutput = tokens.filter((token) => output.includes(token.slice('ra_test_'.length))).length;
const health = await fetch(`${base}/api/health`).then((response) => response.status, () => 0);
server.kill('SIGTERM');
const [exitCode] = await new Promise((resolve) => server.once('exit', (...args) => resolve(args)));
stopAll();

const memoryLimitMb = baselineMb * 1.25 + 20;
const readerP99Limit = 250;
const checks = [
	[`no errors beyond deliberate 503s (statuses: ${JSON.stringify(statuses)}, connection errors ${testerRun.errors + readerRun.errors}, timeouts ${testerRun.timeouts})`, unexpected.length === 0 && testerRun.errors === 0 && readerRun.errors === 0 && readerRun.non2xx === 0],
	[`pages stay fast while testers wait: p50 ${readerRun.latency.p50} ms, p99 ${readerRun.latency.p99} ms under load (idle p50 ${idle.latency.p50}, p99 ${idle.latency.p99}); limit p99 ${readerP99Limit} ms`, readerRun.latency.p99 <= readerP99Limit],
	[`memory returns to its baseline: ${baselineMb.toFixed(0)} MB before, ${peakMb.toFixed(0)} MB at peak, ${afterMb.toFixed(0)} MB after (limit ${memoryLimitMb.toFixed(0)} MB)`, afterMb <= memoryLimitMb],
	[`tokens found in the server's output: ${tokensInOutput}`, tokensInOutput === 0],
	[`healthy afterwards (${health}) and exits 0 on SIGTERM (${exitCode})`, health === 200 && exitCode === 0],
];
const lines = checks.map(([text, ok]) => `- ${ok ? 'held' : '**failed**'}: ${text}`);
const report = `## Soak (\`npm run soak\`)

Latest run (${new Date().toISOString().slice(0, 10)}) on ${cpus().length} × ${cpus()[0]?.model.trim()}, ${(totalmem() / 2 ** 30).toFixed(0)} GiB, Node ${process.version}, everything on 127.0.0.1: for ${seconds} s, ${testers} concurrent testers sent sandbox tokens the fake Remote answers only after 30 s (so each waits the full ${upstreamBudgetMs} ms budget, then gets \`timeout\`), with the server capped at ${maxConcurrent} live tests (\`TESTER_MAX_CONCURRENT\`), while ${readers} readers fetched \`${page}\`.

- testers: ${testerRun.requests.total} answers (${Math.round(testerRun.requests.average)}/s); readers: ${readerRun.requests.total} pages (${Math.round(readerRun.requests.average)}/s)
${lines.join('\n')}`;
writeReportSection(join(root, 'SECURITY.md'), 'soak', report);
console.log(`\n${report}\n\nWrote SECURITY.md.`);
process.exit(checks.every(([, ok]) => ok) ? 0 : 1);
