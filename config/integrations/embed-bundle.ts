import { copyFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { build, type BuildOptions } from 'esbuild';
import { embedScriptPath, embedTypesPath } from '../../src/server/embed-script';

/** The element's published types, copied beside the script as they are. */
export const embedTypesSource = resolve(process.cwd(), 'src/embed/remote-token-tester.d.ts');

/** How the module is bundled, at build time and, on request, under `astro dev`. */
export const embedBuildOptions: BuildOptions = {
	entryPoints: [resolve(process.cwd(), 'src/embed/token-tester.ts')],
	bundle: true,
	minify: true,
	format: 'esm',
	target: 'es2022',
	legalComments: 'none',
};

/**
 * Bundles `<remote-token-tester>` (src/embed/token-tester.ts) into one minified module in the
 * site's output, outside the site's own client bundle, so it carries the token rules and nothing
 * of Astro or Starlight. The server sends it with the CORS header other sites' pages need to load
 * a module from here (src/server/standalone.ts); precompression gives it its twins like any file.
 */
export function embedBundle(): AstroIntegration {
	let outDir: URL;
	return {
		name: 'remote-connect:embed-bundle',
		hooks: {
			'astro:config:done': ({ config }) => {
				outDir = config.outDir;
			},
			'astro:build:done': async ({ logger }) => {
				await build({ ...embedBuildOptions, outfile: fileURLToPath(new URL(`.${embedScriptPath}`, outDir)) });
				await copyFile(embedTypesSource, new URL(`.${embedTypesPath}`, outDir));
				logger.info(`Bundled <remote-token-tester> into ${embedScriptPath}, with its types at ${embedTypesPath}.`);
			},
		},
	};
}
