import { rm } from 'node:fs/promises';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { build } from 'esbuild';
import { nodeBundleOptions } from '../../scripts/node-bundle.mjs';

/** The server bundle, beside the site (dist/server/ next to dist/client/), for server.mjs to import. */
export const serverBundlePath = '../server/standalone.mjs';

/**
 * Bundles the production server (src/server/standalone.ts) into one module with every dependency
 * inside, so `dist/` and `server.mjs` run with `node server.mjs` on their own, without
 * node_modules or a TypeScript loader. Not minified: stack traces from a production server should
 * name real functions.
 */
export function serverBundle(): AstroIntegration {
	let outDir: URL;
	return {
		name: 'remote-connect:server-bundle',
		hooks: {
			'astro:config:done': ({ config }) => {
				outDir = config.outDir;
			},
			'astro:build:done': async ({ logger }) => {
				// The folder holds the bundle alone: nothing a previous build left there gets shipped.
				await rm(new URL('../server/', outDir), { recursive: true, force: true });
				await build(
					nodeBundleOptions({
						entry: resolve(process.cwd(), 'src/server/standalone.ts'),
						outfile: fileURLToPath(new URL(serverBundlePath, outDir)),
					}),
				);
				logger.info('Bundled the production server into dist/server/standalone.mjs.');
			},
		},
	};
}
