import { z } from 'zod';
import { booleanFlag, readEnvSettings } from './env-settings.ts';

/**
 * How the production server protects its readers and itself, read from the environment at startup
 * (src/server/standalone.ts refuses to start on a bad value).
 */

/** One `frame-ancestors` source: a keyword, or an origin whose host may start with `*.`. */
function isFrameSource(source: string): boolean {
	if (source === "'self'" || source === "'none'") return true;
	const match = /^(https?):\/\/(\*\.)?([a-z0-9.-]+)(:\d{1,5})?$/i.exec(source);
	return match !== null && !match[3]!.startsWith('.') && !match[3]!.includes('..');
}

const frameAncestors = z
	.string()
	.transform((value) => value.trim().split(/\s+/))
	.refine(
		(sources) => sources.every(isFrameSource),
		"must be space-separated sources: 'self', 'none', or origins such as https://help.partner.com or https://*.partner.com",
	)
	.refine((sources) => !sources.includes("'none'") || sources.length === 1, "'none' cannot be combined with other sources")
	.transform((sources) => sources.join(' '));

export const ServerSettingsSchema = z.object({
	/** The address to listen on: `0.0.0.0` (or `::`) to accept connections from outside. */
	host: z.string().trim().min(1, 'must be a host name or address').default('localhost'),
	/** The port to listen on. */
	port: z.coerce
		.number({ error: 'must be a port number' })
		.int('must be a whole number')
		.min(0, 'must be a port number from 0 to 65535')
		.max(65_535, 'must be a port number from 0 to 65535')
		.default(4321),
	/**
	 * Who may show these pages in a frame (CSP `frame-ancestors`). By default only this site; a
	 * partner that frames the guides lists its origin here.
	 */
	frameAncestors: frameAncestors.default("'self'"),
	/** Whether the site is served over HTTPS (at a proxy or here), so browsers may be told to insist. */
	hsts: booleanFlag.default(false),
	/**
	 * How long a client may take to send a request's headers and body. A client that dribbles
	 * either is cut off then, so slow connections cannot pile up and hold the server.
	 */
	clientTimeoutMs: z.coerce
		.number({ error: 'must be a number of milliseconds' })
		.int('must be a whole number of milliseconds')
		.min(100, 'must be at least 100 ms')
		.max(300_000, 'must be at most 300000 ms (5 minutes)')
		.default(10_000),
	/**
	 * Open connections beyond which new ones are refused at once, so a flood of idle or slow
	 * connections runs out of this budget before the process runs out of file descriptors.
	 */
	maxConnections: z.coerce
		.number({ error: 'must be a number of connections' })
		.int('must be a whole number')
		.min(10, 'must be at least 10')
		.max(1_000_000, 'must be at most 1000000')
		.default(2000),
	/**
	 * The static exports this server is the hosted service of (`npm run export` writes them to
	 * exports/): its docs MCP server answers a request to the host an export's card names with that
	 * export's guides. Default: the project's exports/ folder, when there is one.
	 */
	exportsDir: z.string().trim().min(1, 'must be a folder').optional(),
});
export type ServerSettings = z.output<typeof ServerSettingsSchema>;

export const serverSettingsVariables = {
	host: 'HOST',
	port: 'PORT',
	frameAncestors: 'FRAME_ANCESTORS',
	hsts: 'HSTS',
	clientTimeoutMs: 'CLIENT_TIMEOUT_MS',
	maxConnections: 'MAX_CONNECTIONS',
	exportsDir: 'EXPORTS_DIR',
} as const satisfies Record<keyof ServerSettings, string>;

export function readServerSettings(env: Record<string, string | undefined> = process.env): ServerSettings {
	return readEnvSettings('server settings', ServerSettingsSchema, serverSettingsVariables, env);
}
