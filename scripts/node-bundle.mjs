// How this project bundles TypeScript for Node with esbuild: the production server, the terminal
// check and the bench's handler server all use these options, so they run alike.

/**
 * esbuild options for one ES module that runs on Node 22 or later. `external: true` leaves
 * node_modules out (for a bundle run from the checkout); otherwise every dependency is inside.
 * @param {{ entry: string, outfile: string, external?: boolean }} bundle
 * @returns {import('esbuild').BuildOptions}
 */
export function nodeBundleOptions({ entry, outfile, external = false }) {
	return {
		entryPoints: [entry],
		outfile,
		bundle: true,
		platform: 'node',
		format: 'esm',
		target: 'node22',
		legalComments: 'none',
		logLevel: 'error',
		...(external
			? { packages: 'external' }
			: {
					// Packages written as CommonJS call require() for Node's own modules, which an ES module
					// bundle only has once it makes one.
					banner: {
						js: "import { createRequire as __createRequire } from 'node:module';\nconst require = __createRequire(import.meta.url);",
					},
				}),
	};
}
