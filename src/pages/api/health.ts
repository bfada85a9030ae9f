import type { APIRoute } from 'astro';
import { version } from '../../../package.json';

export const prerender = false;

/** Liveness for load balancers and process managers: cheap, no upstream call, never cached. */
export const GET: APIRoute = () =>
	Response.json({ status: 'ok', version }, { headers: { 'Cache-Control': 'no-store' } });
