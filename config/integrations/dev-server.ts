import { readFile } from 'node:fs/promises';
import type { AstroIntegration } from 'astro';
import { build } from 'esbuild';
import { readServerSettings } from '../../src/lib/server/server-settings';
import { readTesterSettings } from '../../src/lib/server/tester-settings';
import { readInsightsSettings } from '../../src/lib/server/insights/insights-settings';
import { createInsightsService, type InsightsService } from '../../src/server/insights/insights-service';
import { listBrandIds } from '../brand';
import { siteSettings } from '../site';
import { createApiRoutes } from '../../src/server/api-routes';
import { embedScriptHeaders, embedScriptPath, embedTypesPath } from '../../src/server/embed-script';
import { apiRouteOf, requestPath } from '../../src/server/request-path';
import { securityHeaders } from '../../src/server/security-headers';
import { embedBuildOptions, embedTypesSource } from './embed-bundle';

/**
 * Under `astro dev`, mounts the production server's own handlers in Vite's dev server: `/api/*`
 * answered by the same endpoint as `node server.mjs`, and the embeddable tester's script bundled
 * on request. The tester works in dev as it does in production, and a bad setting stops `astro
 * dev` with the message the server gives.
 */
export function devServer(): AstroIntegration {
	let siteOrigin: string | null = null;
	return {
		name: 'remote-connect:dev-server',
		hooks: {
			'astro:config:done': ({ config }) => {
				siteOrigin = config.site ? new URL(config.site).origin : null;
			},
			'astro:server:setup': ({ server, logger }) => {
				let api: ReturnType<typeof createApiRoutes>;
				let insights: InsightsService;
				let headers;
				try {
					const serverSettings = readServerSettings();
					const testerSettings = readTesterSettings();
					headers = securityHeaders(serverSettings);
					insights = createInsightsService({
						settings: readInsightsSettings(),
						siteBrand: siteSettings.brand.id,
						knownBrands: listBrandIds(),
						siteTitle: siteSettings.title,
						secureCookies: serverSettings.hsts,
						trustProxy: testerSettings.trustProxy,
						headers,
					});
					api = createApiRoutes({ settings: testerSettings, siteOrigin, headers, insights });
				} catch (error) {
					const message = error instanceof Error ? error.message : String(error);
					logger.error(`The dev server cannot start: ${message}`);
					throw new Error(message);
				}
				server.middlewares.use((request, response, next) => {
					const path = requestPath(request.url);
					const apiRoute = path === null ? null : apiRouteOf(path);
					if (apiRoute !== null) return api(request, response, apiRoute);
					if (path !== null && insights.routes.route(request, response, path)) return;
					if (path === embedTypesPath) {
						readFile(embedTypesSource, 'utf8')
							.then((types) => {
								response.writeHead(200, {
									...headers,
									...embedScriptHeaders,
									'Content-Type': 'text/plain; charset=utf-8',
									'Cache-Control': 'no-store',
								});
								response.end(types);
							})
							.catch(next);
						return;
					}
					if (path !== embedScriptPath) return next();
					// Bundled afresh on each request, so an edit to the embed shows on reload.
					build({ ...embedBuildOptions, write: false, minify: false })
						.then(({ outputFiles }) => {
							response.writeHead(200, {
								...headers,
								...embedScriptHeaders,
								'Content-Type': 'text/javascript; charset=utf-8',
								'Cache-Control': 'no-store',
							});
							response.end(outputFiles[0]!.text);
						})
						.catch(next);
				});
			},
		},
	};
}
