import { readdirSync, readFileSync } from 'node:fs';
import { request as httpRequest } from 'node:http';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { filesUnder } from '../../src/lib/server/files-under';
import { demoTokens } from '../../src/lib/shared/demo-tokens';
import { guidePaths } from '../support/guides';
import { startHelpCenter, type RunningHelpCenter } from '../support/help-center';

/** How the production server (server.mjs) serves the prerendered site: compression, caching, validators. */
let server: RunningHelpCenter;
beforeAll(async () => {
	server = await startHelpCenter();
});
afterAll(async () => {
	await server?.stop();
});

const get = (path: string, headers: Record<string, string> = {}, method = 'GET') => fetch(`${server.url}${path}`, { method, headers });
const bytes = async (response: Response) => Buffer.from(await response.arrayBuffer());

/** The bytes exactly as sent, with the headers: fetch would decompress them silently. */
function raw(
	path: string,
	headers: Record<string, string>,
): Promise<{ headers: Record<string, string | string[] | undefined>; body: Buffer }> {
	return new Promise((resolve, reject) => {
		httpRequest(`${server.url}${path}`, { headers }, (response) => {
			const chunks: Buffer[] = [];
			response.on('data', (chunk: Buffer) => chunks.push(chunk));
			response.on('end', () => resolve({ headers: response.headers, body: Buffer.concat(chunks) }));
		})
			.on('error', reject)
			.end();
	});
}

describe('compression, negotiated with Accept-Encoding from precompressed files', () => {
	test('brotli when the browser accepts it, and the bytes decode to the page', async () => {
		const plain = await (await get('/environments/', { 'Accept-Encoding': 'identity' })).text();
		const { headers, body } = await raw('/environments/', { 'Accept-Encoding': 'gzip, deflate, br' });
		expect(headers['content-encoding']).toBe('br');
		expect(headers.vary).toContain('Accept-Encoding');
		expect(headers['content-type']).toBe('text/html; charset=utf-8');
		expect(brotliDecompressSync(body).toString()).toBe(plain);
		expect(body.length).toBeLessThan(plain.length / 3);
	});

	test('gzip for a client that only takes gzip', async () => {
		const { headers, body } = await raw('/llms-full.txt', { 'Accept-Encoding': 'gzip' });
		expect(headers['content-encoding']).toBe('gzip');
		expect(headers['content-type']).toBe('text/plain; charset=utf-8');
		expect(gunzipSync(body).toString()).toContain('# Choose an environment');
	});

	test('identity for a client that accepts no encoding', async () => {
		const response = await get('/index.md', { 'Accept-Encoding': 'identity' });
		expect(response.headers.get('content-encoding')).toBeNull();
		expect(response.headers.get('content-type')).toBe('text/markdown; charset=utf-8');
	});

	test('stylesheets and scripts are compressed too', async () => {
		const page = await (await get('/', { 'Accept-Encoding': 'identity' })).text();
		const stylesheet = /href="(\/_astro\/[^"]+\.css)"/.exec(page)![1]!;
		expect((await get(stylesheet, { 'Accept-Encoding': 'br' })).headers.get('content-encoding')).toBe('br');
	});
});

describe('caching and validators', () => {
	test('fingerprinted assets are cached for a year, immutable', async () => {
		const page = await (await get('/')).text();
		const stylesheet = /href="(\/_astro\/[^"]+\.css)"/.exec(page)![1]!;
		expect((await get(stylesheet)).headers.get('cache-control')).toBe('public, max-age=31536000, immutable');
	});

	test('pages are revalidated, and an unchanged page answers 304 with no body', async () => {
		const first = await get('/troubleshooting/', { 'Accept-Encoding': 'br' });
		expect(first.headers.get('cache-control')).toBe('public, max-age=0, must-revalidate');
		const etag = first.headers.get('etag');
		const lastModified = first.headers.get('last-modified');
		expect(etag).toBeTruthy();
		expect(lastModified).toBeTruthy();
		const again = await get('/troubleshooting/', { 'Accept-Encoding': 'br', 'If-None-Match': etag! });
		expect(again.status).toBe(304);
		expect((await bytes(again)).length).toBe(0);
	});

	test('HEAD answers the headers without the body', async () => {
		const full = await get('/prerequisites/', { 'Accept-Encoding': 'br' });
		const response = await get('/prerequisites/', { 'Accept-Encoding': 'br' }, 'HEAD');
		expect(response.status).toBe(200);
		expect(response.headers.get('content-type')).toBe('text/html; charset=utf-8');
		expect(response.headers.get('etag')).toBe(full.headers.get('etag'));
		expect((await bytes(response)).length).toBe(0);
	});

	test('a 304 repeats the validators and caching rules, so caches can keep the page', async () => {
		const first = await get('/environments/', { 'Accept-Encoding': 'gzip' });
		const again = await get('/environments/', { 'Accept-Encoding': 'gzip', 'If-None-Match': `W/"x", ${first.headers.get('etag')}` });
		expect(again.status).toBe(304);
		expect(again.headers.get('etag')).toBe(first.headers.get('etag'));
		expect(again.headers.get('cache-control')).toBe('public, max-age=0, must-revalidate');
		expect(again.headers.get('vary')).toBe('Accept-Encoding');
	});

	test('each encoding has its own validator: a brotli tag does not revalidate the gzip bytes', async () => {
		const brotli = (await get('/environments/', { 'Accept-Encoding': 'br' })).headers.get('etag')!;
		const gzip = await get('/environments/', { 'Accept-Encoding': 'gzip', 'If-None-Match': brotli });
		expect(gzip.status).toBe(200);
		expect(gzip.headers.get('etag')).not.toBe(brotli);
	});

	test('If-Modified-Since is honoured when no tag is sent, and a changed tag wins over the date', async () => {
		const first = await get('/prerequisites/');
		const lastModified = first.headers.get('last-modified')!;
		expect((await get('/prerequisites/', { 'If-Modified-Since': lastModified })).status).toBe(304);
		expect((await get('/prerequisites/', { 'If-Modified-Since': new Date(Date.parse(lastModified) - 60_000).toUTCString() })).status).toBe(
			200,
		);
		expect((await get('/prerequisites/', { 'If-Modified-Since': lastModified, 'If-None-Match': '"other"' })).status).toBe(200);
	});

	test('a query string or an encoded path names the same file; a malformed one is a bad request', async () => {
		expect((await get('/environments/?utm_source=mail')).status).toBe(200);
		expect((await get('/%65nvironments/')).status).toBe(200);
		expect((await get('/%E0%A4%A/')).status).toBe(400);
	});
});

describe('the rest of the site, from the same server', () => {
	test('a page without its trailing slash still answers', async () => {
		expect((await get('/environments')).status).toBe(200);
	});

	test('unknown paths get the 404 page with its own policy, and the API its JSON', async () => {
		const missing = await get('/no-such-guide/');
		expect(missing.status).toBe(404);
		expect(await missing.text()).toContain('Page not found');
		expect(missing.headers.get('content-security-policy')).toMatch(/script-src 'self' 'sha256-/);
		// No validator: a page published here later must not be hidden behind a 304.
		expect(missing.headers.get('etag')).toBeNull();
		expect(await (await get('/api/health')).json()).toMatchObject({ status: 'ok' });
	});

	test('the not-found page is a 404 even when asked for by name', async () => {
		for (const path of ['/404.html', '/404/', '/404']) expect((await get(path)).status, path).toBe(404);
	});

	test('the embeddable tester’s script carries the CORS header other sites need, and its compressed twin', async () => {
		const script = await get('/embed/token-tester.js', { 'Accept-Encoding': 'br' });
		expect(script.status).toBe(200);
		expect(script.headers.get('content-type')).toBe('text/javascript; charset=utf-8');
		expect(script.headers.get('access-control-allow-origin')).toBe('*');
		expect(script.headers.get('cross-origin-resource-policy')).toBe('cross-origin');
		expect(script.headers.get('cache-control')).toBe('public, max-age=300');
		expect(script.headers.get('content-encoding')).toBe('br');
	});

	test('outside /api, a method other than GET or HEAD is told which work', async () => {
		const posted = await get('/environments/', {}, 'POST');
		expect(posted.status).toBe(405);
		expect(posted.headers.get('allow')).toBe('GET, HEAD');
	});

	test('the health check answers GET and HEAD, and says which methods work to anything else', async () => {
		expect((await get('/api/health', {}, 'HEAD')).status).toBe(200);
		const posted = await get('/api/health', {}, 'POST');
		expect(posted.status).toBe(405);
		expect(posted.headers.get('allow')).toBe('GET, HEAD');
		expect((await posted.json()).error.code).toBe('method_not_allowed');
	});
});

describe('JavaScript weight', () => {
	/** The scripts a page loads: a script inside a <template> waits, inert, until a script puts it on the page. */
	const scriptsOf = async (path: string) =>
		[...(await (await get(path)).text()).replace(/<template[\s\S]*?<\/template>/g, '').matchAll(/<script[^>]* src="([^"]+)"/g)].map(
			(match) => match[1]!,
		);
	/** Scripts built from our own components are named after them (e.g. TokenTester.astro_…js). */
	const ours = readdirSync('src/components').map((name) => name.replace(/\..*$/, ''));
	const isOurs = (src: string) => ours.some((name) => src.startsWith(`/_astro/${name}.`));

	/** The guides with a tool of their own besides the tester: the review reminder, the error decoder. */
	const tools: Record<string, string> = { '/rotate-token/': 'ReviewReminder', '/troubleshooting/': 'ErrorDecoder' };

	test('a guide without the tester loads Starlight’s scripts only, none of ours, but for its own tool', async () => {
		for (const path of guidePaths.filter((path) => path !== '/environments/')) {
			const expected = tools[path] ? [expect.stringMatching(new RegExp(`^/_astro/${tools[path]}\\.`))] : [];
			expect((await scriptsOf(path)).filter(isOurs), path).toEqual(expected);
		}
	});

	test('the review reminder and the error decoder stay small: they run in the browser alone, with no words of their own', async () => {
		for (const [path, budget] of [
			// The calendar file, the secret masking with the token rules it reads, and the element (3.3 KB).
			['/rotate-token/', 3.5 * 1024],
			// The catalogue's patterns, texts, certainty and meanings, the masking and the element.
			['/troubleshooting/', 5 * 1024],
		] as const) {
			const scripts = await scriptsOf(path);
			const tool = await withImports(scripts.filter(isOurs));
			const starlight = await withImports(scripts.filter((src) => !isOurs(src)));
			let bytes = 0;
			for (const src of [...tool].filter((src) => !starlight.has(src)))
				bytes += (await raw(src, { 'Accept-Encoding': 'gzip' })).body.length;
			expect(bytes, path).toBeLessThanOrEqual(budget);
		}
	});

	test('every guide loads the small script that keeps the platform’s context, and nothing of the tester', async () => {
		for (const path of guidePaths) {
			const scripts = await scriptsOf(path);
			const context = scripts.filter((src) => src.startsWith('/_astro/ReaderContext.'));
			expect(context, path).toHaveLength(1);
			let bytes = 0;
			for (const src of await withImports(context)) {
				bytes += (await raw(src, { 'Accept-Encoding': 'gzip' })).body.length;
				expect(await (await get(src)).text(), src).not.toContain('tokens table');
			}
			expect(bytes, path).toBeLessThanOrEqual(1024);
		}
	});

	test('a guide without the tester loads none of its styles either: nothing extra blocks its first paint', async () => {
		for (const path of guidePaths.filter((path) => path !== '/environments/')) {
			const html = await (await get(path)).text();
			expect(html, path).not.toContain('.token-tester');
			for (const [, href] of html.matchAll(/<link rel="stylesheet" href="([^"]+)"/g)) {
				expect(await (await get(href!)).text(), `${path} ${href}`).not.toContain('.tt-');
			}
		}
		expect(await (await get('/environments/')).text()).toContain('.token-tester');
	});

	/** Scripts with every module they import, transitively. */
	async function withImports(scripts: string[]): Promise<Set<string>> {
		const seen = new Set<string>();
		const queue = [...scripts];
		while (queue.length > 0) {
			const src = queue.pop()!;
			if (seen.has(src)) continue;
			seen.add(src);
			const code = await (await get(src)).text();
			for (const [, relative] of code.matchAll(/(?:from|import)\s*["'](\.{1,2}\/[^"']+\.js)["']/g))
				queue.push(new URL(relative!, `http://x${src}`).pathname);
		}
		return seen;
	}

	test('the tester adds no more JavaScript to its page than it does today (4.8 KB gzip), and no words', async () => {
		const scripts = await scriptsOf('/environments/');
		const tester = await withImports(scripts.filter(isOurs));
		const starlight = await withImports(scripts.filter((src) => !isOurs(src)));
		// What only the tester needs: a chunk it shares with Starlight's scripts costs nothing extra.
		const added = [...tester].filter((src) => !starlight.has(src));
		expect(added.length).toBeGreaterThan(0);
		let bytes = 0;
		for (const src of added) bytes += (await raw(src, { 'Accept-Encoding': 'gzip' })).body.length;
		// The goal is 3 KB and is not met (BENCHMARKS.md says what stands in the way). This keeps the
		// script from growing past where it stands: 3.75 KB before the shared tester, which added the
		// countdown, the events, the platform's context and dropping a stale answer for its words; then
		// the page and brand each test names for the insights (about 25 B); then the answer's language
		// and the stable codes of each check, and each outcome's section on the tester's own site
		// (about 125 B). Languages add nothing: each page brings its own words. Then the review reminder
		// after a connected result: loaded only then (its 1.8 KB), which costs the page the loader's
		// helper and the call (about 0.8 KB) rather than the reminder itself.
		expect(bytes).toBeLessThanOrEqual(4.8 * 1024);
		// Its words come with the page: no format message is in the script.
		for (const src of added) expect(await (await get(src)).text()).not.toContain('tokens table');
	});

	test('every language’s tester runs the same script, with its words from its page', async () => {
		const english = (await scriptsOf('/environments/')).filter(isOurs);
		for (const locale of ['de', 'fr', 'es']) {
			expect(await scriptsOf(`/${locale}/environments/`).then((scripts) => scripts.filter(isOurs)), locale).toEqual(english);
			const page = await (await get(`/${locale}/environments/`)).text();
			expect(page, locale).toContain(`&quot;locale&quot;:&quot;${locale}&quot;`);
		}
	});
});

test('a normal build ships no demo tokens: not in any page, script, twin or data file', async () => {
	const textFiles = await filesUnder('dist/client', (name) => /\.(html|js|css|md|txt|json|xml)$/.test(name));
	expect(textFiles.length).toBeGreaterThan(20);
	for (const file of textFiles) {
		const text = readFileSync(file, 'utf8');
		for (const demo of demoTokens) expect(text, file).not.toContain(demo.token);
		expect(text, file).not.toContain('This is a demo server');
	}
	// And the page readers try tokens on says nothing of a demo either.
	expect(await (await get('/environments/')).text()).not.toContain('<details class="tt-demo"');
});
