import { createHash } from 'node:crypto';
import { readFile, stat } from 'node:fs/promises';
import type { IncomingMessage, OutgoingHttpHeaders, ServerResponse } from 'node:http';
import { relative, sep } from 'node:path';
import { lookup } from 'mrmime';
import { filesUnder } from '../lib/server/files-under';
import { headerList, type HeaderList } from './header-list';

/**
 * The prerendered site, held in memory and answered without touching the disk.
 *
 * The site is fixed at build time and small (a few MB with its brotli and gzip twins), so every
 * file is read once at startup, with its validators and complete header sets computed then: a
 * request costs a map lookup, an Accept-Encoding check and one write. Streaming each file from disk
 * per request (what general static middleware does) cost about 40 % of throughput here.
 */

export type Encoding = 'br' | 'gzip' | 'identity';

interface Representation {
	body: Buffer;
	/** Everything a 200 carries. */
	headers: HeaderList;
	/** What a 304 repeats (RFC 9110 §15.4.5): the validators and caching rules, no body headers. */
	notModifiedHeaders: HeaderList;
	/** Everything but the validators: what the not-found page is answered with. */
	unvalidatedHeaders: HeaderList;
	etag: string;
}

interface StaticFile {
	/** Seconds since the epoch, as `Last-Modified` states it (whole seconds). */
	modifiedSeconds: number;
	representations: Partial<Record<Encoding, Representation>> & { identity: Representation };
}

export interface StaticFilesOptions {
	/**
	 * Headers a file's answers carry besides their own (e.g. the security headers, per page); they
	 * may also replace its Cache-Control.
	 */
	headersFor?: (urlPath: string, content: Buffer) => OutgoingHttpHeaders;
	/** Files larger than this are left out (nothing in the site comes near it). */
	maximumFileBytes?: number;
	/**
	 * The page answered, with status 404, for any path that names no file: served only that way,
	 * so asking for it by name is a 404 too. A site in several languages has one per language
	 * (`/de/404/index.html`): a path under `/de/` that names no file gets the German one.
	 */
	notFoundPage?: string;
}

/** A language's own not-found page, as Starlight builds it: `/de/404/index.html`. */
const languageNotFoundPage = /^\/([a-z]{2})\/404\/index\.html$/;

/** Twins the build wrote beside a file (config/integrations/precompress.ts), by encoding. */
const twinSuffixes = { br: '.br', gzip: '.gz' } as const;

/** Types whose text needs its charset named: llms.txt, the Markdown twins and the platform formats hold more than ASCII. */
const textTypes = new Set([
	'text/yaml',
	'text/html',
	'text/css',
	'text/javascript',
	'text/plain',
	'text/markdown',
	'application/json',
	'application/xml',
	'image/svg+xml',
]);

export function contentTypeOf(path: string): string {
	// TypeScript declarations are text to read (the registry's `.ts` is an MPEG transport stream).
	if (path.endsWith('.d.ts')) return 'text/plain; charset=utf-8';
	const type = lookup(path) ?? 'application/octet-stream';
	return textTypes.has(type) ? `${type}; charset=utf-8` : type;
}

/**
 * Fingerprinted assets never change under their name: cached for a year. Everything else (pages,
 * llms.txt, Pagefind's index) is revalidated, so a repeat visit costs a 304 for the page and
 * nothing for its assets.
 */
export function cacheControlFor(urlPath: string): string {
	return urlPath.startsWith('/_astro/') ? 'public, max-age=31536000, immutable' : 'public, max-age=0, must-revalidate';
}

async function readIfPresent(path: string): Promise<Buffer | undefined> {
	try {
		return await readFile(path);
	} catch {
		return undefined;
	}
}

/** Reads every file under `root` (with its twins) and precomputes its answers. */
export async function loadStaticFiles(
	root: string,
	{ headersFor = () => ({}), maximumFileBytes = 8 * 1024 * 1024, notFoundPage }: StaticFilesOptions = {},
): Promise<StaticFiles> {
	const files = new Map<string, StaticFile>();
	const headerValues = new Map<string, string>();
	let bytes = 0;
	const all = new Set<string>();
	for (const path of await filesUnder(root)) all.add(path);
	for (const path of all) {
		// A twin is served as a representation of its original, never on its own.
		if (Object.values(twinSuffixes).some((suffix) => path.endsWith(suffix) && all.has(path.slice(0, -suffix.length)))) continue;
		const info = await stat(path);
		if (info.size > maximumFileBytes) continue;
		const urlPath = `/${relative(root, path).split(sep).join('/')}`;
		const identity = await readFile(path);
		// Strong validators from the content: equal bytes, equal tag, whatever the file's date.
		const hash = createHash('sha256').update(identity).digest('base64url').slice(0, 22);
		const modifiedSeconds = Math.floor(info.mtimeMs / 1000);
		const caching: OutgoingHttpHeaders = { 'Cache-Control': cacheControlFor(urlPath), ...headersFor(urlPath, identity) };
		const lastModified = new Date(modifiedSeconds * 1000).toUTCString();
		const twins: Partial<Record<Encoding, Buffer>> = {};
		for (const [encoding, suffix] of Object.entries(twinSuffixes) as [Exclude<Encoding, 'identity'>, string][]) {
			const twin = all.has(path + suffix) ? await readIfPresent(path + suffix) : undefined;
			if (twin && twin.length < identity.length) twins[encoding] = twin;
		}
		// Caches must key on Accept-Encoding only where the answer depends on it.
		const vary: OutgoingHttpHeaders = Object.keys(twins).length > 0 ? { Vary: 'Accept-Encoding' } : {};
		const represent = (body: Buffer, encoding: Encoding): Representation => {
			const etag = encoding === 'identity' ? `"${hash}"` : `"${hash}-${encoding}"`;
			const validators = { 'Last-Modified': lastModified, ETag: etag };
			const content = {
				'Content-Type': contentTypeOf(path),
				'Content-Length': body.length,
				...(encoding === 'identity' ? {} : { 'Content-Encoding': encoding }),
			};
			return {
				body,
				etag,
				headers: headerList({ ...caching, ...vary, ...validators, ...content }, headerValues),
				notModifiedHeaders: headerList({ ...caching, ...vary, ...validators }, headerValues),
				unvalidatedHeaders: headerList({ ...caching, ...vary, ...content }, headerValues),
			};
		};
		const representations: StaticFile['representations'] = { identity: represent(identity, 'identity') };
		for (const [encoding, body] of Object.entries(twins) as [Exclude<Encoding, 'identity'>, Buffer][]) {
			representations[encoding] = represent(body, encoding);
			bytes += body.length;
		}
		bytes += identity.length;
		files.set(urlPath, { modifiedSeconds, representations });
	}
	const notFound = new Map<string, StaticFile>();
	if (notFoundPage !== undefined) {
		const page = files.get(notFoundPage);
		if (!page) throw new Error(`The site has no ${notFoundPage} to answer unknown paths with.`);
		notFound.set('/', page);
		files.delete(notFoundPage);
		for (const [urlPath, file] of files) {
			const language = languageNotFoundPage.exec(urlPath)?.[1];
			if (!language) continue;
			notFound.set(`/${language}/`, file);
			files.delete(urlPath);
		}
	}
	return new StaticFiles(files, bytes, notFound);
}

/**
 * The encoding to send for an `Accept-Encoding` header: brotli, then gzip, when the client accepts
 * it (a `q=0` refuses; `*` accepts any not named), else the bytes as they are.
 */
export function negotiateEncoding(acceptEncoding: string | undefined): Encoding {
	if (!acceptEncoding) return 'identity';
	const quality = new Map<string, number>();
	for (const part of acceptEncoding.split(',')) {
		const [name = '', ...parameters] = part.split(';');
		const q = parameters.map((parameter) => /^\s*q\s*=\s*([\d.]+)\s*$/i.exec(parameter)?.[1]).find(Boolean);
		const value = q === undefined ? 1 : Number(q);
		quality.set(name.trim().toLowerCase(), Number.isFinite(value) ? value : 0);
	}
	const accepts = (encoding: string) => (quality.get(encoding) ?? quality.get('*') ?? 0) > 0;
	if (accepts('br')) return 'br';
	if (accepts('gzip') || (quality.get('x-gzip') ?? 0) > 0) return 'gzip';
	return 'identity';
}

/** `If-None-Match` holds `*` or a list of tags; compared weakly, as RFC 9110 asks for GET. */
function matchesEtag(ifNoneMatch: string, etag: string): boolean {
	if (ifNoneMatch.trim() === '*') return true;
	return ifNoneMatch.split(',').some((tag) => tag.trim().replace(/^W\//, '') === etag);
}

export class StaticFiles {
	/** Browsers send a handful of distinct Accept-Encoding values; each is parsed once. */
	#encodings = new Map<string, Encoding>();

	readonly #files: ReadonlyMap<string, StaticFile>;
	/** Bytes held in memory, twins included. */
	readonly bytes: number;

	/** The not-found pages, by the path prefix they answer for (`/`, `/de/`…); none, and unknown paths are left to the caller. */
	readonly #notFound: ReadonlyMap<string, StaticFile>;

	constructor(files: ReadonlyMap<string, StaticFile>, bytes: number, notFound: ReadonlyMap<string, StaticFile> = new Map()) {
		this.#files = files;
		this.bytes = bytes;
		this.#notFound = notFound;
	}

	get size(): number {
		return this.#files.size;
	}

	/** The file a URL path names: the file itself, or for `/guide/` and `/guide` its index.html. */
	find(urlPath: string): StaticFile | undefined {
		if (urlPath.endsWith('/')) return this.#files.get(`${urlPath}index.html`);
		return this.#files.get(urlPath) ?? this.#files.get(`${urlPath}/index.html`) ?? this.#files.get(`${urlPath}.html`);
	}

	/**
	 * Answers a GET or HEAD for `urlPath` (decoded, see request-path.ts) with its file, or with the
	 * not-found page and status 404, and returns true; returns false without writing anything for
	 * another method (or, with no not-found page, a path that names no file).
	 */
	serve(request: IncomingMessage, response: ServerResponse, urlPath: string): boolean {
		if (request.method !== 'GET' && request.method !== 'HEAD') return false;
		const file = this.find(urlPath);
		if (!file) {
			// The not-found page of the path's language (`/de/…`), else the root's.
			const notFound = this.#notFound.get(/^\/[a-z]{2}\//.exec(urlPath)?.[0] ?? '/') ?? this.#notFound.get('/');
			if (!notFound) return false;
			const page = this.#representation(request, notFound);
			// Not-found answers carry no validators: a later page at this path must not be hidden by a 304.
			response.writeHead(404, page.unvalidatedHeaders as string[]);
			response.end(request.method === 'HEAD' ? undefined : page.body);
			return true;
		}
		const representation = this.#representation(request, file);

		const ifNoneMatch = request.headers['if-none-match'];
		const ifModifiedSince = request.headers['if-modified-since'];
		const notModified =
			ifNoneMatch !== undefined
				? matchesEtag(ifNoneMatch, representation.etag)
				: ifModifiedSince !== undefined && Date.parse(ifModifiedSince) >= file.modifiedSeconds * 1000;
		if (notModified) {
			response.writeHead(304, representation.notModifiedHeaders as string[]).end();
		} else {
			response.writeHead(200, representation.headers as string[]);
			response.end(request.method === 'HEAD' ? undefined : representation.body);
		}
		return true;
	}

	/** The variant of `file` to send for the request's Accept-Encoding. */
	#representation(request: IncomingMessage, file: StaticFile): Representation {
		const acceptEncoding = request.headers['accept-encoding'];
		let encoding = acceptEncoding === undefined ? 'identity' : this.#encodings.get(acceptEncoding);
		if (encoding === undefined) {
			encoding = negotiateEncoding(acceptEncoding);
			if (this.#encodings.size < 64) this.#encodings.set(acceptEncoding!, encoding);
		}
		return file.representations[encoding] ?? file.representations.identity;
	}
}
