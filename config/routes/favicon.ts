import { readFile } from 'node:fs/promises';
import { extname } from 'node:path';
import type { APIRoute } from 'astro';
import { siteSettings } from '../site';

const contentTypes: Record<string, string> = { '.svg': 'image/svg+xml', '.png': 'image/png', '.ico': 'image/x-icon' };

/** The active brand's favicon, written into the build at the path Starlight links. */
export const GET: APIRoute = async () => {
	const { favicon } = siteSettings.brand;
	return new Response(await readFile(favicon), {
		headers: { 'Content-Type': contentTypes[extname(favicon).toLowerCase()] ?? 'application/octet-stream' },
	});
};
