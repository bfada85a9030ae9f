/**
 * The plainest static file server: files from one folder, by extension, `/x/` → `/x/index.html`,
 * and `404.html` for anything missing. It stands in for whatever host a partner uploads an export
 * to, so the export is proven to need nothing more.
 */
import { createReadStream, existsSync, statSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join, normalize, resolve } from 'node:path';

const contentTypes: Record<string, string> = {
	'.html': 'text/html; charset=utf-8',
	'.css': 'text/css; charset=utf-8',
	'.js': 'text/javascript; charset=utf-8',
	'.json': 'application/json',
	'.md': 'text/markdown; charset=utf-8',
	'.txt': 'text/plain; charset=utf-8',
	'.xml': 'application/xml',
	'.svg': 'image/svg+xml',
	'.png': 'image/png',
	'.ico': 'image/x-icon',
	'.wasm': 'application/wasm',
	'.pf_meta': 'application/octet-stream',
	'.pf_index': 'application/octet-stream',
	'.pf_fragment': 'application/octet-stream',
	'.pagefind': 'application/octet-stream',
};

export interface StaticServer {
	url: string;
	server: Server;
	close(): Promise<void>;
}

export async function serveStatic(folder: string, port = 0, extraPages: Record<string, string> = {}): Promise<StaticServer> {
	const root = resolve(folder);
	const server = createServer((request, response) => {
		const path = decodeURIComponent(new URL(request.url ?? '/', 'http://x').pathname);
		if (extraPages[path] !== undefined) {
			response.writeHead(200, { 'Content-Type': 'text/html; charset=utf-8' });
			return void response.end(extraPages[path]);
		}
		let file = normalize(join(root, path));
		if (!file.startsWith(root)) return void response.writeHead(403).end();
		if (existsSync(file) && statSync(file).isDirectory()) file = join(file, 'index.html');
		const found = existsSync(file) && statSync(file).isFile();
		const served = found ? file : join(root, '404.html');
		if (!found && !existsSync(served)) return void response.writeHead(404, { 'Content-Type': 'text/plain' }).end('Not found');
		response.writeHead(found ? 200 : 404, { 'Content-Type': contentTypes[extname(served)] ?? 'application/octet-stream' });
		createReadStream(served).pipe(response);
	});
	await new Promise<void>((done) => server.listen(port, '127.0.0.1', done));
	return {
		url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
		server,
		close: () =>
			new Promise((done) => {
				server.closeAllConnections();
				server.close(() => done());
			}),
	};
}
