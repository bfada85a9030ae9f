// `npm run export -- <brand>` writes a complete static copy of the guides in that brand to
// exports/<brand>/ (pages, search, sitemap, llms.txt, Markdown twins, the tester); `--all` exports
// every brand in brands/. Each export can be served at its root by any static file server.
// Builds go to a scratch folder inside exports/ (prerendering resolves packages from the project),
// so dist/ (what `npm start` serves) is left alone.
import { spawnSync } from 'node:child_process';
import { cpSync, readdirSync, rmSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { requireNode } from './require-node.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));
requireNode({ purpose: 'Astro 7', run: '`npm run export -- <brand>`' });
const { BrandError, listBrandIds, loadBrand } = await import('../config/brand.ts');

const args = process.argv.slice(2);
const usage = `Usage: npm run export -- <brand> [<brand>…] | --all\nBrands: ${listBrandIds().join(', ')}`;
const unknownFlags = args.filter((arg) => arg.startsWith('-') && arg !== '--all');
if (unknownFlags.length > 0) {
	console.error(`Unknown option ${unknownFlags.join(', ')}.\n${usage}`);
	process.exit(2);
}
const ids = args.includes('--all') ? listBrandIds() : args;
if (ids.length === 0) {
	console.error(usage);
	process.exit(2);
}

// Check every brand before building any, so a typo fails in a second, not after an export.
const brands = new Map();
try {
	for (const id of ids) {
		const brand = loadBrand(id);
		brands.set(id, brand);
		if (!brand.site && !process.env.SITE_URL) {
			console.warn(
				`Note: brand "${id}" has no "site" and SITE_URL is not set, so its sitemap, canonical links and llms.txt ` +
					'will point at http://localhost:4321. Add "site" to the brand file before publishing the export.',
			);
		}
	}
} catch (error) {
	console.error(error instanceof BrandError ? error.message : error);
	process.exit(1);
}

/** Total size of the files under `path`. */
function sizeOf(path) {
	const stats = statSync(path);
	if (!stats.isDirectory()) return stats.size;
	return readdirSync(path, { recursive: true, withFileTypes: true })
		.filter((entry) => entry.isFile())
		.reduce((total, entry) => total + statSync(join(entry.parentPath, entry.name)).size, 0);
}

const astro = join(root, 'node_modules/astro/bin/astro.mjs');
for (const id of ids) {
	const started = performance.now();
	const scratch = join(root, 'exports', `.build-${id}`);
	rmSync(scratch, { recursive: true, force: true });
	console.log(`Exporting brand "${id}"…`);
	// --force: the content cache is shared between builds, and brands differ in which guides exist.
	// A brand that names its own site is published there: a SITE_URL meant for another deployment
	// (the house site's, say) must not leak into its sitemap, canonical links or llms.txt.
	const env = { ...process.env, BRAND: id, STATIC_EXPORT: '1', TESTER_DEMO: '0', NODE_ENV: 'production' };
	if (brands.get(id).site) delete env.SITE_URL;
	// The site goes to <scratch>/client, as a server build's does to dist/client; only that is kept.
	const build = spawnSync(process.execPath, [astro, 'build', '--outDir', join(scratch, 'client'), '--force'], {
		cwd: root,
		stdio: ['ignore', 'ignore', 'inherit'],
		env,
	});
	if (build.status !== 0) {
		rmSync(scratch, { recursive: true, force: true });
		console.error(`The export of "${id}" failed: see the build's messages above.`);
		process.exit(build.status ?? 1);
	}
	const target = join(root, 'exports', id);
	rmSync(target, { recursive: true, force: true });
	cpSync(join(scratch, 'client'), target, { recursive: true });
	rmSync(scratch, { recursive: true, force: true });
	const seconds = ((performance.now() - started) / 1000).toFixed(1);
	console.log(`Exported "${id}" to exports/${id}/ (${(sizeOf(target) / 1024).toFixed(0)} KB) in ${seconds} s.`);
}
