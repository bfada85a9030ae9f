import { readFile } from 'node:fs/promises';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { join } from 'node:path';
import { logEvent } from '../lib/log';
import { readServerSettings } from '../lib/server-settings';
import { readTesterSettings } from '../lib/tester-settings';
import { createApiRoutes } from './api-routes';
import { pagePolicyOf, policyForFile, securityHeaders } from './security-headers';
import { loadStaticFiles } from './static-files';

/**
 * The production server that `node server.mjs` runs (bundled into dist/server/standalone.mjs at
 * build time by config/integrations/server-bundle.ts). In order, each request goes to:
 * 1. the API routes, answered off the socket (src/server/api-routes.ts);
 * 2. the prerendered site, from memory (src/server/static-files.ts);
 * 3. Astro's node adapter for anything else (the embed script, 404s).
 */

export type NodeHandler = (request: IncomingMessage, response: ServerResponse) => void;

export interface StandaloneOptions {
	/** dist/client: the prerendered site with its precompressed twins. */
	clientDir: string;
	/** dist/build-info.json: what the site was built with (its public URL). */
	buildInfoFile: string;
	/** The adapter's handler, for what the layers above do not answer. */
	fallback: NodeHandler;
	env?: Record<string, string | undefined>;
}

/** A setting or build problem the operator must fix: printed as it is, without a stack. */
export class StartupError extends Error {
	override name = 'StartupError';
}

async function siteOriginOf(buildInfoFile: string): Promise<string | null> {
	try {
		const info = JSON.parse(await readFile(buildInfoFile, 'utf8')) as { settings?: { url?: string } };
		return info.settings?.url ? new URL(info.settings.url).origin : null;
	} catch {
		throw new StartupError(`The build has no readable ${buildInfoFile}. Run \`npm run build\` (or \`npm start\`, which builds when needed).`);
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

/** Builds the server (not yet listening); fails with a StartupError naming any bad setting. */
export async function createStandaloneServer({ clientDir, buildInfoFile, fallback, env = process.env }: StandaloneOptions): Promise<Server> {
	const tester = settingsFrom(readTesterSettings, env);
	const server = settingsFrom(readServerSettings, env);
	const plainHeaders = securityHeaders(server);
	const api = createApiRoutes({ settings: tester, siteOrigin: await siteOriginOf(buildInfoFile), headers: plainHeaders });
	const site = await loadStaticFiles(clientDir, {
		headersFor: (urlPath, content) => securityHeaders(server, policyForFile(urlPath, content)),
	});
	// What the adapter answers is mostly the not-found page: its policy, or the plain one.
	let notFoundPolicy: string | undefined;
	try {
		notFoundPolicy = pagePolicyOf(await readFile(join(clientDir, '404.html'), 'utf8'));
	} catch {
		notFoundPolicy = undefined;
	}
	const fallbackHeaders = Object.entries(securityHeaders(server, notFoundPolicy));

	return createServer(
		{
			// A client gets this long to send its headers and body; one that dribbles either is cut
			// off (408) then, so slow connections cannot accumulate. Checked every quarter of it.
			headersTimeout: server.clientTimeoutMs,
			requestTimeout: server.clientTimeoutMs,
			connectionsCheckingInterval: Math.min(1000, Math.ceil(server.clientTimeoutMs / 4)),
		},
		(request, response) => {
			if (api(request, response) || site.serve(request, response)) return;
			for (const [name, value] of fallbackHeaders) response.setHeader(name, value!);
			fallback(request, response);
		},
	);
}

/** Stops accepting connections, lets requests in flight finish (within `graceMs`), then exits. */
export function exitGracefully(server: Server, graceMs = 10_000): void {
	for (const signal of ['SIGTERM', 'SIGINT'] as const) {
		process.once(signal, () => {
			logEvent('info', 'server_stopping', { signal });
			server.close(() => {
				logEvent('info', 'server_stopped');
				process.exit(0);
			});
			// Idle keep-alive connections would hold close() open; busy ones finish their answer first.
			server.closeIdleConnections();
			setTimeout(() => {
				logEvent('warn', 'server_stopped', { unfinishedAfterMs: graceMs });
				process.exit(0);
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
	const frames = (error.stack ?? '').split('\n').filter((line) => line.trimStart().startsWith('at ')).slice(0, 5);
	return { error: error.name, at: frames.map((frame) => frame.trim()).join(' | ') };
}

/** A fault nothing caught ends the process (a process manager restarts it) with one safe log line. */
export function logCrashes(): void {
	for (const event of ['uncaughtException', 'unhandledRejection'] as const) {
		process.once(event, (error: unknown) => {
			logEvent('error', 'server_crashed', { cause: event, ...describeCrash(error) });
			process.exit(1);
		});
	}
}
