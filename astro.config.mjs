// @ts-check
import node from '@astrojs/node';
import starlight from '@astrojs/starlight';
import { defineConfig } from 'astro/config';
import { brandAssets } from './config/integrations/brand-assets';
import { buildInfo } from './config/integrations/build-info';
import { contentSecurityPolicy } from './config/integrations/content-security-policy';
import { embedBundle } from './config/integrations/embed-bundle';
import { hiddenPagesGuard } from './config/integrations/hidden-pages-guard';
import { precompress } from './config/integrations/precompress';
import { serverBundle } from './config/integrations/server-bundle';
import { siteSettings } from './config/site';
import { starlightOptions } from './config/starlight';

// Guides are prerendered (so Pagefind can index them); only `src/pages/api/*` renders on demand,
// served with the prerendered files by one standalone Node server.
export default defineConfig({
	site: siteSettings.url,
	adapter: node({ mode: 'standalone' }),
	// Nothing here keeps per-visitor state, so the adapter's default file-backed sessions stay off.
	session: false,
	security: {
		// Astro's check answers cross-site form-type requests with a plain-text 403 before any route
		// runs. The only state-changing route, /api/connection-test, applies a stricter origin rule
		// itself (to every content type) and must answer 415/405 in its own JSON shape.
		checkOrigin: false,
		// Hashes for what Astro bundles; config/integrations/content-security-policy.ts completes
		// each page's policy with what is inline, and the server sends it as a header.
		csp: true,
	},
	vite: {
		build: {
			rolldownOptions: {
				// MDX modules carry Astro's head-injection directive, which the bundler warns about on
				// every guide even though Astro handles it; silenced so real warnings stand out.
				onLog(level, log, handler) {
					if (log.code === 'MODULE_LEVEL_DIRECTIVE') return;
					handler(level, log);
				},
			},
		},
	},
	integrations: [
		starlight(starlightOptions),
		brandAssets(siteSettings.brand),
		hiddenPagesGuard(siteSettings.hiddenPages),
		embedBundle(),
		serverBundle(),
		contentSecurityPolicy({ testerApiUrl: siteSettings.testerApiUrl }),
		precompress(),
		buildInfo(),
	],
});
