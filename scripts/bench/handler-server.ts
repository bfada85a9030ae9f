// The help center's front door (src/server/help-center.ts) in a bare node:http server: no static
// site, no timeouts. Beside our server and the bare handler, it shows whether the cost of an
// answer is the server around the route or the route's own work. npm run bench bundles it with
// esbuild; `node handler-server.mjs`, with the settings in the environment (DATABASE_URL
// from the bench, so the insights record alike).
import { createServer } from 'node:http';
import { createHelpCenter } from '../../src/server/help-center';

const helpCenter = createHelpCenter({
	env: process.env,
	built: { siteOrigin: null, brand: 'default', title: 'Bench', knownBrands: ['default'] },
});
const server = createServer((request, response) => helpCenter.handle(request, response));
server.listen(0, '127.0.0.1', () => {
	const address = server.address();
	console.log(`listening http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}`);
});
