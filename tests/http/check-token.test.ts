import { spawn } from 'node:child_process';
import { testerWordsFor } from '../../src/i18n/tester-words';
import { localizePath } from '../../src/lib/shared/locales';
import { existsSync } from 'node:fs';
import { describe, expect } from 'vitest';
import { fakeRemoteTest as test } from '../support/http-fixtures';
import { ConnectionTestResultSchema } from '../../src/lib/shared/connection-test-schema';
import { demoTokens, type DemoBehaviour } from '../../src/lib/shared/demo-tokens';
import { gatewayEnvOf, uniqueDemoToken, type FakeRemote } from '../support/fake-remote';
import { faults, startFaultyGateways } from '../support/faulty-gateway';

/**
 * `npm run check-token`, run as a user runs it (the script, a real process, standard input and
 * exit status) against the fake Remote on 127.0.0.1.
 */
let fake: FakeRemote;
test.beforeAll(({ fake: started }) => {
	fake = started;
});

interface Run {
	status: number | null;
	stdout: string;
	stderr: string;
}

/** Runs the check with `args`, `input` on standard input, and the fake's gateways (plus `env`). */
function checkToken(args: string[], { input = '', env = {} }: { input?: string; env?: Record<string, string> } = {}): Promise<Run> {
	return new Promise((resolve, reject) => {
		const child = spawn(process.execPath, ['scripts/check-token.mjs', ...args], {
			// An English terminal, whatever the machine's own: a test names the language it needs.
			env: {
				...process.env,
				LC_ALL: '',
				LC_MESSAGES: '',
				LANG: 'C.UTF-8',
				...gatewayEnvOf(fake),
				REMOTE_TIMEOUT_MS: '1000',
				REMOTE_API_TOKEN: '',
				...env,
			},
		});
		let stdout = '';
		let stderr = '';
		child.stdout.on('data', (chunk) => (stdout += chunk));
		child.stderr.on('data', (chunk) => (stderr += chunk));
		child.on('error', reject);
		child.on('close', (status) => resolve({ status, stdout, stderr }));
		child.stdin.end(input);
	});
}

/** A demo token with a unique tail, so this test can find its own calls at the fake. */
const demoToken = (behaviour: DemoBehaviour) => uniqueDemoToken(behaviour);
const callsWith = (token: string) => fake.callsWith(token);

describe('every verdict, from standard input, with its exit status', () => {
	test.each<[string, () => string, string[], RegExp, number]>([
		['connected', () => demoToken('connected'), [], /^Connected to Acme Sandbox Ltd — Sandbox\n/, 0],
		['unauthorized', () => demoToken('revoked'), [], /^Remote rejected the token \(Sandbox\)\./, 1],
		['forbidden', () => demoToken('forbidden'), [], /refused access/, 1],
		['rate_limited', () => demoToken('rate_limited'), [], /rate limit[\s\S]*Try again in 42 seconds\./, 1],
		['upstream_error', () => demoToken('server_error'), [], /could not be used/, 1],
		['unreachable', () => demoToken('reset'), [], /could not be reached/, 1],
		['timeout', () => demoToken('slow'), [], /did not answer in time/, 1],
		[
			'invalid_format',
			() => 'sk_live_51Habcdefghijklmnopqrstuv',
			[],
			/^This does not look like a valid Remote API token\.[\s\S]*Stripe API key/,
			1,
		],
		[
			'environment_mismatch',
			() => demoToken('connected'),
			['--environment', 'production'],
			/^The token belongs to the other environment\./,
			1,
		],
	])('%s', async (verdict, makeToken, args, words, status) => {
		const token = makeToken();
		const run = await checkToken(args, { input: `${token}\n` });
		expect(run.status, run.stderr).toBe(status);
		expect(run.stdout).toMatch(words);
		// The next step, as a URL into the guides.
		expect(run.stdout).toMatch(/\nNext: .+ → https?:\/\/[^\s]+\/(link-account|troubleshooting)\/(#[\w-]+)?\n$/);
		expect(run.stdout + run.stderr).not.toContain(token);
		const json = await checkToken([...args, '--json'], { input: token });
		expect(json.status).toBe(status);
		expect(ConnectionTestResultSchema.parse(JSON.parse(json.stdout)).verdict).toBe(verdict);
		expect(json.stdout).not.toContain(token);
	});
});

test('it asks the gateway of the token’s environment once, and names the company', async () => {
	const token = `${demoTokens.find((demo) => demo.environment === 'production')!.token}_${Date.now()}`;
	const run = await checkToken([], { env: { REMOTE_API_TOKEN: token } });
	expect(run.status).toBe(0);
	expect(run.stdout).toContain('Company: Acme Ltd');
	expect(callsWith(token).map((call) => call.gateway)).toEqual(['production']);
});

test('a token in REMOTE_API_TOKEN is used, and standard input is not read', async () => {
	const token = demoToken('connected');
	const run = await checkToken(['--json'], { env: { REMOTE_API_TOKEN: token }, input: 'ra_test_something_else_entirely_1234' });
	expect(JSON.parse(run.stdout)).toMatchObject({ verdict: 'connected', companyName: 'Acme Sandbox Ltd' });
	expect(callsWith(token)).toHaveLength(1);
});

describe('the terminal’s language', () => {
	test.each([
		['LANG=de_DE.UTF-8', [], { LANG: 'de_DE.UTF-8' }, 'de'],
		['LC_ALL=fr_FR.UTF-8 over LANG', [], { LANG: 'de_DE.UTF-8', LC_ALL: 'fr_FR.UTF-8' }, 'fr'],
		['LC_MESSAGES=es_ES.UTF-8', [], { LC_MESSAGES: 'es_ES.UTF-8' }, 'es'],
		['--locale es over LANG', ['--locale', 'es'], { LANG: 'de_DE.UTF-8' }, 'es'],
		['a language the help center is not written in', [], { LANG: 'pt_BR.UTF-8' }, 'en'],
		['LC_ALL=C over a German LANG', [], { LANG: 'de_DE.UTF-8', LC_ALL: 'C' }, 'en'],
	] as const)('%s answers in %s', async (_case, args, env, locale) => {
		const token = demoToken('revoked');
		const words = testerWordsFor(locale);
		const run = await checkToken([...args], { input: token, env });
		expect(run.status).toBe(1);
		expect(run.stdout.split('\n')[0]).toBe(words.summaries.unauthorized.replace('{environment}', words.environments.sandbox));
		expect(run.stdout).toContain(localizePath('/troubleshooting/#revoked-or-mistyped-token', locale));
		const json = JSON.parse((await checkToken([...args, '--json'], { input: token, env })).stdout);
		expect(json).toMatchObject({ locale, code: 'unauthorized', verdict: 'unauthorized' });
	});

	test('--locale with a language the help center is not written in is bad usage', async () => {
		const run = await checkToken(['--locale', 'pt'], { input: demoToken('connected') });
		expect(run.status).toBe(2);
		expect(run.stderr).toContain('--locale takes en, de, fr or es.');
	});
});

describe('bad usage is status 2, and says why', () => {
	test('a token on the command line is refused, not repeated, and not sent', async () => {
		const token = demoToken('connected');
		for (const args of [[token], ['--environment', 'sandbox', token], [`--token=${token}`], ['--environment', token]]) {
			const run = await checkToken(args, { input: `${demoToken('connected')}\n` });
			expect(run.status, args.join(' ')).toBe(2);
			expect(run.stdout + run.stderr).not.toContain(token.slice(8));
			expect(run.stdout).toBe('');
		}
		expect((await checkToken([token])).stderr).toContain('never taken from the command line');
		expect(callsWith(token)).toEqual([]);
	});

	test('no token at all', async () => {
		const run = await checkToken([], { input: '' });
		expect(run.status).toBe(2);
		expect(run.stderr).toContain('No token was given');
	});

	test('an environment that is not one, and an unknown option', async () => {
		expect((await checkToken(['--environment', 'staging'], { input: demoToken('connected') })).stderr).toContain(
			'--environment takes production or sandbox.',
		);
		expect((await checkToken(['--verbose'], { input: demoToken('connected') })).status).toBe(2);
	});

	test('a gateway setting the server would refuse', async () => {
		const run = await checkToken([], { input: demoToken('connected'), env: { REMOTE_PRODUCTION_API_URL: 'http://gateway.remote.com' } });
		expect(run.status).toBe(2);
		expect(run.stderr).toContain('REMOTE_PRODUCTION_API_URL="http://gateway.remote.com": must be https');
	});

	test('--help prints the usage and succeeds', async () => {
		const run = await checkToken(['--help']);
		expect(run.status).toBe(0);
		expect(run.stdout).toContain('Exit status: 0 when Remote accepts the token (connected), 1 for any other verdict, 2 for bad usage.');
	});
});

/** util-linux `script` gives the check a real terminal, as a person at a prompt has. */
test.runIf(existsSync('/usr/bin/script'))('in a terminal it prompts, and what is typed is never shown', async () => {
	const token = demoToken('connected');
	const output = await new Promise<string>((resolve, reject) => {
		const child = spawn('/usr/bin/script', ['-qec', `${process.execPath} scripts/check-token.mjs`, '/dev/null'], {
			env: { ...process.env, ...gatewayEnvOf(fake), REMOTE_API_TOKEN: '' },
		});
		let seen = '';
		child.stdout.on('data', (chunk) => {
			seen += chunk;
			// Typed only once the prompt is there, as a person would.
			if (seen.includes('Remote API token') && !seen.includes('\u0000sent')) {
				seen += '\u0000sent';
				child.stdin.write(`${token}\r`);
			}
		});
		child.on('error', reject);
		child.on('close', () => resolve(seen));
	});
	expect(output).toContain('Remote API token (not shown as you type or paste):');
	expect(output).toContain('Connected to Acme Sandbox Ltd — Sandbox');
	expect(output).not.toContain(token.slice(8));
	expect(callsWith(token)).toHaveLength(1);
});

test('a company name that holds terminal escape sequences is printed without them; --json stays JSON', async () => {
	const gateways = await startFaultyGateways();
	try {
		const hostile = 'Evil\u001b]0;pwned\u0007 Corp\u001b[2J\u001b[31m\u202e';
		const answer = JSON.stringify({
			data: {
				company: { id: 'company-0001', name: hostile },
				user: { id: 'user-0001', name: 'Ada', email: 'a@b.example', status: 'active' },
			},
		});
		const token = gateways.tokenFor('sandbox', faults.answer(200, { 'Content-Type': 'application/json' }, answer));
		const env = { REMOTE_SANDBOX_API_URL: gateways.urls.sandbox, REMOTE_PRODUCTION_API_URL: gateways.urls.production };
		const run = await checkToken([], { input: token, env });
		expect(run.status).toBe(0);
		expect(run.stdout).toContain('Connected to Evil Corp — Sandbox');
		expect(run.stdout).toContain('Company: Evil Corp\n');
		// eslint-disable-next-line no-control-regex -- no control character at all reaches the terminal
		expect(run.stdout).not.toMatch(/[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u202a-\u202e]/);
		const json = await checkToken(['--json'], { input: token, env });
		expect(ConnectionTestResultSchema.parse(JSON.parse(json.stdout)).companyName).toBe(hostile);
		expect(json.stdout).not.toContain('\u001b');
	} finally {
		await gateways.close();
	}
});
