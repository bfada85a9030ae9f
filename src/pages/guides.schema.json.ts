import type { APIRoute } from 'astro';
import siteSettings from 'virtual:remote-connect/site';
import { guidesJsonSchema } from '../lib/build/guides-data-schema';

/** /guides.json's shape as JSON Schema, generated from its zod schema (the one source of both). */
export const GET: APIRoute = ({ site = new URL(siteSettings.url) }) =>
	new Response(`${JSON.stringify(guidesJsonSchema(new URL('/guides.schema.json', site).href), null, '\t')}\n`, {
		headers: { 'Content-Type': 'application/json; charset=utf-8' },
	});
