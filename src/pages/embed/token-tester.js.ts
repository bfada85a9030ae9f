import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import type { APIRoute } from 'astro';
import { embedBundleName } from '../../../config/integrations/embed-bundle';

export const prerender = false;

let bundle: Promise<string> | undefined;

/** The bundle the build wrote beside the server entry (`dist/server/`), read once. */
function readBundle(): Promise<string> {
	// Started as `node server.mjs` (the repo root) or `node dist/server/entry.mjs`, or from anywhere.
	const started = process.argv[1] ? dirname(process.argv[1]) : process.cwd();
	const candidates = [join(started, 'dist/server'), started, join(process.cwd(), 'dist/server')].map((folder) => join(folder, embedBundleName));
	bundle ??= readFile(candidates.find((candidate) => existsSync(candidate)) ?? candidates.at(-1)!, 'utf8');
	return bundle;
}

/**
 * `/embed/token-tester.js`: the `<remote-token-tester>` module for other sites. Any page may load
 * it (`Access-Control-Allow-Origin: *`: module scripts are fetched with CORS); only the origins in
 * EMBED_ALLOWED_ORIGINS may then use the API route from it.
 */
export const GET: APIRoute = async () => {
	try {
		return new Response(await readBundle(), {
			headers: {
				'Content-Type': 'text/javascript; charset=utf-8',
				'Access-Control-Allow-Origin': '*',
				'Cross-Origin-Resource-Policy': 'cross-origin',
				// Not fingerprinted, so cached briefly: a new release reaches embedding pages within minutes.
				'Cache-Control': 'public, max-age=300',
			},
		});
	} catch {
		bundle = undefined;
		return new Response('// The embeddable tester is not built: run `npm run build`.\n', {
			status: 503,
			headers: { 'Content-Type': 'text/javascript; charset=utf-8', 'Cache-Control': 'no-store' },
		});
	}
};
