import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { build } from 'esbuild';

/** Where the bundle lands, beside the adapter's entry, for server.mjs to import. */
export const serverBundleName = 'standalone.mjs';

/**
 * Bundles the production server's own layers (src/server/standalone.ts: API routes off the socket,
 * the site from memory) into one module beside the adapter's build, with its dependencies inside,
 * so `node server.mjs` runs compiled code without a TypeScript loader. Not minified: stack traces
 * from a production server should name real functions.
 */
export function serverBundle(): AstroIntegration {
	let serverDir: URL;
	return {
		name: 'remote-connect:server-bundle',
		hooks: {
			'astro:config:done': ({ config }) => {
				serverDir = config.build.server;
			},
			'astro:build:done': async ({ logger }) => {
				await build({
					entryPoints: [resolve(process.cwd(), 'src/server/standalone.ts')],
					bundle: true,
					platform: 'node',
					format: 'esm',
					target: 'node22',
					legalComments: 'none',
					outfile: fileURLToPath(new URL(serverBundleName, serverDir)),
				});
				logger.info(`Bundled the production server into ${serverBundleName}.`);
			},
		},
	};
}
