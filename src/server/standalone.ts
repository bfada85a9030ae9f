import { readFile } from 'node:fs/promises';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { readTesterSettings } from '../lib/tester-settings';
import { createApiRoutes } from './api-routes';
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

/** Builds the server (not yet listening); fails with a StartupError naming any bad setting. */
export async function createStandaloneServer({ clientDir, buildInfoFile, fallback, env = process.env }: StandaloneOptions): Promise<Server> {
	let settings;
	try {
		settings = readTesterSettings(env);
	} catch (error) {
		throw new StartupError(error instanceof Error ? error.message : String(error));
	}
	const api = createApiRoutes({ settings, siteOrigin: await siteOriginOf(buildInfoFile) });
	const site = await loadStaticFiles(clientDir);

	return createServer((request, response) => {
		if (api(request, response) || site.serve(request, response)) return;
		fallback(request, response);
	});
}

/** Stops accepting connections, lets requests in flight finish (within `graceMs`), then exits. */
export function exitGracefully(server: Server, graceMs = 10_000): void {
	for (const signal of ['SIGTERM', 'SIGINT'] as const) {
		process.once(signal, () => {
			server.close(() => process.exit(0));
			server.closeIdleConnections();
			setTimeout(() => process.exit(0), graceMs).unref();
		});
	}
}
