// The practical limit for Node here: a bare node:http server answering the same bytes our server
// sends, straight from memory. `node bare-server.mjs <client dir> <page path>`; it prints the address it listens on.
import { readFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { join } from 'node:path';

const [client, page] = process.argv.slice(2);
const html = join(client, page, 'index.html');
const bodies = { br: readFileSync(`${html}.br`), gzip: readFileSync(`${html}.gz`), identity: readFileSync(html) };
const json = Buffer.from(JSON.stringify({ verdict: 'invalid_format', summary: 'This does not look like a valid Remote API token.' }));

const server = createServer((req, res) => {
	if (req.method === 'POST') {
		req.resume();
		req.on('end', () => res.writeHead(200, { 'Content-Type': 'application/json', 'Cache-Control': 'no-store' }).end(json));
		return;
	}
	const accept = req.headers['accept-encoding'] ?? '';
	const encoding = accept.includes('br') ? 'br' : accept.includes('gzip') ? 'gzip' : 'identity';
	const headers = { 'Content-Type': 'text/html; charset=utf-8', Vary: 'Accept-Encoding' };
	if (encoding !== 'identity') headers['Content-Encoding'] = encoding;
	res.writeHead(200, headers).end(bodies[encoding]);
});
server.listen(0, '127.0.0.1', () => console.log(`listening http://127.0.0.1:${server.address().port}`));
