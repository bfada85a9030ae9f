import { readFile } from 'node:fs/promises';
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { AstroIntegration } from 'astro';
import { build } from 'esbuild';
import type { Plugin } from 'vite';
import { locales } from '../../src/lib/shared/locales';
import { embedScriptHeaders, embedScriptPath, embedTypesPath, embedWordsPath } from '../../src/server/embed-script';
import { createHelpCenter, reportStartupError, StartupError, type BuiltSite, type HelpCenter } from '../../src/server/help-center';
import { listBrandIds } from '../brand';
import type { Site } from '../site';
import { embedBuildOptions, embedTypesSource, embedWordsBuildOptions } from './embed-bundle';

/**
 * Under `astro dev`, mounts the production server's own front door (src/server/help-center.ts) in
 * Vite's dev server: every route answered as `node server.mjs` answers it, an undecodable path
 * refused as it refuses it, and, after the front door, the embeddable tester's script bundled on
 * request. A bad setting stops `astro dev` with the report the server gives, and closing Vite
 * closes the database and Redis.
 */
export function devServer(site: Site): AstroIntegration {
	return {
		name: 'remote-connect:dev-server',
		hooks: {
			'astro:config:setup': ({ command, config, updateConfig }) => {
				if (command !== 'dev') return;
				const built: BuiltSite = {
					siteOrigin: config.site ? new URL(config.site).origin : null,
					brand: site.brand.id,
					title: site.title,
					knownBrands: listBrandIds(),
				};
				updateConfig({ vite: { plugins: [frontDoor(built)] } });
			},
		},
	};
}

/** The embeddable tester's script or types, built afresh on each request so an edit shows on reload; null for another path. */
async function embedFile(path: string): Promise<{ type: string; body: string } | null> {
	if (path === embedTypesPath) return { type: 'text/plain', body: await readFile(embedTypesSource, 'utf8') };
	const wordsLocale = locales.find((locale) => embedWordsPath(locale) === path);
	if (wordsLocale) {
		const { outputFiles } = await build({ ...embedWordsBuildOptions(wordsLocale), write: false, minify: false });
		return { type: 'text/javascript', body: outputFiles[0]!.text };
	}
	if (path !== embedScriptPath) return null;
	const { outputFiles } = await build({ ...embedBuildOptions, write: false, minify: false });
	return { type: 'text/javascript', body: outputFiles[0]!.text };
}

/**
 * A Vite plugin, placed last (`enforce: 'post'`) so its middleware goes in after Astro's own: Astro
 * puts its middlewares at the head of Vite's stack, and the front door must see every request first.
 */
function frontDoor(built: BuiltSite): Plugin {
	let helpCenter: HelpCenter | undefined;
	return {
		name: 'remote-connect:front-door',
		enforce: 'post',
		// Vite awaits this as it closes: the records in flight are written and the database and
		// Redis closed before `astro dev` exits.
		// Each of Vite's environments closes its plugins: the first closes the front door, once.
		async closeBundle() {
			const closing = helpCenter;
			helpCenter = undefined;
			await closing?.close();
		},
		configureServer(server) {
			let opened: HelpCenter;
			try {
				opened = helpCenter = createHelpCenter({ env: process.env, built });
			} catch (error) {
				if (!(error instanceof StartupError)) throw error;
				// As `node server.mjs` does: the report, and no dev server half set up with a stack trace.
				reportStartupError(error);
				process.exit(1);
			}

			function handle(request: IncomingMessage, response: ServerResponse, next: (error?: unknown) => void) {
				opened.handle(request, response, (path) => {
					embedFile(path)
						.then((embed) => {
							if (!embed) return next();
							response.writeHead(200, {
								...opened.headers,
								...embedScriptHeaders,
								'Content-Type': `${embed.type}; charset=utf-8`,
								'Cache-Control': 'no-store',
							});
							response.end(embed.body);
						})
						.catch(next);
				});
			}
			// Run after every plugin's own setup, then put at the head of the stack: Connect has no API
			// to prepend, and Astro's middlewares are themselves put there the same way.
			return () => {
				server.middlewares.stack.unshift({ route: '', handle });
			};
		},
	};
}
