import { copyFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { build, type BuildOptions } from 'esbuild';
import { locales, type Locale } from '../../src/lib/shared/locales';
import { embedScriptPath, embedTypesPath, embedWordsPath } from '../../src/server/embed-script';

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
 * One language's words as a module of their own, for the testers that speak it: only what a tester
 * in a browser says (Remote's answers come from the route, in that language), with next steps into
 * the house site's pages in that language.
 */
export function embedWordsBuildOptions(locale: Locale): BuildOptions {
	const source = (path: string) => JSON.stringify(resolve(process.cwd(), path));
	return {
		stdin: {
			contents: [
				`import { testerWords } from ${source(`src/i18n/${locale}/tester.ts`)};`,
				`import { nextStepsIn } from ${source('src/lib/shared/verdict-guidance.ts')};`,
				`const { summaries, remote, refusals, terminal, nextStepLabels, ...words } = testerWords;`,
				`export default { ...words, locale: ${JSON.stringify(locale)}, nextSteps: nextStepsIn(nextStepLabels, ${JSON.stringify(locale)}) };`,
			].join('\n'),
			resolveDir: process.cwd(),
			loader: 'ts',
		},
		bundle: true,
		minify: true,
		format: 'esm',
		target: 'es2022',
		legalComments: 'none',
	};
}

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
				for (const locale of locales) {
					await build({ ...embedWordsBuildOptions(locale), outfile: fileURLToPath(new URL(`.${embedWordsPath(locale)}`, outDir)) });
				}
				await copyFile(embedTypesSource, new URL(`.${embedTypesPath}`, outDir));
				logger.info(`Bundled <remote-token-tester> into ${embedScriptPath}, with its types at ${embedTypesPath}.`);
			},
		},
	};
}
