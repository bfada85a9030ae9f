import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { createServer, type Server } from 'node:http';
import { logEvent } from '../lib/server/log';
import { embedPaths, embedScriptHeaders } from './embed-script';
import { createHelpCenter, StartupError, type BuiltSite } from './help-center';
import { policyForFile, securityHeaders } from './security-headers';
import { loadStaticFiles } from './static-files';

export { reportStartupError, StartupError } from './help-center';

/**
 * On every page, for agents that read headers before (or instead of) the page: the guides for
 * LLMs (`describedby`), and the docs MCP server's card (`service-desc`, RFC 8631: a service
 * description for machines; api/mcp-route.ts).
 */
export const agentLinks =
	'</llms.txt>; rel="describedby"; type="text/plain", </.well-known/mcp>; rel="service-desc"; type="application/json"';

/**
 * The production server that `node server.mjs` runs (bundled into dist/server/standalone.mjs at
 * build time by config/integrations/server-bundle.ts, with every dependency inside): the help
 * center's front door (help-center.ts), with the prerendered site from memory as what comes after
 * it (static-files.ts), listening on a port, and stopping gracefully on a signal.
 */

export interface StandaloneOptions {
	/** dist/client: the prerendered site with its precompressed twins. */
	clientDir: string;
	/** dist/build-info.json: what the site was built with (its public URL). */
	buildInfoFile: string;
	env?: Record<string, string | undefined>;
}

/** What the build says about itself, from its build-info.json. */
export async function builtSiteOf(buildInfoFile: string): Promise<BuiltSite> {
	try {
		const info = JSON.parse(await readFile(buildInfoFile, 'utf8')) as {
			settings?: { url?: string; title?: string; brand?: { id?: string } };
			brands?: string[];
		};
		const brand = info.settings?.brand?.id ?? 'default';
		return {
			siteOrigin: info.settings?.url ? new URL(info.settings.url).origin : null,
			brand,
			title: info.settings?.title ?? 'Help center',
			knownBrands: info.brands ?? [brand],
		};
	} catch {
		throw new StartupError(
			`The build has no readable ${buildInfoFile}. Run \`npm run build\` (or \`npm start\`, which builds when needed).`,
		);
	}
}

/**
 * Builds the server and starts listening; fails with a StartupError naming any bad setting, or a
 * port it cannot have. From then on it logs one JSON line per event and stops gracefully.
 */
export async function startStandaloneServer({ clientDir, buildInfoFile, env = process.env }: StandaloneOptions): Promise<Server> {
	const built = await builtSiteOf(buildInfoFile);
	// The project's exports/ beside dist/, where `npm run export` writes them.
	const helpCenter = createHelpCenter({ env, built, siteDir: clientDir, exportsDir: join(clientDir, '..', '..', 'exports') });
	const { server: serverSettings, gateway } = helpCenter.settings;
	let site;
	try {
		site = await loadStaticFiles(clientDir, {
			headersFor: (urlPath, content) => ({
				...securityHeaders(serverSettings, policyForFile(urlPath, content)),
				...(embedPaths.includes(urlPath) ? embedScriptHeaders : {}),
				...(urlPath.endsWith('.html') ? { Link: agentLinks } : {}),
			}),
			notFoundPage: '/404.html',
		});
	} catch (error) {
		await helpCenter.close();
		throw new StartupError(
			`The build in ${clientDir} cannot be served (${error instanceof Error ? error.message : error}). Run \`npm run build\`.`,
		);
	}
	// Only GET and HEAD mean anything outside the routes: anything else is told which do.
	const otherMethodHeaders = { ...helpCenter.headers, Allow: 'GET, HEAD', 'Content-Length': 0 };

	const server = createServer(
		{
			// A client gets this long to send its headers and body; one that dribbles either is cut
			// off (408) then, so slow connections cannot accumulate. Checked every quarter of it.
			headersTimeout: serverSettings.clientTimeoutMs,
			requestTimeout: serverSettings.clientTimeoutMs,
			connectionsCheckingInterval: Math.min(1000, Math.ceil(serverSettings.clientTimeoutMs / 4)),
		},
		(request, response) =>
			helpCenter.handle(request, response, (path) => {
				if (!site.serve(request, response, path)) response.writeHead(405, otherMethodHeaders).end();
			}),
	);
	// A connection with no traffic either way (a client that stopped reading its answer, or sends
	// nothing more) is closed after this; it outlasts the longest wait on Remote, so a test in
	// flight is never cut.
	server.setTimeout(Math.max(serverSettings.clientTimeoutMs, gateway.timeoutMs) + 2000);
	server.maxConnections = serverSettings.maxConnections;

	const { host, port } = serverSettings;
	try {
		await new Promise<void>((resolve, reject) => {
			server.once('error', (error: NodeJS.ErrnoException) => {
				const why =
					error.code === 'EADDRINUSE'
						? 'something else is listening there'
						: error.code === 'EACCES'
							? 'this user may not listen there'
							: `${error.code ?? error.name}`;
				reject(new StartupError(`Cannot listen on ${host}:${port}: ${why}. Set HOST and PORT to an address and port this server may use.`));
			});
			server.listen(port, host, resolve);
		});
	} catch (error) {
		await helpCenter.close();
		throw error;
	}
	const address = server.address();
	const boundPort = typeof address === 'object' && address ? address.port : port;
	logEvent('info', 'server_listening', { url: `http://${host.includes(':') ? `[${host}]` : host}:${boundPort}` });

	// A test in flight may wait on Remote for its whole budget, after its client took its own.
	exitGracefully(server, gateway.timeoutMs + serverSettings.clientTimeoutMs + 1000, () => helpCenter.close());
	logCrashes();
	return server;
}

/** Stops accepting connections, lets requests in flight finish (within `graceMs`), then exits. */
export function exitGracefully(server: Server, graceMs: number, beforeExit: () => Promise<void> = async () => undefined): void {
	for (const signal of ['SIGTERM', 'SIGINT'] as const) {
		process.once(signal, () => {
			logEvent('info', 'server_stopping', { signal, graceMs });
			server.close(() => {
				// Records still being written are finished, and the database closed cleanly.
				void beforeExit()
					.catch(() => undefined)
					.then(() => {
						logEvent('info', 'server_stopped');
						process.exit(0);
					});
			});
			// Idle keep-alive connections would hold close() open; busy ones finish their answer first.
			server.closeIdleConnections();
			setTimeout(() => {
				logEvent('warn', 'server_stop_forced', { graceMs });
				process.exit(1);
			}, graceMs).unref();
		});
	}
}

/**
 * What a crash log line says about the error: its class and where it happened, never its message,
 * which could quote input (a JSON.parse error quotes the text it was given, a token included).
 */
export function describeCrash(error: unknown): Record<string, string> {
	if (!(error instanceof Error)) return { error: typeof error };
	// The stack opens with "Name: message", which may span lines: skip exactly those, so no line of
	// the message can pass for a frame.
	const headerLines = `${error.name}: ${error.message}`.split('\n').length;
	const frames = (error.stack ?? '')
		.split('\n')
		.slice(headerLines)
		.filter((line) => line.trimStart().startsWith('at '))
		.slice(0, 5);
	const code = (error as NodeJS.ErrnoException).code;
	// A code such as ECONNRESET is a fixed name, never input: it says what went wrong.
	return {
		error: error.name,
		...(typeof code === 'string' && /^[A-Z][A-Z0-9_]{1,40}$/.test(code) ? { code } : {}),
		at: frames.map((frame) => frame.trim()).join(' | '),
	};
}

/** A fault nothing caught ends the process (a process manager restarts it) with one safe log line. */
function logCrashes(): void {
	for (const event of ['uncaughtException', 'unhandledRejection'] as const) {
		process.once(event, (error: unknown) => {
			logEvent('error', 'server_crashed', { cause: event, ...describeCrash(error) });
			process.exit(1);
		});
	}
}
