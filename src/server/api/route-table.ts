import type { Route } from './route';

/**
 * The server's one route table: `'METHOD /path' → route`. A path it names answers its methods
 * (HEAD as GET); any other method on that path is told which it allows.
 */

export type RouteMatch = { route: Route } | { allowed: string[] } | null;

export interface RouteTable {
	/** The route for `method` on `path`, else the methods `path` allows, else null for a path the table does not name. */
	match(method: string, path: string): RouteMatch;
}

export function routeTable(entries: Record<string, Route>): RouteTable {
	const byPath = new Map<string, Map<string, Route>>();
	for (const [key, route] of Object.entries(entries)) {
		const match = /^(GET|POST|OPTIONS|PUT|PATCH|DELETE) (\/\S*)$/.exec(key);
		if (!match) throw new Error(`A route is named "METHOD /path", such as "GET /api/health"; "${key}" is not.`);
		const [, method, path] = match as unknown as [string, string, string];
		const methods = byPath.get(path) ?? new Map<string, Route>();
		if (methods.has(method)) throw new Error(`The route "${key}" is named twice.`);
		byPath.set(path, methods.set(method, route));
	}
	const allowedOf = new Map(
		[...byPath].map(([path, methods]) => [path, [...methods.keys()].flatMap((method) => (method === 'GET' ? ['GET', 'HEAD'] : [method]))]),
	);
	return {
		match(method, path) {
			const methods = byPath.get(path);
			if (!methods) return null;
			const route = methods.get(method === 'HEAD' ? 'GET' : method);
			return route ? { route } : { allowed: allowedOf.get(path)! };
		},
	};
}
