import { pageWords } from '../../i18n/en/pages.ts';
import type { PageWords } from '../../i18n/en/pages.ts';
import { fill } from './fill-words.ts';
import { bearerHeader, gateways, identityEndpoint, tokenPrefixes } from './remote-facts.ts';
import type { Environment } from './token-rules';

/** What the commands say to the reader in their language: a comment and one message. */
export type TerminalWords = Pick<PageWords['terminalCheck'], 'pasteComment' | 'pasteAtPromptComment' | 'notRemote'>;

/**
 * A sentence as a command may quote it in double quotes: nothing in it that a shell or PowerShell
 * would read as code there (double quotes, PowerShell's curly ones among them, `$`, backticks,
 * backslashes). A language's words that break this fail the build instead of shipping a command
 * that does something else. Apostrophes are text inside double quotes, in both.
 */
function quotable(sentence: string): string {
	if (/["`$\\\u201c\u201d\u201e]/.test(sentence)) {
		throw new Error(`A terminal command cannot quote "${sentence}": it holds a double quote, $, a backtick or a backslash.`);
	}
	return sentence;
}

/**
 * The token check as a reader runs it in their own terminal: the same one request the tester makes,
 * built from the registry's facts. Every command prints the HTTP status alone, never the answer's
 * body, which names the token's creator and their email.
 */

/** The identity endpoint on an environment's gateway. */
const identityUrlOf = (environment: Environment) => `${gateways.value[environment]}${identityEndpoint.value.path}`;

const { header, scheme } = bearerHeader.value;

/** The authorization header as curl takes it, with the token read from `variable` by the shell. */
const authorization = (variable: string) => `${header}: ${scheme} ${variable}`;

/** A shell command for one environment, the token already in `$REMOTE_API_TOKEN`. */
export function curlCommand(environment: Environment): string {
	return [
		`curl -sS -o /dev/null -w 'HTTP status: %{http_code}\\n' \\`,
		`  -H "${authorization('$REMOTE_API_TOKEN')}" \\`,
		'  -H "Accept: application/json" \\',
		`  ${identityUrlOf(environment)}`,
	].join('\n');
}

/**
 * The whole check for macOS and Linux shells: read the token without echoing it or saving it in the
 * history, pick the gateway from its prefix, send it without putting it on a command line, print
 * the status, forget the token.
 */
export function shellCheck(words: TerminalWords = pageWords.terminalCheck): string {
	const notRemote = quotable(fill(words.notRemote, { production: tokenPrefixes.production, sandbox: tokenPrefixes.sandbox }));
	return [
		`# ${words.pasteComment}`,
		'read -rs REMOTE_API_TOKEN',
		'case "$REMOTE_API_TOKEN" in',
		`  ${tokenPrefixes.production}*) REMOTE_GATEWAY=${gateways.value.production} ;;`,
		`  ${tokenPrefixes.sandbox}*) REMOTE_GATEWAY=${gateways.value.sandbox} ;;`,
		`  *) REMOTE_GATEWAY= ; echo "${notRemote}" ;;`,
		'esac',
		// The header goes in through stdin (`-H @-`), so the token is not on curl's command line,
		// where other users of a shared machine could see it in the process list.
		`[ -n "$REMOTE_GATEWAY" ] && printf '${authorization('%s')}\\n' "$REMOTE_API_TOKEN" |`,
		`  curl -sS -o /dev/null -w 'HTTP status: %{http_code}\\n' -H @- \\`,
		'  -H "Accept: application/json" \\',
		`  "$REMOTE_GATEWAY${identityEndpoint.value.path}"`,
		'unset REMOTE_API_TOKEN',
	].join('\n');
}

/**
 * The same check for Windows PowerShell 5.1 and PowerShell 7: the token is typed into a hidden
 * prompt, and both versions' ways of reporting an error status end in the same line.
 */
export function powerShellCheck(words: TerminalWords = pageWords.terminalCheck): string {
	const notRemote = quotable(fill(words.notRemote, { production: tokenPrefixes.production, sandbox: tokenPrefixes.sandbox }));
	return [
		`# ${words.pasteAtPromptComment}`,
		"$secret = Read-Host -AsSecureString 'Remote API token'",
		"$token = [System.Net.NetworkCredential]::new('', $secret).Password",
		// One line: pasted into an interactive prompt, an `elseif` on a line of its own is an error.
		`$gateway = if ($token.StartsWith('${tokenPrefixes.production}')) { '${gateways.value.production}' } elseif ($token.StartsWith('${tokenPrefixes.sandbox}')) { '${gateways.value.sandbox}' }`,
		'if (-not $gateway) {',
		`  "${notRemote}"`,
		'} else {',
		'  try {',
		`    $answer = Invoke-WebRequest -UseBasicParsing -Uri "$gateway${identityEndpoint.value.path}" \``,
		`      -Headers @{ ${header} = "${scheme} $token"; Accept = 'application/json' }`,
		'    "HTTP status: $($answer.StatusCode)"',
		'  } catch {',
		'    if ($_.Exception.Response) { "HTTP status: $([int]$_.Exception.Response.StatusCode)" } else { "No answer: $($_.Exception.Message)" }',
		'  }',
		'}',
		'Remove-Variable token, secret',
	].join('\n');
}
