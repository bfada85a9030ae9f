// @ts-check
import { satteri } from '@astrojs/markdown-satteri';
import starlight from '@astrojs/starlight';
import { defineConfig } from 'astro/config';
import { brandAssets } from './config/integrations/brand-assets';
import { buildInfo } from './config/integrations/build-info';
import { contentSecurityPolicy } from './config/integrations/content-security-policy';
import { devServer } from './config/integrations/dev-server';
import { embedBundle } from './config/integrations/embed-bundle';
import { hiddenPagesGuard } from './config/integrations/hidden-pages-guard';
import { mcpCard } from './config/integrations/mcp-card';
import { localizedLinks } from './config/markdown/localized-links';
import { precompress } from './config/integrations/precompress';
import { serverBundle } from './config/integrations/server-bundle';
import { siteModule } from './config/integrations/site-module';
import { resolveSite } from './config/site';
import { starlightOptions } from './config/starlight';

// The site this build makes (brand, URLs, hidden pages), resolved once and handed to everything
// that needs it: the integrations as arguments, the pages as `virtual:remote-connect/site`.
const site = resolveSite();

// The whole site is static output in dist/client. One server, src/server (bundled into
// dist/server/standalone.mjs), serves it and answers /api/* itself, in production and, mounted by
// the dev-server integration, under `astro dev`.
export default defineConfig({
	site: site.url,
	outDir: './dist/client',
	security: {
		// Hashes for what Astro bundles; config/integrations/content-security-policy.ts completes
		// each page's policy with what is inline, and the server sends it as a header.
		csp: true,
	},
	markdown: {
		// `## Falsche Umgebung {#wrong-environment}`: every heading carries its id explicitly, the same in
		// every language, so a deep link (a verdict's section, a platform's field anchor) survives translation.
		// A brand whose root language is not English has its guides' links moved to where it serves them.
		processor: satteri({ features: { headingAttributes: true }, hastPlugins: localizedLinks(site.rootLocale) }),
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
		starlight(starlightOptions(site)),
		siteModule(site),
		brandAssets(site.brand),
		hiddenPagesGuard(site.hiddenPages),
		devServer(site),
		// A static export has no server; the embeddable tester is the house server's alone (its
		// /embed/ page is left out everywhere else).
		...(site.staticExport ? [] : [serverBundle()]),
		...(site.hiddenPages.includes('embed') ? [] : [embedBundle()]),
		contentSecurityPolicy({ apiUrls: [site.testerApiUrl, site.feedbackApiUrl] }),
		mcpCard(site),
		precompress(),
		buildInfo(site),
	],
});
