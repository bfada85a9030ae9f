/**
 * The one reading of a request's path that the server (and `astro dev`, which mounts its handler)
 * uses everywhere: decoded once, so `/api/%63onnection-test` is the tester's route, counted by its
 * one rate limiter, and never a page lookup that decodes it differently.
 */

/** The path a request URL names: query dropped, escapes decoded; null when it cannot be decoded. */
export function requestPath(url = '/'): string | null {
	const queryAt = url.indexOf('?');
	const path = queryAt === -1 ? url : url.slice(0, queryAt);
	if (!path.includes('%')) return path;
	try {
		return decodeURIComponent(path);
	} catch {
		return null;
	}
}

const apiPrefix = /^\/+api(?:\/|$)/i;

/**
 * The API route a path names, however it is spelled (case, repeated or trailing slashes), or
 * null for a path outside `/api`. Everything under `/api` is the API layer's to answer.
 */
export function apiRouteOf(path: string): string | null {
	// Most requests are for pages: one anchored test turns them away before any rewriting.
	if (!apiPrefix.test(path)) return null;
	const normalized = path
		.replace(/\/{2,}/g, '/')
		.replace(/\/$/, '')
		.toLowerCase();
	return normalized === '/api' || normalized.startsWith('/api/') ? normalized : null;
}
