import { z } from 'zod';
// The .ts extension lets scripts/build-if-needed.mjs load this file with Node directly.
import { readEnvSettings } from './env-settings.ts';
import { gateways } from '../shared/remote-facts.ts';
import type { GatewaySettings } from './remote-gateway.ts';
import { noTrustedProxies, proxyEntryProblem, trustedProxiesOf } from './client-address.ts';

/**
 * The API's runtime settings (the tester's gateways and time budget, the limits every JSON route
 * counts against, who may call it from a browser, and whether a proxy names the client), read from
 * the environment when the server starts (it refuses to start on a bad one). Tests and
 * `npm run demo` point the gateways at the fake Remote on 127.0.0.1.
 */

/** Hosts that never leave this machine: the only ones a gateway may be reached at without TLS. */
const loopbackHosts = new Set(['localhost', '127.0.0.1', '[::1]']);

function isHttpsOrLoopback(value: string): boolean {
	try {
		const url = new URL(value);
		return url.protocol === 'https:' || loopbackHosts.has(url.hostname);
	} catch {
		return true; // not a URL at all: the format check above says so
	}
}

/**
 * A gateway receives tokens, so it must be https. Plain http is accepted on this machine's own
 * loopback only, which is where tests and `npm run demo` run the fake Remote.
 */
const gatewayUrl = z
	.url({ protocol: /^https?$/, error: `must be an https URL such as ${gateways.value.production}` })
	.refine(isHttpsOrLoopback, 'must be https: tokens are sent to it (plain http is accepted for localhost and 127.0.0.1 only, for tests)')
	.transform((url) => url.replace(/\/+$/, ''));

/** A comma-separated list of origins (`https://help.partner.com`), each exactly as browsers send it. */
const originList = z
	.string()
	.transform((value) =>
		value
			.split(',')
			.map((origin) => origin.trim())
			.filter(Boolean),
	)
	.pipe(
		z.array(
			z.string().refine((origin) => {
				try {
					const url = new URL(origin);
					return (url.protocol === 'https:' || url.protocol === 'http:') && url.origin === origin;
				} catch {
					return false;
				}
			}, 'each entry must be an origin: scheme, host and optional port, no path or trailing slash (e.g. https://help.partner.com)'),
		),
	);

/**
 * The proxies whose `X-Forwarded-For` names the client (`127.0.0.1,10.0.0.0/8`). The on/off form
 * this variable once took (`1` trusted the header from any peer, so a client that reached an
 * instance directly chose its own rate-limit key) is refused with what to write instead; `0` and
 * its synonyms still mean no proxy.
 */
const trustedProxyList = z
	.string()
	.transform((value) => value.trim().toLowerCase())
	.superRefine((value, context) => {
		if (['1', 'true', 'yes', 'on'].includes(value))
			context.addIssue({
				code: 'custom',
				message:
					'no longer trusts every peer: name the proxies in front of this server, whose X-Forwarded-For names the client, as addresses or CIDR ranges, e.g. TRUST_PROXY=127.0.0.1,::1 for nginx on the same machine or TRUST_PROXY=10.0.0.0/8 for a private network of proxies (never a range that holds clients)',
			});
	})
	.transform((value) =>
		['0', 'false', 'no', 'off'].includes(value)
			? []
			: value
					.split(',')
					.map((entry) => entry.trim())
					.filter(Boolean),
	)
	.superRefine((entries, context) => {
		for (const problem of entries.map(proxyEntryProblem)) if (problem) context.addIssue({ code: 'custom', message: problem });
	})
	.transform(trustedProxiesOf);

export const ApiSettingsSchema = z.object({
	/** The production gateway, which `ra_live_` tokens are sent to: Remote's own by default. */
	productionApiUrl: gatewayUrl.default(gateways.value.production),
	/** The sandbox gateway, which `ra_test_` tokens are sent to: Remote's own by default. */
	sandboxApiUrl: gatewayUrl.default(gateways.value.sandbox),
	/** The time budget of one call to Remote, in milliseconds. */
	timeoutMs: z.coerce
		.number({ error: 'must be a number of milliseconds' })
		.int('must be a whole number of milliseconds')
		.min(1, 'must be at least 1 ms')
		.max(600_000, 'must be at most 600000 ms (10 minutes)')
		.default(8000),
	/** How many tests one client may run per minute before getting 429. */
	rateLimitPerMinute: z.coerce
		.number({ error: 'must be a number of tests per minute' })
		.int('must be a whole number')
		.min(1, 'must be at least 1')
		.default(10),
	/**
	 * How many requests one client may send the docs MCP server per minute before 429: an agent's
	 * session is a handful of requests (initialize, the tool list, a search, a read), none of which
	 * reaches Remote, so it gets more than the tester.
	 */
	mcpRateLimitPerMinute: z.coerce
		.number({ error: 'must be a number of requests per minute' })
		.int('must be a whole number')
		.min(1, 'must be at least 1')
		.default(60),
	/**
	 * How many tests may wait on Remote at once; beyond it a test is refused with 503 and
	 * Retry-After at once, rather than queueing sockets and memory behind a slow gateway.
	 */
	maxConcurrentTests: z.coerce
		.number({ error: 'must be a number of tests' })
		.int('must be a whole number')
		.min(1, 'must be at least 1')
		.max(10_000, 'must be at most 10000')
		.default(100),
	/** The proxies in front, whose `X-Forwarded-For` and `X-Forwarded-Host` are believed; none by default. */
	trustedProxies: trustedProxyList.default(noTrustedProxies),
	/** Other sites whose pages may call the route from a browser (the embeddable tester), by origin. */
	embedAllowedOrigins: originList.default([]),
	/**
	 * A Redis server every instance shares its limits through (`redis://[:password@]host:port[/db]`,
	 * `rediss://` for TLS). Absent, each instance counts in its own memory, which is right for one.
	 */
	redisUrl: z.url({ protocol: /^rediss?$/, error: 'must be a redis:// or rediss:// URL, such as redis://127.0.0.1:6379' }).optional(),
	/** The longest a request waits on Redis before its instance decides alone, in milliseconds. */
	redisTimeoutMs: z.coerce
		.number({ error: 'must be a number of milliseconds' })
		.int('must be a whole number of milliseconds')
		.min(10, 'must be at least 10 ms')
		.max(5000, 'must be at most 5000 ms: readers wait this long when Redis is slow')
		.default(200),
});
export type ApiSettings = z.output<typeof ApiSettingsSchema>;

export const apiSettingsVariables = {
	productionApiUrl: 'REMOTE_PRODUCTION_API_URL',
	sandboxApiUrl: 'REMOTE_SANDBOX_API_URL',
	timeoutMs: 'REMOTE_TIMEOUT_MS',
	rateLimitPerMinute: 'TESTER_RATE_LIMIT',
	mcpRateLimitPerMinute: 'MCP_RATE_LIMIT',
	maxConcurrentTests: 'TESTER_MAX_CONCURRENT',
	trustedProxies: 'TRUST_PROXY',
	embedAllowedOrigins: 'EMBED_ALLOWED_ORIGINS',
	redisUrl: 'REDIS_URL',
	redisTimeoutMs: 'REDIS_TIMEOUT_MS',
} as const satisfies Record<keyof ApiSettings, string>;

/** Reads the settings, failing with every bad variable named, its value, and what is expected. */
export function readApiSettings(env: Record<string, string | undefined> = process.env): ApiSettings {
	return readEnvSettings('API settings', ApiSettingsSchema, apiSettingsVariables, env);
}

/** The one call to Remote's settings, as the API settings give them: what the tester and `check-token` both use. */
export function gatewaySettingsOf(settings: Pick<ApiSettings, 'productionApiUrl' | 'sandboxApiUrl' | 'timeoutMs'>): GatewaySettings {
	return { gateways: { production: settings.productionApiUrl, sandbox: settings.sandboxApiUrl }, timeoutMs: settings.timeoutMs };
}

/** Only the gateways and their time budget, for a client that calls Remote without serving anything (`npm run check-token`). */
export const GatewaySettingsSchema = ApiSettingsSchema.pick({ productionApiUrl: true, sandboxApiUrl: true, timeoutMs: true }).transform(
	gatewaySettingsOf,
);

/** Reads the gateway settings alone, failing as the server would on a bad one. */
export function readGatewaySettings(env: Record<string, string | undefined> = process.env): GatewaySettings {
	const { productionApiUrl, sandboxApiUrl, timeoutMs } = apiSettingsVariables;
	return readEnvSettings('gateway settings', GatewaySettingsSchema, { productionApiUrl, sandboxApiUrl, timeoutMs }, env);
}
