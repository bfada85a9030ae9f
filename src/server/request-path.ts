/**
 * The one reading of a request's path that every layer of the server uses, so a route cannot be
 * reached under a second spelling that one layer decodes and another does not (`/api/%63onnection-test`
 * would otherwise miss the API layer and reach the framework's own copy of the route, with its own
 * rate limiter).
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

/**
 * The API route a path names, however it is spelled (case, repeated or trailing slashes), or
 * null for a path outside `/api`. Everything under `/api` is the API layer's to answer.
 */
export function apiRouteOf(path: string): string | null {
	const normalized = path.replace(/\/{2,}/g, '/').replace(/\/$/, '').toLowerCase();
	return normalized === '/api' || normalized.startsWith('/api/') ? normalized : null;
}
