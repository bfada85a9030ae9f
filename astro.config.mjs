// @ts-check
import starlight from '@astrojs/starlight';
import { defineConfig } from 'astro/config';
import { brandAssets } from './config/integrations/brand-assets';
import { buildInfo } from './config/integrations/build-info';
import { contentSecurityPolicy } from './config/integrations/content-security-policy';
import { devServer } from './config/integrations/dev-server';
import { embedBundle } from './config/integrations/embed-bundle';
import { hiddenPagesGuard } from './config/integrations/hidden-pages-guard';
import { precompress } from './config/integrations/precompress';
import { serverBundle } from './config/integrations/server-bundle';
import { siteSettings } from './config/site';
import { starlightOptions } from './config/starlight';

// The whole site is static output in dist/client. One server, src/server (bundled into
// dist/server/standalone.mjs), serves it and answers /api/* itself, in production and, mounted by
// the dev-server integration, under `astro dev`.
export default defineConfig({
	site: siteSettings.url,
	outDir: './dist/client',
	security: {
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
		devServer(),
		// A static export has no server; the embeddable tester is the house server's alone (its
		// /embed/ page is left out everywhere else).
		...(siteSettings.staticExport ? [] : [serverBundle()]),
		...(siteSettings.hiddenPages.includes('embed') ? [] : [embedBundle()]),
		contentSecurityPolicy({ apiUrls: [siteSettings.testerApiUrl, siteSettings.feedbackApiUrl] }),
		precompress(),
		buildInfo(),
	],
});
