import { bearerHeader, gateways, identityEndpoint, tokenPrefixes } from './remote-facts.ts';
import type { Environment } from './token-rules';

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
export function shellCheck(): string {
	return [
		'# Paste the token and press Enter (nothing is shown as you paste):',
		'read -rs REMOTE_API_TOKEN',
		'case "$REMOTE_API_TOKEN" in',
		`  ${tokenPrefixes.production}*) REMOTE_GATEWAY=${gateways.value.production} ;;`,
		`  ${tokenPrefixes.sandbox}*) REMOTE_GATEWAY=${gateways.value.sandbox} ;;`,
		`  *) REMOTE_GATEWAY= ; echo "Not a Remote API token: it starts with neither ${tokenPrefixes.production} nor ${tokenPrefixes.sandbox}." ;;`,
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
export function powerShellCheck(): string {
	return [
		'# Paste the token at the prompt and press Enter (nothing is shown as you paste):',
		"$secret = Read-Host -AsSecureString 'Remote API token'",
		"$token = [System.Net.NetworkCredential]::new('', $secret).Password",
		// One line: pasted into an interactive prompt, an `elseif` on a line of its own is an error.
		`$gateway = if ($token.StartsWith('${tokenPrefixes.production}')) { '${gateways.value.production}' } elseif ($token.StartsWith('${tokenPrefixes.sandbox}')) { '${gateways.value.sandbox}' }`,
		'if (-not $gateway) {',
		`  'Not a Remote API token: it starts with neither ${tokenPrefixes.production} nor ${tokenPrefixes.sandbox}.'`,
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
