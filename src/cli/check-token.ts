import { parseArgs } from 'node:util';
import { completeLiveCheck, precheckToken } from '../lib/shared/connection-test';
import type { ConnectionTestResult } from '../lib/shared/connection-test-schema';
import { testerWordsFor, type ResolvedTesterWords } from '../i18n/tester-words';
import { defaultLocale, localeOfTag, type Locale } from '../lib/shared/locales';
import { fill } from '../lib/shared/fill-words';
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

export const usage = `Usage: npm run -s check-token -- [--environment production|sandbox] [--locale de|en|es|fr] [--json]

Checks a Remote API token: its format and environment here, then once with Remote's gateway for
that environment (GET /v1/identity/current), as the help center's tester does.

The token is read from standard input, or REMOTE_API_TOKEN when set: never from the command line
(npm also echoes a script's arguments unless run with -s).
  npm run -s check-token                                  # prompts for it, without echo
  pbpaste | npm run -s check-token -- --environment sandbox
  REMOTE_API_TOKEN=… npm run -s check-token -- --json

Options:
  --environment <name>  production or sandbox (default: the one the token's prefix names)
  --locale <language>   the language of the answer: en, de, fr or es (default: the terminal's,
                        from LC_ALL, LC_MESSAGES or LANG; English when it is none of these)
  --json                print the help center's answer as JSON, as POST /api/connection-test gives it
  --help                print this help

Exit status: 0 when Remote accepts the token (connected), 1 for any other verdict, 2 for bad usage.
The gateways come from REMOTE_PRODUCTION_API_URL, REMOTE_SANDBOX_API_URL and REMOTE_TIMEOUT_MS, as for the server.`;

export interface CheckTokenIo {
	argv: string[];
	env: Record<string, string | undefined>;
	/** The token as typed or piped, when REMOTE_API_TOKEN is not set; `prompt` is what a terminal asks. */
	readToken(prompt: string): Promise<string>;
	out(text: string): void;
	err(text: string): void;
	/** Where next-step links point: the help center's public URL. */
	siteUrl: string;
	fetch?: typeof fetch;
}

class UsageError extends Error {}

/** The options, or a UsageError that never quotes what was given (it may be a token). */
function readOptions(argv: string[]): { environment: Environment | undefined; locale: string | undefined; json: boolean; help: boolean } {
	let parsed;
	try {
		parsed = parseArgs({
			args: argv,
			options: {
				environment: { type: 'string' },
				locale: { type: 'string' },
				json: { type: 'boolean', default: false },
				help: { type: 'boolean', default: false },
			},
			allowPositionals: true,
			strict: true,
		});
	} catch {
		throw new UsageError('Unknown option, or --environment or --locale without a value.');
	}
	if (parsed.positionals.length > 0) {
		throw new UsageError(
			'A token is never taken from the command line, where shell history and the process list would keep it (this one was not repeated or used). Pipe it in, type it at the prompt, or set REMOTE_API_TOKEN.',
		);
	}
	const { environment, locale, json, help } = parsed.values;
	if (environment !== undefined && !(environments as readonly string[]).includes(environment)) {
		throw new UsageError('--environment takes production or sandbox.');
	}
	if (locale !== undefined && !localeOfTag(locale)) {
		throw new UsageError('--locale takes en, de, fr or es.');
	}
	return { environment: environment as Environment | undefined, locale, json, help };
}

/**
 * The language to answer in: `--locale`, else the terminal's, as POSIX ranks its settings
 * (LC_ALL, then LC_MESSAGES, then LANG; the first one set decides, so LC_ALL=C means English).
 */
export function terminalLocale(option: string | undefined, env: Record<string, string | undefined>): Locale {
	if (option !== undefined) return localeOfTag(option) ?? defaultLocale;
	const setting = [env.LC_ALL, env.LC_MESSAGES, env.LANG].find((value) => value !== undefined && value !== '');
	return localeOfTag(setting) ?? defaultLocale;
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
function describe(result: ConnectionTestResult, siteUrl: string, words: ResolvedTesterWords['terminal']): string {
	const marks = { pass: '✓', fail: '✗', warn: '!', skip: '–' };
	return [
		printable(result.summary),
		...result.notices.map((notice) => `  ${notice}`),
		...result.checks.map((check) => `  ${marks[check.status]} ${check.message}`),
		...(result.companyName ? [fill(words.company, { company: printable(result.companyName) })] : []),
		...(result.retryAfterSeconds !== null ? [fill(words.tryAgainIn, { seconds: result.retryAfterSeconds })] : []),
		fill(words.next, { label: result.nextStep.label, url: new URL(result.nextStep.href, siteUrl).href }),
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
	const words = testerWordsFor(terminalLocale(options.locale, io.env));
	const token = io.env.REMOTE_API_TOKEN || (await io.readToken(words.terminal.prompt));
	if (token.trim() === '') {
		io.err(words.terminal.noToken);
		return 2;
	}
	const precheck = precheckToken({ token, ...(options.environment ? { environment: options.environment } : {}) }, words);
	const result =
		'result' in precheck
			? precheck.result
			: completeLiveCheck(precheck.ready, await checkTokenLive(precheck.ready.token, precheck.ready.environment, gateway, io.fetch), words);
	io.out(options.json ? JSON.stringify(result, null, 2) : describe(result, io.siteUrl, words.terminal));
	return result.verdict === 'connected' ? 0 : 1;
}
