import { readFile } from 'node:fs/promises';
import { createServer, type Server } from 'node:http';
import { logEvent } from '../lib/server/log';
import { readServerSettings } from '../lib/server/server-settings';
import { readTesterSettings } from '../lib/server/tester-settings';
import { createApiRoutes } from './api-routes';
import { embedPaths, embedScriptHeaders } from './embed-script';
import { policyForFile, securityHeaders } from './security-headers';
import { apiRouteOf, requestPath } from './request-path';
import { loadStaticFiles } from './static-files';
import { readInsightsSettings } from '../lib/server/insights/insights-settings';
import { createInsightsService } from './insights/insights-service';

/**
 * The production server that `node server.mjs` runs (bundled into dist/server/standalone.mjs at
 * build time by config/integrations/server-bundle.ts, with every dependency inside). Each request
 * goes to the API routes, answered off the socket (src/server/api-routes.ts), or to the site,
 * from memory (src/server/static-files.ts): its pages, the embeddable tester's script, and the
 * not-found page for anything else.
 */

export interface StandaloneOptions {
	/** dist/client: the prerendered site with its precompressed twins. */
	clientDir: string;
	/** dist/build-info.json: what the site was built with (its public URL). */
	buildInfoFile: string;
	env?: Record<string, string | undefined>;
}

/** A setting or build problem the operator must fix: printed as it is, without a stack. */
export class StartupError extends Error {
	override name = 'StartupError';
}

/** What the build says about itself: the public origin, the brand, and every brand it knew of. */
interface BuiltSite {
	siteOrigin: string | null;
	brand: string;
	title: string;
	knownBrands: string[];
}

async function builtSiteOf(buildInfoFile: string): Promise<BuiltSite> {
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

/** Reads one group of settings, turning its error into a StartupError. */
function settingsFrom<T>(read: (env: Record<string, string | undefined>) => T, env: Record<string, string | undefined>): T {
	try {
		return read(env);
	} catch (error) {
		throw new StartupError(error instanceof Error ? error.message : String(error));
	}
}

/**
 * Builds the server and starts listening; fails with a StartupError naming any bad setting, or a
 * port it cannot have. From then on it logs one JSON line per event and stops gracefully.
 */
export async function startStandaloneServer({ clientDir, buildInfoFile, env = process.env }: StandaloneOptions): Promise<Server> {
	const testerSettings = settingsFrom(readTesterSettings, env);
	const serverSettings = settingsFrom(readServerSettings, env);
	const insightsSettings = settingsFrom(readInsightsSettings, env);
	const built = await builtSiteOf(buildInfoFile);
	const insights = createInsightsService({
		settings: insightsSettings,
		siteBrand: built.brand,
		knownBrands: built.knownBrands,
		siteTitle: built.title,
		secureCookies: serverSettings.hsts,
		trustProxy: testerSettings.trustProxy,
		headers: securityHeaders(serverSettings),
	});
	const api = createApiRoutes({
		settings: testerSettings,
		siteOrigin: built.siteOrigin,
		headers: securityHeaders(serverSettings),
		insights,
	});
	let site;
	try {
		site = await loadStaticFiles(clientDir, {
			headersFor: (urlPath, content) => ({
				...securityHeaders(serverSettings, policyForFile(urlPath, content)),
				...(embedPaths.includes(urlPath) ? embedScriptHeaders : {}),
			}),
			notFoundPage: '/404.html',
		});
	} catch (error) {
		throw new StartupError(
			`The build in ${clientDir} cannot be served (${error instanceof Error ? error.message : error}). Run \`npm run build\`.`,
		);
	}
	// Only GET and HEAD mean anything outside /api: anything else is told which do.
	const otherMethodHeaders = { ...securityHeaders(serverSettings), Allow: 'GET, HEAD', 'Content-Length': 0 };

	const server = createServer(
		{
			// A client gets this long to send its headers and body; one that dribbles either is cut
			// off (408) then, so slow connections cannot accumulate. Checked every quarter of it.
			headersTimeout: serverSettings.clientTimeoutMs,
			requestTimeout: serverSettings.clientTimeoutMs,
			connectionsCheckingInterval: Math.min(1000, Math.ceil(serverSettings.clientTimeoutMs / 4)),
		},
		(request, response) => {
			const path = requestPath(request.url);
			if (path === null) {
				// An escape that decodes to nothing is not a path any page has.
				response.writeHead(400, { ...securityHeaders(serverSettings), 'Content-Length': 0 }).end();
				return;
			}
			const apiRoute = apiRouteOf(path);
			if (apiRoute !== null) return api(request, response, apiRoute);
			if (insights.routes.route(request, response, path)) return;
			if (site.serve(request, response, path)) return;
			response.writeHead(405, otherMethodHeaders).end();
		},
	);
	// A connection with no traffic either way (a client that stopped reading its answer, or sends
	// nothing more) is closed after this; it outlasts the longest wait on Remote, so a test in
	// flight is never cut.
	server.setTimeout(Math.max(serverSettings.clientTimeoutMs, testerSettings.timeoutMs) + 2000);
	server.maxConnections = serverSettings.maxConnections;

	const { host, port } = serverSettings;
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
	const address = server.address();
	const boundPort = typeof address === 'object' && address ? address.port : port;
	logEvent('info', 'server_listening', { url: `http://${host.includes(':') ? `[${host}]` : host}:${boundPort}` });

	// A test in flight may wait on Remote for its whole budget, after its client took its own.
	exitGracefully(server, testerSettings.timeoutMs + serverSettings.clientTimeoutMs + 1000, () => insights.recorder.close());
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
