import { mkdtempSync, mkdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { describe, expect, test } from 'vitest';
import { contentTypeOf, loadStaticFiles, negotiateEncoding } from '../../src/server/static-files';

describe('negotiateEncoding', () => {
	test.for([
		[undefined, 'identity'],
		['', 'identity'],
		['gzip, deflate, br, zstd', 'br'],
		['gzip', 'gzip'],
		['GZIP;q=0.5', 'gzip'],
		['br;q=0, gzip', 'gzip'],
		['br;q=0, gzip;q=0', 'identity'],
		['*', 'br'],
		['*, br;q=0', 'gzip'],
		['identity', 'identity'],
		['x-gzip', 'gzip'],
		['br;q=nonsense, gzip', 'br'], // an unreadable weight is ignored, as if absent
	] as const)('%j → %s', ([header, expected]) => {
		expect(negotiateEncoding(header)).toBe(expected);
	});
});

describe('contentTypeOf', () => {
	test('text types name their charset; binary ones do not; unknown ones are octet streams', () => {
		expect(contentTypeOf('/guide/index.html')).toBe('text/html; charset=utf-8');
		expect(contentTypeOf('/llms.txt')).toBe('text/plain; charset=utf-8');
		expect(contentTypeOf('/index.md')).toBe('text/markdown; charset=utf-8');
		expect(contentTypeOf('/_astro/page.js')).toBe('text/javascript; charset=utf-8');
		expect(contentTypeOf('/pagefind/wasm.en.pagefind')).toBe('application/octet-stream');
		expect(contentTypeOf('/favicon.png')).toBe('image/png');
	});
});

describe('loadStaticFiles', () => {
	test('indexes files by URL path, with their compressed twins as representations, never as files', async () => {
		const root = mkdtempSync(join(tmpdir(), 'static-files-'));
		mkdirSync(join(root, 'guide'));
		const page = '<!doctype html><title>Guide</title>' + 'text '.repeat(400);
		writeFileSync(join(root, 'guide/index.html'), page);
		writeFileSync(join(root, 'guide/index.html.gz'), gzipSync(page));
		writeFileSync(join(root, 'robots.txt'), 'User-agent: *');
		const files = await loadStaticFiles(root);
		expect(files.size).toBe(2);
		expect(files.find('/guide/')).toBeDefined();
		expect(files.find('/guide')).toBe(files.find('/guide/'));
		expect(files.find('/guide/index.html.gz')).toBeUndefined();
		expect(files.find('/robots.txt')).toBeDefined();
		expect(files.find('/missing')).toBeUndefined();
	});

	test('a file over the size limit stays on disk, for the next handler', async () => {
		const root = mkdtempSync(join(tmpdir(), 'static-files-'));
		writeFileSync(join(root, 'big.bin'), Buffer.alloc(2048));
		expect((await loadStaticFiles(root, { maximumFileBytes: 1024 })).find('/big.bin')).toBeUndefined();
	});
});
