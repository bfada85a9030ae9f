import { parseArgs } from 'node:util';
import { completeLiveCheck, precheckToken } from '../lib/shared/connection-test';
import type { ConnectionTestResult } from '../lib/shared/connection-test-schema';
import { testerWords } from '../lib/shared/tester-words';
import { environments, type Environment } from '../lib/shared/token-rules';
import { checkTokenLive } from '../lib/server/remote-gateway';
import { readGatewaySettings } from '../lib/server/api-settings';

/**
 * `npm run check-token`: a token checked from a terminal, with the route's own rules and gateway
 * client, for admins who will not paste a token into a web page and for platforms' CI. The token
 * comes from standard input (a prompt that does not echo, in a terminal) or REMOTE_API_TOKEN, never
 * from the command line, where shell history and the process list would keep it.
 *
 * Exit status: 0 connected, 1 any other verdict, 2 bad usage (the token given as an argument
 * included, refused without repeating it).
 */

export const usage = `Usage: npm run -s check-token -- [--environment production|sandbox] [--json]

Checks a Remote API token: its format and environment here, then once with Remote's gateway for
that environment (GET /v1/identity/current), as the help center's tester does.

The token is read from standard input, or REMOTE_API_TOKEN when set: never from the command line
(npm also echoes a script's arguments unless run with -s).
  npm run -s check-token                                  # prompts for it, without echo
  pbpaste | npm run -s check-token -- --environment sandbox
  REMOTE_API_TOKEN=… npm run -s check-token -- --json

Options:
  --environment <name>  production or sandbox (default: the one the token's prefix names)
  --json                print the help center's answer as JSON, as POST /api/connection-test gives it
  --help                print this help

Exit status: 0 when Remote accepts the token (connected), 1 for any other verdict, 2 for bad usage.
The gateways come from REMOTE_PRODUCTION_API_URL, REMOTE_SANDBOX_API_URL and REMOTE_TIMEOUT_MS, as for the server.`;

export interface CheckTokenIo {
	argv: string[];
	env: Record<string, string | undefined>;
	/** The token as typed or piped, when REMOTE_API_TOKEN is not set. */
	readToken(): Promise<string>;
	out(text: string): void;
	err(text: string): void;
	/** Where next-step links point: the help center's public URL. */
	siteUrl: string;
	fetch?: typeof fetch;
}

class UsageError extends Error {}

/** The options, or a UsageError that never quotes what was given (it may be a token). */
function readOptions(argv: string[]): { environment: Environment | undefined; json: boolean; help: boolean } {
	let parsed;
	try {
		parsed = parseArgs({
			args: argv,
			options: { environment: { type: 'string' }, json: { type: 'boolean', default: false }, help: { type: 'boolean', default: false } },
			allowPositionals: true,
			strict: true,
		});
	} catch {
		throw new UsageError('Unknown option, or --environment without a value.');
	}
	if (parsed.positionals.length > 0) {
		throw new UsageError(
			'A token is never taken from the command line, where shell history and the process list would keep it (this one was not repeated or used). Pipe it in, type it at the prompt, or set REMOTE_API_TOKEN.',
		);
	}
	const { environment, json, help } = parsed.values;
	if (environment !== undefined && !(environments as readonly string[]).includes(environment)) {
		throw new UsageError('--environment takes production or sandbox.');
	}
	return { environment: environment as Environment | undefined, json, help };
}

/**
 * Text for a terminal with nothing in it that a terminal would act on: escape sequences (colours,
 * cursor moves, window titles, hyperlinks), other control characters and bidirectional overrides.
 * The company's name is Remote's data, set by whoever runs that account: it is printed, never obeyed.
 */
export function printable(text: string): string {
	return (
		text
			// eslint-disable-next-line no-control-regex -- escape sequences are what this removes
			.replace(/\x1b\[[0-?]*[ -/]*[@-~]|\x1b\][^\x07\x1b]*(?:\x07|\x1b\\)?|\x1b[@-_]/g, '')
			// eslint-disable-next-line no-control-regex -- and every other control character
			.replace(/[\0-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069]/g, '')
	);
}

/** The result in words: the verdict, each check, the company, and where the guides help next. */
function describe(result: ConnectionTestResult, siteUrl: string): string {
	const marks = { pass: '✓', fail: '✗', warn: '!', skip: '–' };
	return [
		printable(result.summary),
		...result.notices.map((notice) => `  ${notice}`),
		...result.checks.map((check) => `  ${marks[check.status]} ${check.message}`),
		...(result.companyName ? [`Company: ${printable(result.companyName)}`] : []),
		...(result.retryAfterSeconds !== null ? [`Try again in ${result.retryAfterSeconds} seconds.`] : []),
		`Next: ${result.nextStep.label} → ${new URL(result.nextStep.href, siteUrl).href}`,
	].join('\n');
}

/** Runs the check; returns the exit status. */
export async function checkToken(io: CheckTokenIo): Promise<number> {
	let options;
	let gateway;
	try {
		options = readOptions(io.argv);
		if (options.help) {
			io.out(usage);
			return 0;
		}
		gateway = readGatewaySettings(io.env);
	} catch (error) {
		io.err(`${error instanceof Error ? error.message : String(error)}\n\n${usage}`);
		return 2;
	}
	const token = io.env.REMOTE_API_TOKEN || (await io.readToken());
	if (token.trim() === '') {
		io.err('No token was given: pipe it in, type it at the prompt, or set REMOTE_API_TOKEN.');
		return 2;
	}
	const precheck = precheckToken({ token, ...(options.environment ? { environment: options.environment } : {}) }, testerWords);
	const result =
		'result' in precheck
			? precheck.result
			: completeLiveCheck(precheck.ready, await checkTokenLive(precheck.ready.token, precheck.ready.environment, gateway, io.fetch));
	io.out(options.json ? JSON.stringify(result, null, 2) : describe(result, io.siteUrl));
	return result.verdict === 'connected' ? 0 : 1;
}
