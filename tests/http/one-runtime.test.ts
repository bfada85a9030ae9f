import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { cpSync, existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { ConnectionTestResultSchema } from '../../src/lib/shared/connection-test-schema';
import { gatewayEnvOf, startFakeRemote, type FakeRemote } from '../support/fake-remote';
import { freePort, startHelpCenter, startHelpCenterExpectingFailure } from '../support/help-center';

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
beforeAll(async () => {
	fake = await startFakeRemote();
});
afterAll(async () => {
	await fake?.close();
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

/** `astro dev` on a free port with `env`, and what it printed. */
async function startDevServer(env: Record<string, string>) {
	const port = await freePort();
	const child = spawn(process.execPath, ['node_modules/astro/bin/astro.mjs', 'dev', '--host', '127.0.0.1', '--port', String(port)], {
		env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1', ...env },
		stdio: ['ignore', 'pipe', 'pipe'],
	});
	let output = '';
	child.stdout.on('data', (chunk) => (output += chunk));
	child.stderr.on('data', (chunk) => (output += chunk));
	const stop = async () => {
		if (child.exitCode === null && child.signalCode === null) {
			child.kill('SIGTERM');
			await once(child, 'exit');
		}
	};
	return { url: `http://127.0.0.1:${port}`, child, output: () => output, stop };
}

describe('astro dev', () => {
	test('answers the tester with the production handler, and serves the embed script', { timeout: 60_000 }, async () => {
		const dev = await startDevServer(gatewayEnvOf(fake));
		try {
			const deadline = Date.now() + 40_000;
			for (;;) {
				if (dev.child.exitCode !== null) throw new Error(`astro dev exited:\n${dev.output()}`);
				try {
					if ((await fetch(`${dev.url}/api/health`)).ok) break;
				} catch {
					// Not listening yet.
				}
				if (Date.now() > deadline) throw new Error(`astro dev did not start:\n${dev.output()}`);
				await new Promise((resolve) => setTimeout(resolve, 200));
			}
			const undecodable = await fetch(`${dev.url}${undecodablePath}`);
			expect(undecodable.status).toBe(400);
			expect(undecodable.headers.get('content-security-policy')).toContain("default-src 'none'");
			const token = 'ra_test_demo_connected_4f1c9a27b3_dev';
			expect(await testToken(dev.url, token)).toMatchObject({ verdict: 'connected', companyName: 'Acme Sandbox Ltd' });
			expect(fake.calls.filter((call) => call.token === token)).toHaveLength(1);
			const refused = await fetch(`${dev.url}/api/connection-test`);
			expect(refused.status).toBe(405);
			expect(refused.headers.get('content-type')).toBe('application/json');
			const script = await fetch(`${dev.url}/embed/token-tester.js`);
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
		const dev = await startDevServer({ REMOTE_TIMEOUT_MS: 'soon' });
		const timer = setTimeout(() => dev.child.kill('SIGKILL'), 45_000);
		const [code] = (await once(dev.child, 'exit')) as [number | null];
		clearTimeout(timer);
		expect(code).not.toBe(0);
		expectStartupReport(dev.output(), 'REMOTE_TIMEOUT_MS="soon": must be a number of milliseconds');
	});
});
