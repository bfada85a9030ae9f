import { writeFile } from 'node:fs/promises';
import type { AstroIntegration } from 'astro';
import { listBrandIds } from '../brand';
import type { Site } from '../site';

/** Where the build records what it was built with, beside (not inside) the public files. */
export const buildInfoFile = 'build-info.json';

/**
 * Records the site settings a build used, so `scripts/build-if-needed.mjs` can tell a build made
 * for another URL or platform name from a current one and rebuild instead of serving it.
 */
export function buildInfo(site: Site): AstroIntegration {
	let outDir: URL;
	return {
		name: 'remote-connect:build-info',
		hooks: {
			'astro:config:done': ({ config }) => {
				outDir = config.outDir;
			},
			'astro:build:done': async () => {
				// The brands a record may be counted under: a brand's exported copy names its own in its requests.
				const info = { settings: site, brands: listBrandIds(), builtAt: new Date().toISOString() };
				await writeFile(new URL(`../${buildInfoFile}`, outDir), JSON.stringify(info, null, '\t') + '\n');
			},
		},
	};
}
