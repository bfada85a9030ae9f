// Builds the site when there is no build yet, when a source is newer than the build, or when the
// site settings in the environment differ from the ones the build was made with. `npm start` and
// `npm test` call it, so a fresh clone needs no separate build step and a current build is reused.
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { requireNode } from './require-node.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));
requireNode({ purpose: 'Astro 7', run: '`npm start` (or `npm test`)' });

let resolveSite;
try {
	({ resolveSite } = await import('../config/site.ts'));
	// The server checks these too when it starts; checking them first saves a build that could not
	// be served.
	const { readHelpCenterSettings } = await import('../src/server/help-center-settings.ts');
	readHelpCenterSettings();
} catch (error) {
	// A bad setting is the user's to fix, not a crash: show the message, not the stack.
	console.error(error instanceof Error ? error.message : error);
	process.exit(1);
}
const entry = join(root, 'dist/server/standalone.mjs');
const infoPath = join(root, 'dist/build-info.json');
const sources = ['src', 'public', 'config', 'brands', 'astro.config.mjs', 'package.json', 'package-lock.json', 'tsconfig.json'];

/** The newest modification time under `path`, a file or a directory. */
function newestMtime(path) {
	if (!existsSync(path)) return 0;
	const stats = statSync(path);
	if (!stats.isDirectory()) return stats.mtimeMs;
	// Every file and folder at any depth, as Node's recursive readdir lists them.
	return readdirSync(path, { recursive: true }).reduce(
		(newest, name) => Math.max(newest, statSync(join(path, name)).mtimeMs),
		stats.mtimeMs,
	);
}

function reasonToBuild() {
	if (!existsSync(entry) || !existsSync(infoPath)) return 'no build yet';
	const builtAt = statSync(infoPath).mtimeMs;
	const changed = sources.find((source) => newestMtime(join(root, source)) > builtAt);
	if (changed) return `${changed} changed since the last build`;
	const built = JSON.parse(readFileSync(infoPath, 'utf8')).settings;
	// build-info.json records the site as resolved (brand file read): compare like with like.
	const wanted = resolveSite();
	if (JSON.stringify(built) !== JSON.stringify(wanted)) return 'the site settings in the environment changed';
	return undefined;
}

const reason = reasonToBuild();
if (reason) {
	console.log(`Building the help center (${reason})…`);
	const astro = join(root, 'node_modules/astro/bin/astro.mjs');
	// A production build whoever calls this: under a test runner NODE_ENV is `test`, and Astro would
	// then build with dev-only behaviour (Pagefind search, for one, switches itself off).
	const env = { ...process.env, NODE_ENV: 'production' };
	// --force: the content cache is shared with exports of other brands, which leave other guides out.
	const result = spawnSync(process.execPath, [astro, 'build', '--force'], { cwd: root, stdio: 'inherit', env });
	process.exit(result.status ?? 1);
}
