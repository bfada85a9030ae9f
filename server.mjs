// The production server: `npm start` runs `node server.mjs`, so signals reach this process itself.
//
// One thin layer in front of Astro's node adapter. The prerendered site (dist/client) is served by
// sirv with the brotli or gzip twin the build wrote beside each file, picked by Accept-Encoding,
// with ETag / Last-Modified validators (304s), HEAD, and long-lived immutable caching for
// fingerprinted assets. Everything sirv does not have (the API routes, the embed script, 404s) goes
// to the adapter's own handler, unchanged.
import { createServer } from 'node:http';
import { extname } from 'node:path';
import { fileURLToPath } from 'node:url';
import sirv from 'sirv';

const [major, minor] = process.versions.node.split('.').map(Number);
if (major < 22 || (major === 22 && minor < 12)) {
	console.error(`Node ${process.version} is too old for Astro 7 (it needs 22.12 or newer). Run \`npm start\`, which uses the project's Node 24.`);
	process.exit(1);
}

const client = fileURLToPath(new URL('./dist/client/', import.meta.url));
const entry = new URL('./dist/server/entry.mjs', import.meta.url);

// The adapter's entry starts a server of its own unless told not to; this one serves instead.
process.env.ASTRO_NODE_AUTOSTART = 'disabled';
let handler;
try {
	({ handler } = await import(entry.href));
} catch (error) {
	console.error(`There is no build to serve (${error instanceof Error ? error.message : error}). Run \`npm run build\`, or \`npm start\`, which builds when needed.`);
	process.exit(1);
}

/**
 * Text types with their charset (llms.txt and the Markdown twins hold more than ASCII). sirv lets a
 * Content-Type set in setHeaders win over its own, which names a charset for HTML only.
 */
const textTypes = {
	'': 'text/html',
	'.html': 'text/html',
	'.css': 'text/css',
	'.js': 'text/javascript',
	'.mjs': 'text/javascript',
	'.json': 'application/json',
	'.xml': 'application/xml',
	'.txt': 'text/plain',
	'.md': 'text/markdown',
};

const staticFiles = sirv(client, {
	dev: false,
	etag: true,
	brotli: true,
	gzip: true,
	// Directory pages are `page/index.html`; sirv finds them for `/page/` and `/page`.
	extensions: ['html'],
	setHeaders(res, pathname) {
		const type = textTypes[extname(pathname)];
		if (type) res.setHeader('Content-Type', `${type}; charset=utf-8`);
		// Fingerprinted assets never change under their name; everything else is revalidated, so a
		// repeat visit costs a 304 for the page and nothing for its assets.
		res.setHeader('Cache-Control', pathname.startsWith('/_astro/') ? 'public, max-age=31536000, immutable' : 'public, max-age=0, must-revalidate');
	},
});

const server = createServer((req, res) => {
	if (req.method !== 'GET' && req.method !== 'HEAD') return handler(req, res);
	staticFiles(req, res, () => handler(req, res));
});

const host = process.env.HOST ?? 'localhost';
const port = Number(process.env.PORT ?? 4321);
server.listen(port, host, () => {
	console.log(`Server listening on http://${host.includes(':') ? `[${host}]` : host}:${port}`);
});

// Stop accepting connections, let requests in flight finish, then exit cleanly.
for (const signal of ['SIGTERM', 'SIGINT']) {
	process.once(signal, () => {
		server.close(() => process.exit(0));
		server.closeIdleConnections();
		setTimeout(() => process.exit(0), 10_000).unref();
	});
}
