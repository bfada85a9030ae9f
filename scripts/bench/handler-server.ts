// The tester route's own handler (src/server/api-routes.ts) in a bare node:http server: no static
// site, no timeouts, no path layer. Beside our server and the bare handler, it shows whether the
// cost of an answer is the server around the route or the route's own work. npm run bench bundles
// it with esbuild; `node handler-server.mjs <port>`, with the tester's settings in the environment.
import { createServer } from 'node:http';
import { readServerSettings } from '../../src/lib/server/server-settings';
import { readTesterSettings } from '../../src/lib/server/tester-settings';
import { readInsightsSettings } from '../../src/lib/server/insights/insights-settings';
import { createApiRoutes } from '../../src/server/api-routes';
import { createInsightsService } from '../../src/server/insights/insights-service';
import { securityHeaders } from '../../src/server/security-headers';

const headers = securityHeaders(readServerSettings());
const settings = readTesterSettings();
// The same insights as ours (DATABASE_URL from the bench), so the route's own work is compared alike.
const insights = createInsightsService({
	settings: readInsightsSettings(),
	siteBrand: 'default',
	knownBrands: ['default'],
	siteTitle: 'Bench',
	secureCookies: false,
	trustProxy: settings.trustProxy,
	headers,
});
const api = createApiRoutes({ settings, siteOrigin: null, headers, insights });
createServer((request, response) => api(request, response, '/api/connection-test')).listen(Number(process.argv[2]), '127.0.0.1', () =>
	console.log('listening'),
);
