import { spawn } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, vi } from 'vitest';
import { fakeRemoteTest as test } from '../support/http-fixtures';
import { demoTokens } from '../../src/lib/shared/demo-tokens';
import { gateways } from '../../src/lib/shared/remote-facts';
import { pageWordsByLocale } from '../../src/i18n/page-words';
import { shellCheck, type TerminalWords } from '../../src/lib/shared/terminal-check';
import { uniqueDemoToken, type FakeRemote } from '../support/fake-remote';

/**
 * The shell command the guides give readers, run for real in bash with curl, against the fake
 * Remote in place of Remote's gateways: it must pick the gateway from the prefix, send the token
 * once, and print the status and nothing of Remote's answer (which names the token's creator).
 */
let fake: FakeRemote;

test.beforeAll(({ fake: started }) => {
	fake = started;
});

/** Starts the guide's command with `token` typed at its prompt; the gateways point at the fake. */
function startCheck(token: string, words?: TerminalWords) {
	const script = shellCheck(words)
		.replaceAll(gateways.value.production, fake.urls.production)
		.replaceAll(gateways.value.sandbox, fake.urls.sandbox);
	// A process group of its own, so a test can stop the shell and its curl together.
	const shell = spawn('bash', ['-c', script], { stdio: ['pipe', 'pipe', 'pipe'], detached: true });
	let output = '';
	shell.stdout.on('data', (chunk) => (output += chunk));
	shell.stderr.on('data', (chunk) => (output += chunk));
	shell.stdin.end(`${token}\n`);
	const exited = new Promise<number | null>((resolve) => shell.on('exit', resolve));
	return { shell, exited, output: () => output };
}

/** Runs the guide's command to its end. */
async function runCheck(token: string, words?: TerminalWords): Promise<{ output: string; code: number | null }> {
	const check = startCheck(token, words);
	const code = await check.exited;
	return { output: check.output(), code };
}

/** Every process's command line on this machine, as another user could read it from /proc. */
function commandLines(): string[] {
	return readdirSync('/proc')
		.filter((entry) => /^\d+$/.test(entry))
		.flatMap((pid) => {
			try {
				return [readFileSync(`/proc/${pid}/cmdline`, 'utf8').replaceAll('\0', ' ')];
			} catch {
				return []; // gone meanwhile
			}
		});
}

const demo = (behaviour: string, environment = 'sandbox') =>
	demoTokens.find((token) => token.behaviour === behaviour && token.environment === environment)!.token;
const callsWith = (token: string) => fake.callsWith(token);

describe('the terminal check, as a reader runs it', () => {
	test.each([
		['a Sandbox token Remote accepts', `${demo('connected')}_terminal`, 'sandbox', 'HTTP status: 201'],
		['a Production token Remote accepts', `${demo('connected', 'production')}_terminal`, 'production', 'HTTP status: 201'],
		['a revoked token', `${demo('revoked')}_terminal`, 'sandbox', 'HTTP status: 401'],
	])('%s: the status alone, from the gateway its prefix names, once', async (_case, token, gateway, status) => {
		const { output } = await runCheck(token);
		expect(output).toBe(`${status}\n`);
		expect(callsWith(token).map((call) => call.gateway)).toEqual([gateway]);
		expect(callsWith(token)[0]!.accept).toBe('application/json');
	});

	test('nothing of the answer is printed: not the company, the creator’s name or email', async () => {
		const { output } = await runCheck(`${demo('connected')}_quiet`);
		for (const detail of ['Acme', 'Ada Admin', 'ada.admin@acme.example', '{']) expect(output).not.toContain(detail);
	});

	test('a value that is not a Remote token is sent nowhere', async () => {
		const before = fake.calls.length;
		const { output } = await runCheck('sk_live_abcdefghijklmnopqrstuvwx');
		expect(output).toBe('Not a Remote API token: it starts with neither ra_live_ nor ra_test_.\n');
		expect(fake.calls.length).toBe(before);
	});

	test.each(['de', 'fr', 'es'] as const)('in %s, the command says so in that language, and still sends nothing', async (locale) => {
		const before = fake.calls.length;
		const words = pageWordsByLocale[locale].terminalCheck;
		const { output } = await runCheck('sk_live_abcdefghijklmnopqrstuvwx', words);
		expect(output).toBe(`${words.notRemote.replace('{production}', 'ra_live_').replace('{sandbox}', 'ra_test_')}\n`);
		expect(fake.calls.length).toBe(before);
		expect((await runCheck(`${demo('revoked')}_terminal_${locale}`, words)).output).toBe('HTTP status: 401\n');
	});

	test('the token is never on a command line, where other users could read it', async () => {
		// Remote holds the `slow` token's answer, so curl is still running while every command line is read.
		const token = uniqueDemoToken('slow');
		const check = startCheck(token);
		try {
			await vi.waitFor(() => expect(callsWith(token)).toHaveLength(1), { timeout: 10_000 });
			const lines = commandLines();
			expect(lines.filter((line) => line.includes(fake.urls.sandbox)).some((line) => /\bcurl\b/.test(line))).toBe(true);
			for (const line of lines) expect(line).not.toContain(token.slice('ra_test_'.length));
		} finally {
			process.kill(-check.shell.pid!, 'SIGKILL');
			await check.exited;
		}
	});
});
