import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { build } from 'esbuild';

/** Where the bundle lands, beside the server, for src/pages/embed/token-tester.js.ts to serve. */
export const embedBundleName = 'embed-token-tester.js';

/**
 * Bundles `<remote-token-tester>` (src/embed/token-tester.ts) into one minified module at build
 * time, outside the site's own client bundle, so it carries the token rules and nothing of Astro or
 * Starlight. It is served by an on-demand route because other sites load it cross-origin, which
 * needs CORS headers that prerendered files do not get.
 */
export function embedBundle(): AstroIntegration {
	let serverDir: URL;
	return {
		name: 'remote-connect:embed-bundle',
		hooks: {
			'astro:config:done': ({ config }) => {
				serverDir = config.build.server;
			},
			'astro:build:done': async ({ logger }) => {
				const outfile = fileURLToPath(new URL(embedBundleName, serverDir));
				await build({
					entryPoints: [resolve(process.cwd(), 'src/embed/token-tester.ts')],
					bundle: true,
					minify: true,
					format: 'esm',
					target: 'es2022',
					legalComments: 'none',
					outfile,
				});
				logger.info(`Bundled <remote-token-tester> into ${embedBundleName}.`);
			},
		},
	};
}
