import { relative } from 'node:path';
import type { StarlightUserConfig } from '@astrojs/starlight/types';
import starlightLinksValidator from 'starlight-links-validator';
import { brandCssModule, faviconPath } from './integrations/brand-assets';
import { sidebarFor } from './guides';
import { siteDescription, siteSettings } from './site';

const { brand } = siteSettings;
/** Starlight wants image paths relative to the project root. */
const fromRoot = (path: string) => `./${relative(process.cwd(), path)}`;

/** Starlight's options for the help center, in the active brand; `astro.config.mjs` only wires this in. */
export const starlightOptions: StarlightUserConfig = {
	title: siteSettings.title,
	description: siteDescription,
	logo: { light: fromRoot(brand.logo.light), dark: fromRoot(brand.logo.dark), ...(brand.logoAlt ? { alt: brand.logoAlt } : {}) },
	favicon: faviconPath(brand),
	customCss: ['./src/styles/theme.css', brandCssModule],
	sidebar: sidebarFor(siteSettings.hiddenPages),
	routeMiddleware: './src/route-data.ts',
	components: {
		PageTitle: './src/components/starlight/PageTitle.astro',
		Footer: './src/components/starlight/Footer.astro',
	},
	plugins: [
		// Fails the build on a link to a page or heading that does not exist, so no guide ships a dead end.
		// It reads the MDX source, so links into guides this brand hides are left to the
		// hidden-pages guard, which checks the rendered output (where <IfShown> has dropped them).
		starlightLinksValidator({
			errorOnRelativeLinks: true,
			errorOnInvalidHashes: true,
			exclude: siteSettings.hiddenPages.flatMap((slug) => [`/${slug}/`, `/${slug}/#*`]),
		}),
	],
};
