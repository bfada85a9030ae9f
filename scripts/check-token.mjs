// `npm run check-token`: checks a Remote API token from a terminal, with the help center's own rules
// and gateway client (src/cli/check-token.ts, bundled here on each run, so it is always the source's).
// Use `npm run -s check-token` when the output is for a program: npm prints its own banner otherwise.
import { mkdirSync, rmSync } from 'node:fs';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { nodeBundleOptions } from './node-bundle.mjs';
import { requireNode } from './require-node.mjs';

requireNode({ purpose: 'the check', run: '`npm run check-token`', exitCode: 2 });

const root = new URL('..', import.meta.url);
const outDir = new URL('node_modules/.cache/check-token/', root);
mkdirSync(outDir, { recursive: true });
const outfile = fileURLToPath(new URL(`check-token-${process.pid}.mjs`, outDir));
const { build } = await import('esbuild');
await build(nodeBundleOptions({ entry: fileURLToPath(new URL('src/cli/check-token-main.ts', root)), outfile, external: true }));
// Gone however the check ends, Ctrl+C at the prompt included.
process.on('exit', () => rmSync(outfile, { force: true }));
await import(pathToFileURL(outfile).href);
