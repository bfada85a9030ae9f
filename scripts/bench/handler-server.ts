// The help center's front door (src/server/help-center.ts) in a bare node:http server: no static
// site, no timeouts. Beside our server and the bare handler, it shows whether the cost of an
// answer is the server around the route or the route's own work. npm run bench bundles it with
// esbuild; `node handler-server.mjs <port>`, with the settings in the environment (DATABASE_URL
// from the bench, so the insights record alike).
import { createServer } from 'node:http';
import { createHelpCenter } from '../../src/server/help-center';

const helpCenter = createHelpCenter({
	env: process.env,
	built: { siteOrigin: null, brand: 'default', title: 'Bench', knownBrands: ['default'] },
});
createServer((request, response) => helpCenter.handle(request, response)).listen(Number(process.argv[2]), '127.0.0.1', () =>
	console.log('listening'),
);
