import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { cpSync, existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { stripVTControlCharacters } from 'node:util';
import { afterAll, afterEach, beforeAll, describe, expect } from 'vitest';
import { fakeRemoteTest as test } from '../support/http-fixtures';
import { ConnectionTestResultSchema } from '../../src/lib/shared/connection-test-schema';
import { gatewayEnvOf, type FakeRemote } from '../support/fake-remote';
import { startHelpCenter, startHelpCenterExpectingFailure } from '../support/help-center';

/**
 * One runtime: the server in src/server answers the site and the API, and a build of it runs from
 * `dist/` and `server.mjs` alone; `astro dev` mounts the same front door, so the tester works there
 * as it does in production, an undecodable path is refused alike, a bad setting stops both with
 * the same report, and both close the insights and the limits when they stop.
 */

/** A path whose escape decodes to nothing: no page or route has it. */
const undecodablePath = '/%E0%A4%A';

/** The two lines a startup error is reported with, wherever the help center starts. */
function expectStartupReport(output: string, message: string) {
	expect(output).toMatch(/\{"time":"[^"]+","level":"error","event":"server_not_started","message":"/);
	expect(output).toContain(`The server cannot start: Invalid settings:`);
	expect(output).toContain(message);
	expect(output).not.toContain('    at '); // an explanation, not a stack trace
}

describe('node server.mjs', () => {
	test('refuses an undecodable path with 400, and closes the insights and limits when it stops', async () => {
		const server = await startHelpCenter(gatewayEnvOf(fake));
		const response = await fetch(`${server.url}${undecodablePath}`);
		expect(response.status).toBe(400);
		expect(response.headers.get('content-security-policy')).toContain("default-src 'none'");
		expect(await server.stop()).toBe(0);
		expect(server.output()).toMatch(/"event":"help_center_closed"[^\n]*\n[^\n]*"event":"server_stopped"/);
	});

	test('reports a bad setting with the same two lines as astro dev', async () => {
		const { code, output } = await startHelpCenterExpectingFailure({ REMOTE_TIMEOUT_MS: 'soon' });
		expect(code).toBe(1);
		expectStartupReport(output, 'REMOTE_TIMEOUT_MS="soon": must be a number of milliseconds');
	});
});
let fake: FakeRemote;
test.beforeAll(({ fake: started }) => {
	fake = started;
});

const testToken = async (url: string, token: string) =>
	ConnectionTestResultSchema.parse(
		await (
			await fetch(`${url}/api/connection-test`, {
				method: 'POST',
				headers: { 'Content-Type': 'application/json' },
				body: JSON.stringify({ token }),
			})
		).json(),
	);

describe('a deployment of dist/ and server.mjs alone', () => {
	let folder: string;
	beforeAll(() => {
		folder = mkdtempSync(join(tmpdir(), 'deployed-'));
		cpSync('dist', join(folder, 'dist'), { recursive: true });
		cpSync('server.mjs', join(folder, 'server.mjs'));
	});
	afterAll(() => rmSync(folder, { recursive: true, force: true }));

	test('runs with no node_modules anywhere above it, and serves pages, the embed script and the tester', async () => {
		// Node resolves packages from the file's folder upwards: none exist there.
		for (let dir = folder; dir !== join(dir, '..'); dir = join(dir, '..')) expect(existsSync(join(dir, 'node_modules')), dir).toBe(false);
		const server = await startHelpCenter(gatewayEnvOf(fake), join(folder, 'server.mjs'));
		try {
			expect((await fetch(`${server.url}/environments/`)).status).toBe(200);
			expect((await fetch(`${server.url}/embed/token-tester.js`)).status).toBe(200);
			expect((await fetch(`${server.url}/no-such-page/`)).status).toBe(404);
			expect((await testToken(server.url, 'ra_test_demo_connected_4f1c9a27b3_deployed')).verdict).toBe('connected');
		} finally {
			await server.stop();
		}
	});
});

/** `astro dev` on a port the system picks, with `env`, and what it printed. */
function startDevServer(env: Record<string, string>) {
	const child = spawn(process.execPath, ['node_modules/astro/bin/astro.mjs', 'dev', '--host', '127.0.0.1', '--port', '0'], {
		env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1', ...env },
		stdio: ['ignore', 'pipe', 'pipe'],
	});
	let output = '';
	child.stdout.on('data', (chunk) => (output += chunk));
	child.stderr.on('data', (chunk) => (output += chunk));
	/** Resolves with the address astro dev printed once it listens (`Local http://127.0.0.1:…/`). */
	const listening = new Promise<string>((resolve, reject) => {
		const onOutput = () => {
			// Without its colours: under CI=true Astro colours its output even into a pipe.
			const url = /Local\s+(http:\/\/127\.0\.0\.1:\d+)/.exec(stripVTControlCharacters(output))?.[1];
			if (url) resolve(url);
		};
		child.stdout.on('data', onOutput);
		child.once('exit', (code) => reject(new Error(`astro dev exited with ${code}:\n${output}`)));
	});
	// A server that exits before it listens is a test's subject too (a bad setting): no unhandled rejection.
	listening.catch(() => {});
	const stop = async () => {
		if (child.exitCode === null && child.signalCode === null) {
			child.kill('SIGTERM');
			await once(child, 'exit');
		}
	};
	devServers.push(stop);
	return { listening, child, output: () => output, stop };
}

/** Every astro dev this file started, stopped after each test even if it timed out: Astro allows one at a time. */
const devServers: Array<() => Promise<void>> = [];
afterEach(async () => {
	await Promise.all(devServers.splice(0).map((stop) => stop()));
});

describe('astro dev', () => {
	test('answers the tester with the production handler, and serves the embed script', { timeout: 60_000 }, async () => {
		const dev = startDevServer(gatewayEnvOf(fake));
		try {
			const url = await dev.listening;
			// Listening comes before the first request is served: the first answer waits for Vite.
			expect((await fetch(`${url}/api/health`)).ok).toBe(true);
			const undecodable = await fetch(`${url}${undecodablePath}`);
			expect(undecodable.status).toBe(400);
			expect(undecodable.headers.get('content-security-policy')).toContain("default-src 'none'");
			const token = 'ra_test_demo_connected_4f1c9a27b3_dev';
			expect(await testToken(url, token)).toMatchObject({ verdict: 'connected', companyName: 'Acme Sandbox Ltd' });
			expect(fake.calls.filter((call) => call.token === token)).toHaveLength(1);
			const refused = await fetch(`${url}/api/connection-test`);
			expect(refused.status).toBe(405);
			expect(refused.headers.get('content-type')).toBe('application/json');
			const script = await fetch(`${url}/embed/token-tester.js`);
			expect(script.headers.get('access-control-allow-origin')).toBe('*');
			expect(await script.text()).toContain('remote-token-tester');
			// Stopping astro dev closes the insights database and the limits, once.
			await dev.stop();
			expect(dev.output().match(/"event":"help_center_closed"/g)).toHaveLength(1);
		} finally {
			await dev.stop();
		}
	});

	test('refuses to start with a bad setting, naming it as the server does', { timeout: 60_000 }, async () => {
		const dev = startDevServer({ REMOTE_TIMEOUT_MS: 'soon' });
		const timer = setTimeout(() => dev.child.kill('SIGKILL'), 45_000);
		const [code] = (await once(dev.child, 'exit')) as [number | null];
		clearTimeout(timer);
		expect(code).not.toBe(0);
		expectStartupReport(dev.output(), 'REMOTE_TIMEOUT_MS="soon": must be a number of milliseconds');
	});
});
