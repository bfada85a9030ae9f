// `npm run bench`: builds if needed, starts everything on 127.0.0.1 only, runs bounded load with
// wrk (a few seconds per case), stops everything it started, prints a table of ratios measured
// side by side in this one run, and writes it to BENCHMARKS.md. Never part of `npm test`:
// absolute numbers on a shared 2-core machine are noisy; the ratios are what to read.
//
// wrk, not autocannon: on two cores one autocannon process saturates its own core before the
// servers do, which made every server look equal. wrk's one C thread asks far faster.
import { execFileSync, spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, tmpdir, totalmem } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { build } from 'esbuild';
import { nodeBundleOptions } from './node-bundle.mjs';
import { helpCenterListening, startProcess, unusedPort } from './processes.mjs';
import { writeReportSection } from './report-section.mjs';

const wrkBinary = ['/usr/bin/wrk', '/usr/local/bin/wrk'].find((path) => existsSync(path));
if (!wrkBinary) {
	console.error('npm run bench needs wrk: `apt-get install -y wrk` (as root), and nginx-light and redis-server for its comparisons.');
	process.exit(1);
}

const root = fileURLToPath(new URL('..', import.meta.url));
const client = join(root, 'dist/client');
const seconds = Number(process.env.BENCH_SECONDS ?? 5);
const page = '/troubleshooting/';
const started = [];

/**
 * fetch, once more on a new connection when the kept-alive one was closed under it. Between two wrk
 * runs a server closes the connection fetch keeps (its keep-alive timeout passes while wrk loads
 * it), and on a saturated machine fetch can reuse it before it has seen the close.
 */
async function freshFetch(url, init) {
	try {
		return await fetch(url, init);
	} catch (error) {
		if (['EPIPE', 'ECONNRESET', 'UND_ERR_SOCKET'].includes(error.cause?.code)) return fetch(url, init);
		throw new Error(`${url}: ${error.cause ?? error}`, { cause: error });
	}
}

/** What the bench's own servers print once they listen: `listening http://127.0.0.1:…`. */
const serverListening = /listening (http:\/\/\S+)/;
const listeningAt = (printed) => serverListening.exec(printed)[1];

/** Each started server's process id, by what it printed when ready: the CPU it spends is read from /proc. */
const processIds = new Map();

/** Starts a process the run stops at the end; its own output is drained, not shown. */
async function start(command, args, env, ready = 'listening') {
	// Each server records its insights in a database of its own in the scratch folder, never data/.
	const database = { DATABASE_URL: `sqlite:${join(scratchDir, `insights-${started.length}.db`)}` };
	const { child, printed } = await startProcess(command, args, { cwd: root, env: { ...database, ...env }, ready, showErrors: false });
	started.push(child);
	processIds.set(printed, child.pid);
	return printed;
}

/**
 * CPU seconds a process has used so far (user + system), from /proc on Linux; undefined elsewhere.
 * On two cores wrk and the server share the machine, so requests a second can be the load
 * generator's limit as much as the server's: CPU time per answer is the server's own cost.
 */
function cpuSeconds(pid) {
	if (pid === undefined || !existsSync(`/proc/${pid}/stat`)) return undefined;
	// Fields after the command name (which may hold spaces): utime and stime are the 12th and 13th.
	const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1].split(' ');
	return (Number(fields[11]) + Number(fields[12])) / clockTicksPerSecond;
}
const clockTicksPerSecond = Number(spawnSync('getconf', ['CLK_TCK'], { encoding: 'utf8' }).stdout.trim()) || 100;

function stopAll() {
	for (const child of started) if (child.exitCode === null) child.kill('SIGTERM');
}
process.on('exit', stopAll);
process.on('SIGINT', () => process.exit(130));

const scratchDir = mkdtempSync(join(tmpdir(), 'bench-'));
process.on('exit', () => rmSync(scratchDir, { recursive: true, force: true }));

/** A wrk script that sends `body` as a JSON POST. */
function postScript(name, body) {
	const path = join(scratchDir, `${name}.lua`);
	writeFileSync(path, `wrk.method = "POST"\nwrk.body = ${JSON.stringify(body)}\nwrk.headers["Content-Type"] = "application/json"\n`);
	return path;
}

/** wrk's durations (`950.00us`, `1.23ms`, `2.00s`) in milliseconds. */
function milliseconds(text) {
	const [, value, unit] = /^([\d.]+)(us|ms|s|m)$/.exec(text.trim());
	return Number(value) * { us: 0.001, ms: 1, s: 1000, m: 60_000 }[unit];
}

/**
 * One bounded wrk run (one thread: the load generator must not take the server's core), with its
 * requests/s and latency percentiles. Fails on any answer that is not 2xx or 3xx.
 */
function load(url, { connections = 50, headers = {}, script, pid } = {}) {
	const args = [
		'-t1',
		`-c${connections}`,
		`-d${seconds}s`,
		'--latency',
		...Object.entries(headers).flatMap(([name, value]) => ['-H', `${name}: ${value}`]),
	];
	if (script) args.push('-s', script);
	const cpuBefore = cpuSeconds(pid);
	const output = execFileSync(wrkBinary, [...args, url], { encoding: 'utf8' });
	const cpuAfter = cpuSeconds(pid);
	const errors = /Non-2xx or 3xx responses: (\d+)/.exec(output) ?? /Socket errors: (.*)/.exec(output);
	if (errors) throw new Error(`${url}: ${errors[0]}`);
	const percentile = (p) => milliseconds(new RegExp(`\\s${p}%\\s+(\\S+)`).exec(output)[1]);
	const requests = Number(/(\d+) requests in/.exec(output)[1]);
	// Microseconds of the server's CPU per answer, when its process id is known.
	const cpuPerRequest = cpuBefore === undefined || cpuAfter === undefined ? undefined : ((cpuAfter - cpuBefore) * 1e6) / requests;
	return { rps: Number(/Requests\/sec:\s+([\d.]+)/.exec(output)[1]), p50: percentile(50), p99: percentile(99), cpuPerRequest };
}

/** Milliseconds as the table shows them: whole below 10 ms would hide what wrk measures. */
const ms = (value) => (value < 10 ? value.toFixed(2) : value.toFixed(0));

const ratio = (a, b) => (b ? (a / b).toFixed(2) : 'n/a');
const rows = [];
const row = (...cells) => rows.push(`| ${cells.join(' | ')} |`);

// 1. A current production build, and how long a fresh one takes.
spawnSync(process.execPath, ['scripts/build-if-needed.mjs'], { cwd: root, stdio: 'inherit' });
const buildStarted = performance.now();
// The site to <scratch>/client, as a server build's to dist/client: the server bundle and the nginx
// map land beside it, inside the scratch folder, which goes with it.
const scratch = join(root, 'exports', '.bench-build');
spawnSync(process.execPath, ['node_modules/astro/bin/astro.mjs', 'build', '--force', '--outDir', join(scratch, 'client')], {
	cwd: root,
	stdio: 'ignore',
	env: { ...process.env, NODE_ENV: 'production' },
});
const buildSeconds = (performance.now() - buildStarted) / 1000;
rmSync(scratch, { recursive: true, force: true });
const exportOutput = spawnSync(process.execPath, ['scripts/export.mjs', '--all'], { cwd: root, encoding: 'utf8' }).stdout;
const exportTimes = [...exportOutput.matchAll(/Exported "([^"]+)".* in ([\d.]+) s/g)].map(([, brand, time]) => `${brand} ${time} s`);

// 2. The servers: the fake Remote, ours, the bare limit, and nginx when it is installed.
const fakeBanner = await start(process.execPath, ['tests/support/fake-remote.ts', '--port', '0'], {}, 'Fake Remote');
const [, sandbox] = /sandbox (\S+),/.exec(fakeBanner);
const oursListening = await start(
	process.execPath,
	['server.mjs'],
	{
		HOST: '127.0.0.1',
		PORT: '0',
		REMOTE_SANDBOX_API_URL: sandbox,
		REMOTE_PRODUCTION_API_URL: sandbox,
		TESTER_RATE_LIMIT: '1000000000',
	},
	helpCenterListening,
);
const [, ours] = helpCenterListening.exec(oursListening);
const bare = listeningAt(await start(process.execPath, ['scripts/bench/bare-server.mjs', client, page], {}, serverListening));
// The front door alone in a bare server, and the same routes in Fastify, each bundled as the server is.
const handlerBundle = join(scratchDir, 'handler-server.mjs');
await build(nodeBundleOptions({ entry: join(root, 'scripts/bench/handler-server.ts'), outfile: handlerBundle }));
const handler = listeningAt(await start(process.execPath, [handlerBundle], { TESTER_RATE_LIMIT: '1000000000' }, serverListening));
const handlerAlone = `${handler}/api/connection-test`;
const fastifyBundle = join(scratchDir, 'fastify-server.mjs');
await build(nodeBundleOptions({ entry: join(root, 'scripts/bench/fastify-server.ts'), outfile: fastifyBundle }));
const { version: fastifyVersion } = JSON.parse(readFileSync(join(root, 'node_modules/fastify/package.json'), 'utf8'));
const fastifyListening = await start(process.execPath, [fastifyBundle], { TESTER_RATE_LIMIT: '1000000000' }, serverListening);
const fastify = listeningAt(fastifyListening);
const [oursPid, fastifyPid] = [processIds.get(oursListening), processIds.get(fastifyListening)];

let nginx;
const nginxBinary = ['/usr/sbin/nginx', '/usr/bin/nginx'].find((path) => existsSync(path));
if (nginxBinary) {
	// nginx cannot listen on port 0 and say which port it got.
	const nginxPort = await unusedPort();
	const prefix = mkdtempSync(join(tmpdir(), 'bench-nginx-'));
	writeFileSync(
		join(prefix, 'nginx.conf'),
		`worker_processes 1; daemon off; pid ${prefix}/nginx.pid; error_log ${prefix}/error.log;
events { worker_connections 1024; }
http { access_log off; types { text/html html; } default_type application/octet-stream; gzip_static on;
  client_body_temp_path ${prefix}; proxy_temp_path ${prefix}; fastcgi_temp_path ${prefix}; uwsgi_temp_path ${prefix}; scgi_temp_path ${prefix};
  server { listen 127.0.0.1:${nginxPort}; root ${client}; index index.html; } }`,
	);
	const child = spawn(nginxBinary, ['-p', prefix, '-c', join(prefix, 'nginx.conf')], { stdio: 'ignore' });
	started.push(child);
	await new Promise((resolve) => setTimeout(resolve, 500));
	nginx = `http://127.0.0.1:${nginxPort}`;
}

// The reference deployment (deploy/nginx/help-center.conf): nginx serves the files, two of our
// instances answer the API behind it.
const { startReferenceNginx } = await import('../tests/support/nginx.ts');
const { startHelpCenter } = await import('../tests/support/help-center.ts');
let reference;
let referenceInstances = [];
if (nginxBinary) {
	const env = {
		REMOTE_SANDBOX_API_URL: sandbox,
		REMOTE_PRODUCTION_API_URL: sandbox,
		TRUST_PROXY: '127.0.0.1',
		TESTER_RATE_LIMIT: '1000000000',
	};
	referenceInstances = await Promise.all([startHelpCenter(env), startHelpCenter(env)]);
	reference = await startReferenceNginx(referenceInstances.map((instance) => Number(new URL(instance.url).port)));
}

// 3. Docs page throughput: the same gzip bytes from each (nginx's gzip_static serves gzip only).
const gzip = { headers: { 'Accept-Encoding': 'gzip' } };
// Interleaved rounds, each server's median run kept: one slow moment of the machine then cannot
// decide the comparison on its own.
const rounds = Number(process.env.BENCH_ROUNDS ?? 5);
const runs = { ours: [], bare: [], nginx: [], reference: [] };
for (let round = 0; round < rounds; round++) {
	runs.ours.push(load(`${ours}${page}`, gzip));
	runs.bare.push(load(`${bare}${page}`, gzip));
	if (nginx) runs.nginx.push(load(`${nginx}${page}`, gzip));
	if (reference) runs.reference.push(load(`${reference.url}${page}`, gzip));
}
const median = (results) => [...results].sort((a, b) => a.rps - b.rps)[Math.floor(results.length / 2)];
const docsOurs = median(runs.ours);
const docsBare = median(runs.bare);
const docsNginx = nginx ? median(runs.nginx) : undefined;
const docsReference = reference ? median(runs.reference) : undefined;
/** Status, body and header bytes of one answer, as curl received them. */
function transfer(url, { encoding = 'br', headers = [] } = {}) {
	const [status, body, head] = execFileSync('curl', [
		'-s',
		'-o',
		'/dev/null',
		'-w',
		'%{http_code} %{size_download} %{size_header}',
		'-H',
		`Accept-Encoding: ${encoding}`,
		...headers.flatMap((header) => ['-H', header]),
		url,
	])
		.toString()
		.split(' ');
	return { status, body: Number(body), headers: Number(head) };
}
const docsHeaderBytes = {
	ours: transfer(`${ours}${page}`, { encoding: 'gzip' }).headers,
	bare: transfer(`${bare}${page}`, { encoding: 'gzip' }).headers,
};
row(
	`docs page, req/s (50 connections, gzip, median of ${rounds} interleaved runs)`,
	Math.round(docsOurs.rps),
	Math.round(docsBare.rps),
	docsNginx ? Math.round(docsNginx.rps) : 'not installed',
	`${ratio(docsOurs.rps, docsBare.rps)} of bare` + (docsNginx ? `, ${ratio(docsOurs.rps, docsNginx.rps)} of nginx` : ''),
);
row(
	'docs page, p50 / p99 ms',
	`${ms(docsOurs.p50)} / ${ms(docsOurs.p99)}`,
	`${ms(docsBare.p50)} / ${ms(docsBare.p99)}`,
	docsNginx ? `${ms(docsNginx.p50)} / ${ms(docsNginx.p99)}` : '',
	'',
);
if (docsReference) {
	row(
		'docs page through the reference deployment (deploy/nginx, two instances behind it), req/s',
		'',
		'',
		Math.round(docsReference.rps),
		`${ratio(docsReference.rps, docsNginx.rps)} of plain nginx`,
	);
}

// 4. The API route without an upstream call (invalid_format) and health: against a bare handler,
// and against the same routes in Fastify (scripts/bench/fastify-server.ts), which must answer the
// same JSON for the comparison to mean anything.
const invalidFormat = { script: postScript('invalid-format', JSON.stringify({ token: 'x' })) };
const answerOf = async (url, init) => (await freshFetch(url, init)).json();
const invalidFormatRequest = { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify({ token: 'x' }) };
for (const [path, init] of [
	['/api/connection-test', invalidFormatRequest],
	['/api/health', undefined],
]) {
	const [oursAnswer, fastifyAnswer] = await Promise.all([answerOf(`${ours}${path}`, init), answerOf(`${fastify}${path}`, init)]);
	if (JSON.stringify(oursAnswer) !== JSON.stringify(fastifyAnswer))
		throw new Error(`${path}: the Fastify peer answers differently:\n${JSON.stringify(oursAnswer)}\n${JSON.stringify(fastifyAnswer)}`);
}
const apiRuns = { ours: [], bare: [], handler: [], fastify: [], oursHealth: [], fastifyHealth: [] };
for (let round = 0; round < rounds; round++) {
	apiRuns.ours.push(load(`${ours}/api/connection-test`, { ...invalidFormat, pid: oursPid }));
	apiRuns.fastify.push(load(`${fastify}/api/connection-test`, { ...invalidFormat, pid: fastifyPid }));
	apiRuns.bare.push(load(bare, invalidFormat));
	apiRuns.handler.push(load(handlerAlone, invalidFormat));
	apiRuns.oursHealth.push(load(`${ours}/api/health`, { pid: oursPid }));
	apiRuns.fastifyHealth.push(load(`${fastify}/api/health`, { pid: fastifyPid }));
}
const apiOurs = median(apiRuns.ours);
const apiBare = median(apiRuns.bare);
const apiHandler = median(apiRuns.handler);
const apiFastify = median(apiRuns.fastify);
const healthOurs = median(apiRuns.oursHealth);
const healthFastify = median(apiRuns.fastifyHealth);
/** The median of the runs' CPU microseconds per answer (undefined off Linux). */
const cpuPerAnswer = (results) => {
	const values = results.map((result) => result.cpuPerRequest).filter((value) => value !== undefined);
	return values.length ? [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] : undefined;
};
const cpu = {
	ours: cpuPerAnswer(apiRuns.ours),
	fastify: cpuPerAnswer(apiRuns.fastify),
	oursHealth: cpuPerAnswer(apiRuns.oursHealth),
	fastifyHealth: cpuPerAnswer(apiRuns.fastifyHealth),
};
const microseconds = (value) => (value === undefined ? 'n/a' : `${value.toFixed(1)} µs`);
/** Ours against Fastify: the server's CPU per answer decides where it is known; requests a second otherwise. */
const asFastAs = (oursRun, fastifyRun, oursCpu, fastifyCpu) =>
	oursCpu !== undefined && fastifyCpu !== undefined ? oursCpu <= fastifyCpu : oursRun.rps >= fastifyRun.rps;
const answerBytes = async (url) =>
	(
		await (
			await freshFetch(url, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify({ token: 'x' }) })
		).arrayBuffer()
	).byteLength;
const apiAnswerBytes = { ours: await answerBytes(`${ours}/api/connection-test`), bare: await answerBytes(bare) };
row(
	`API invalid_format, req/s (median of ${rounds})`,
	Math.round(apiOurs.rps),
	Math.round(apiBare.rps),
	'',
	`${ratio(apiOurs.rps, apiBare.rps)} of bare`,
);
row(
	'API invalid_format: the route’s handler alone in a bare node:http server, req/s',
	Math.round(apiHandler.rps),
	'',
	'',
	`ours ${ratio(apiOurs.rps, apiHandler.rps)} of it`,
);
row(
	`API invalid_format: ours vs the same route in Fastify ${fastifyVersion}, req/s (median of ${rounds}, same answer)`,
	Math.round(apiOurs.rps),
	'',
	'',
	`Fastify ${Math.round(apiFastify.rps)} req/s; ours ${ratio(apiOurs.rps, apiFastify.rps)} of it. CPU per answer: ours ${microseconds(cpu.ours)}, Fastify ${microseconds(cpu.fastify)}`,
);
row(
	`API health: ours vs Fastify, req/s (median of ${rounds}, same answer)`,
	Math.round(healthOurs.rps),
	'',
	'',
	`Fastify ${Math.round(healthFastify.rps)} req/s; ours ${ratio(healthOurs.rps, healthFastify.rps)} of it. CPU per answer: ours ${microseconds(cpu.oursHealth)}, Fastify ${microseconds(cpu.fastifyHealth)}`,
);

// 5. The connected path's overhead: our route vs calling the fake upstream directly, one at a time.
const token = 'ra_test_demo_connected_4f1c9a27b3';
const viaRoute = load(`${ours}/api/connection-test`, { connections: 1, script: postScript('connected', JSON.stringify({ token })) });
const direct = load(`${sandbox}/v1/identity/current`, {
	connections: 1,
	headers: { Authorization: `Bearer ${token}`, Accept: 'application/json' },
});
row(
	'connected path, p50 / p99 ms (1 connection)',
	`${ms(viaRoute.p50)} / ${ms(viaRoute.p99)}`,
	'',
	'',
	`direct upstream ${ms(direct.p50)} / ${ms(direct.p99)}; added p50 ${(viaRoute.p50 - direct.p50).toFixed(2)} ms`,
);

// 5a. A flood of new clients: every request from an address never seen, through a trusted proxy
// (X-Forwarded-For from 127.0.0.1), 40,000 and more of them. The limiter must keep each answer as
// quick as the first and its memory bounded: a first run of fresh clients, then a second run of
// other fresh clients once tens of thousands are tracked.
/** A wrk script that sends invalid_format from a new address each request, from 198.18.0.0/15 (RFC 2544's benchmark range). */
function newClientScript(name, firstClient) {
	const path = join(scratchDir, `${name}.lua`);
	writeFileSync(
		path,
		`local client = ${firstClient}
wrk.method = "POST"
wrk.body = ${JSON.stringify(JSON.stringify({ token: 'x' }))}
wrk.headers["Content-Type"] = "application/json"
request = function()
  client = client + 1
  local n = client % 131072
  wrk.headers["X-Forwarded-For"] = "198." .. (18 + math.floor(n / 65536)) .. "." .. (math.floor(n / 256) % 256) .. "." .. (n % 256)
  return wrk.format()
end
`,
	);
	return path;
}
const memoryOf = (pid) => Number(/VmRSS:\s+(\d+)/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'))?.[1] ?? 0) / 1024;
// Beside it, the same load from one client on an identical server: what the process holds after
// that much work anyway (heap grown under load), so the difference is what the clients cost.
const [flooded, steady] = await Promise.all(
	[0, 1].map(() => startHelpCenter({ TRUST_PROXY: '127.0.0.1', TESTER_RATE_LIMIT: '1000000000' })),
);
const oneClient = { script: postScript('one-client', JSON.stringify({ token: 'x' })), headers: { 'X-Forwarded-For': '198.18.0.1' } };
const floodFirst = load(`${flooded.url}/api/connection-test`, { script: newClientScript('flood-first', 0) });
load(`${steady.url}/api/connection-test`, oneClient);
const floodFirstClients = Math.round(floodFirst.rps * seconds);
const floodLast = load(`${flooded.url}/api/connection-test`, { script: newClientScript('flood-last', floodFirstClients) });
load(`${steady.url}/api/connection-test`, oneClient);
const floodClients = floodFirstClients + Math.round(floodLast.rps * seconds);
const [floodMemory, steadyMemory] = [memoryOf(flooded.pid), memoryOf(steady.pid)];
await Promise.all([flooded.stop(), steady.stop()]);
row(
	`a flood of new clients (invalid_format, each request a new address): first ${floodFirstClients.toLocaleString('en')}, then ${(floodClients - floodFirstClients).toLocaleString('en')} more, p50 / p99 ms`,
	`first ${ms(floodFirst.p50)} / ${ms(floodFirst.p99)}`,
	`last ${ms(floodLast.p50)} / ${ms(floodLast.p99)}`,
	'',
	`memory ${floodMemory.toFixed(0)} MB; ${steadyMemory.toFixed(0)} MB after the same load from one client`,
);

// 5b. Readers while Redis is down: an instance sharing its limits through Redis, pages read with
// Redis up, then with Redis killed (pages never touch it; the tester falls back to local limits).
let readersRedisUp;
let readersRedisDown;
const { redisServerPath, startRedis } = await import('../tests/support/redis.ts');
if (redisServerPath) {
	const redis = await startRedis();
	const shared = await startHelpCenter({ REMOTE_SANDBOX_API_URL: sandbox, REMOTE_PRODUCTION_API_URL: sandbox, REDIS_URL: redis.url });
	const readers = { connections: 10, headers: { 'Accept-Encoding': 'gzip' } };
	readersRedisUp = load(`${shared.url}${page}`, readers);
	await redis.stop();
	readersRedisDown = load(`${shared.url}${page}`, readers);
	await shared.stop();
	row(
		'readers (10 connections) on an instance with REDIS_URL, p50 / p99 ms',
		`Redis up ${ms(readersRedisUp.p50)} / ${ms(readersRedisUp.p99)}`,
		`Redis down ${ms(readersRedisDown.p50)} / ${ms(readersRedisDown.p99)}`,
		'',
		`p99 ${ratio(readersRedisDown.p99, readersRedisUp.p99)} × with Redis down`,
	);
}
await reference?.stop();
await Promise.all(referenceInstances.map((instance) => instance.stop()));

// 6. Bytes on the wire for a guide page, first and repeat visit.
const html = await (await freshFetch(`${ours}${page}`)).text();
const assets = [...new Set([...html.matchAll(/(?:href|src)="(\/_astro\/[^"]+\.(?:css|js))"/g)].map((match) => match[1]))];
let firstVisit = 0;
let firstVisitHeaders = 0;
let scriptBytes = 0;
for (const path of [page, ...assets]) {
	const { body, headers } = transfer(`${ours}${path}`);
	firstVisit += body + headers;
	firstVisitHeaders += headers;
	if (path.endsWith('.js')) scriptBytes += body;
}
const etag = (await freshFetch(`${ours}${page}`, { headers: { 'accept-encoding': 'br' } })).headers.get('etag');
const revalidation = transfer(`${ours}${page}`, { headers: [`If-None-Match: ${etag}`] });
const repeatVisit = revalidation.body;
const revalidated = `${revalidation.status} ${revalidation.body}`;
row(
	`bytes on the wire, ${page} (brotli, headers included)`,
	`first visit ${(firstVisit / 1024).toFixed(1)} KB (${(firstVisitHeaders / 1024).toFixed(1)} KB of it headers)`,
	`repeat visit ${repeatVisit} B of body, ${revalidation.headers} B of headers (HTML ${revalidation.status}, assets cached immutable)`,
	'',
	`JS ${(scriptBytes / 1024).toFixed(1)} KB in ${assets.filter((path) => path.endsWith('.js')).length} scripts`,
);
// 7. What the tester adds to its page: the modules only its own script needs, gzip, vs 3 KB.
const testerPage = '/environments/';
const testerHtml = await (await freshFetch(`${ours}${testerPage}`)).text();
const pageScripts = [...testerHtml.matchAll(/<script[^>]* src="(\/_astro\/[^"]+\.js)"/g)].map((match) => match[1]);
const isTester = (src) => src.startsWith('/_astro/TokenTester.');
/** Scripts with the modules they import, transitively (Vite's chunks import each other by relative path). */
async function withImports(scripts) {
	const seen = new Set();
	const queue = [...scripts];
	while (queue.length > 0) {
		const src = queue.pop();
		if (seen.has(src)) continue;
		seen.add(src);
		const code = await (await freshFetch(`${ours}${src}`)).text();
		for (const [, relative] of code.matchAll(/(?:from|import)\s*["'](\.{1,2}\/[^"']+\.js)["']/g))
			queue.push(new URL(relative, `http://x${src}`).pathname);
	}
	return seen;
}
const shared = await withImports(pageScripts.filter((src) => !isTester(src)));
const testerOnly = [...(await withImports(pageScripts.filter(isTester)))].filter((src) => !shared.has(src));
let testerGzip = 0;
let testerCodeGzip = 0;
for (const src of testerOnly) {
	testerGzip += transfer(`${ours}${src}`, { encoding: 'gzip' }).body;
	// The same module with every string emptied: what the code weighs without the words it shows.
	const code = await (await freshFetch(`${ours}${src}`)).text();
	testerCodeGzip += gzipSync(code.replace(/`(?:[^`\\]|\\.)*`|"(?:[^"\\]|\\.)*"/g, '""'), { level: 9 }).length;
}
const testerBudget = 3 * 1024;
// Its words travel in the page (data-words), compressed with the page's text.
const testerWords = /data-words="([^"]*)"/.exec(testerHtml)?.[1] ?? '';
row(
	`JS the tester adds to ${testerPage} (gzip)`,
	`${(testerGzip / 1024).toFixed(2)} KB in ${testerOnly.length} module${testerOnly.length === 1 ? '' : 's'}`,
	`strings emptied ${(testerCodeGzip / 1024).toFixed(2)} KB; its words come in the page (${(testerWords.length / 1024).toFixed(1)} KB of HTML before compression)`,
	'',
	`budget 3 KB; guides without it add none`,
);
// 8. The embeddable tester: one module, with its own words and styles.
const embedGzip = transfer(`${ours}/embed/token-tester.js`, { encoding: 'gzip' }).body;
const embedBudget = 6 * 1024;
row('the embeddable tester, /embed/token-tester.js (gzip)', `${(embedGzip / 1024).toFixed(2)} KB`, '', '', 'budget under 6 KB');
row('build (astro build --force) / export per brand', `${buildSeconds.toFixed(1)} s`, exportTimes.join(', '), '', '');

stopAll();

const headerCost = `ours sends ${(docsHeaderBytes.ours - docsHeaderBytes.bare).toLocaleString('en')} B more headers per answer than the bare server (its security headers, mostly the page's CSP)`;
// How much of the API's rate the route's own work costs, and how much the server around it.
const apiCause = `What stands in the way: the route's handler alone, in a bare server, answers ${ratio(apiHandler.rps, apiBare.rps)} of bare, and ours ${ratio(apiOurs.rps, apiHandler.rps)} of that handler alone, so ${apiHandler.rps / apiBare.rps < apiOurs.rps / apiHandler.rps ? 'most of the cost is the route’s own work' : 'the server around the route costs more than the route’s own work'}. For each request the route counts the client against the rate limit, checks the origin, reads, parses and validates the body, runs the format rules, logs a line and sends a ${apiAnswerBytes.ours}-byte verdict with its checks and next step; the bare handler discards the body and sends ${apiAnswerBytes.bare} fixed bytes`;
const goals = [
	[
		'a guide page at least 0.8 of bare Node serving from memory',
		docsOurs.rps >= docsBare.rps * 0.8,
		`${ratio(docsOurs.rps, docsBare.rps)} of bare; ${headerCost}`,
	],
	[
		'the reference nginx deployment serves pages at nginx’s own rate (at least 0.9 of it)',
		docsReference ? docsReference.rps >= docsNginx.rps * 0.9 : undefined,
		docsReference ? `${ratio(docsReference.rps, docsNginx.rps)} of plain nginx` : 'nginx not installed',
	],
	[
		'invalid_format answers at least 0.7 of a bare handler',
		apiOurs.rps >= apiBare.rps * 0.7,
		`${ratio(apiOurs.rps, apiBare.rps)} of bare. ${apiCause}`,
	],
	[
		'invalid_format answers at least as fast as the same route in Fastify (no more server CPU per answer)',
		asFastAs(apiOurs, apiFastify, cpu.ours, cpu.fastify),
		`${microseconds(cpu.ours)} vs ${microseconds(cpu.fastify)} per answer; ${ratio(apiOurs.rps, apiFastify.rps)} of Fastify ${fastifyVersion}'s req/s`,
	],
	[
		'health answers at least as fast as in Fastify (no more server CPU per answer)',
		asFastAs(healthOurs, healthFastify, cpu.oursHealth, cpu.fastifyHealth),
		`${microseconds(cpu.oursHealth)} vs ${microseconds(cpu.fastifyHealth)} per answer; ${ratio(healthOurs.rps, healthFastify.rps)} of Fastify's req/s`,
	],
	[
		`with ${floodClients.toLocaleString('en')} new clients, the last answered as fast as the first (p50 within 1.2 × or 0.5 ms), in bounded memory (at most 50 MB beyond the same load from one client)`,
		floodLast.p50 <= Math.max(floodFirst.p50 * 1.2, floodFirst.p50 + 0.5) && floodMemory - steadyMemory <= 50,
		`p50 ${ms(floodFirst.p50)} → ${ms(floodLast.p50)} ms; ${floodMemory.toFixed(0)} MB vs ${steadyMemory.toFixed(0)} MB`,
	],
	[
		'readers’ p99 unchanged while Redis is down (within 1.2 × or 1 ms)',
		readersRedisUp ? readersRedisDown.p99 <= Math.max(readersRedisUp.p99 * 1.2, readersRedisUp.p99 + 1) : undefined,
		readersRedisUp ? `${ms(readersRedisUp.p99)} ms with Redis, ${ms(readersRedisDown.p99)} ms without` : 'redis-server not installed',
	],
	[`first visit of a guide under 40 KB`, firstVisit < 40 * 1024, `${(firstVisit / 1024).toFixed(1)} KB`],
	[
		`repeat visit: 304 for HTML, nothing for assets`,
		revalidated.startsWith('304') && repeatVisit === 0,
		`HTML ${revalidated.split(' ')[0]}, ${repeatVisit} B`,
	],
	[
		`the tester adds at most 3 KB of gzip JavaScript to its page`,
		testerGzip <= testerBudget,
		`${(testerGzip / 1024).toFixed(2)} KB` +
			(testerGzip <= testerBudget
				? ''
				: `. What stands in the way: its code, no longer its words, which its page carries. With every string literal emptied the script still weighs ${(testerCodeGzip / 1024).toFixed(2)} KB: the token rules, the precheck, the controller it shares with the embed (typing, Test, the countdown after a rate limit, telling a proxy's page from an answer, the events) and the drawing of results`),
	],
	[
		`the embeddable tester stays under 6 KB gzip`,
		embedGzip < embedBudget,
		`${(embedGzip / 1024).toFixed(2)} KB` +
			(embedGzip < embedBudget
				? ''
				: `. What stands in the way: it carries its own words (about 1.4 KB of it) and styles (about 0.6 KB), on top of the same tester as the page's, now with attach mode, the countdown, non-JSON answers and the events`),
	],
	[`connected path adds under 2 ms at p50`, viaRoute.p50 - direct.p50 < 2, `${(viaRoute.p50 - direct.p50).toFixed(2)} ms`],
];
const goalLines = goals.map(
	([goal, met, measured]) => `- ${met === undefined ? 'not measured' : met ? 'met' : '**not met**'}: ${goal} (${measured})`,
);

const machine = `${cpus().length} × ${cpus()[0]?.model.trim()}, ${(totalmem() / 2 ** 30).toFixed(0)} GiB, Node ${process.version}`;
const table = ['| case | ours | bare node:http | nginx | ratio |', '| --- | --- | --- | --- | --- |', ...rows].join('\n');
console.log(`\n${table}\n\n${goalLines.join('\n')}\n\nMachine: ${machine}. Load: wrk, ${seconds} s per run, 127.0.0.1 only.`);
const report = `## Load, bytes and build time

Latest run of \`npm run bench\` (${new Date().toISOString().slice(0, 10)}), on ${machine}.
Every server ran on 127.0.0.1 beside the load generator: wrk (one thread), ${seconds} s per run.
Read the ratios, measured side by side in one run, rather than the absolute numbers.

${table}

- **ours**: \`node server.mjs\` (the site from memory with its precompressed twins, the API answered off the socket, and the not-found page, all from one process).
- **bare node:http**: \`scripts/bench/bare-server.mjs\`, the same precompressed bytes from memory, no
  routing, no headers beyond the essentials: the practical limit for Node on this machine. For the
  API it reads and discards the body and sends a fixed answer.
- **the route's handler alone**: \`scripts/bench/handler-server.ts\`, the help center's front door
  (\`src/server/help-center.ts\`) in a bare \`node:http\` server, to tell the server's cost from the route's.
- **nginx**: \`gzip_static on\` over the same \`dist/client\`, nothing else; the **reference deployment** is
  \`deploy/nginx/help-center.conf\` as it ships (every header the Node server sends, each page's policy
  from a map), with two of our instances behind it.
- **Fastify**: \`scripts/bench/fastify-server.ts\`, the same routes with the same schema, rules, answers,
  headers and log line. Against it, the goal is the server's own CPU time per answer (from
  \`/proc\`, median of the rounds): on two cores wrk takes a core of its own, and requests a second
  then measure the machine's share as much as the server. Requests a second stand beside it.
- **Every figure comes from wrk.** Until this run the bench used autocannon, which on two cores
  saturates its own core before the servers do and made all of them look equal (0.95–1.0 of each
  other); earlier figures in this file's history are autocannon's and not comparable.

## Goals (issues: performance, one runtime and more than one instance, one tester)

${goalLines.join('\n')}
- Lighthouse: see the next section (\`npm run audit\`).
`;
writeReportSection(join(root, 'BENCHMARKS.md'), 'bench', report);
console.log('Wrote BENCHMARKS.md.');
process.exit(0);
