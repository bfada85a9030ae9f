import { readFile } from 'node:fs/promises';
import { extname } from 'node:path';
import type { APIRoute } from 'astro';
import site from 'virtual:remote-connect/site';

const contentTypes: Record<string, string> = { '.svg': 'image/svg+xml', '.png': 'image/png', '.ico': 'image/x-icon' };

/** The active brand's favicon, written into the build at the path Starlight links. */
export const GET: APIRoute = async () => {
	const { favicon } = site.brand;
	return new Response(await readFile(favicon), {
		headers: { 'Content-Type': contentTypes[extname(favicon).toLowerCase()] ?? 'application/octet-stream' },
	});
};
