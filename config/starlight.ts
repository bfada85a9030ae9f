import type { StarlightUserConfig } from '@astrojs/starlight/types';
import starlightLinksValidator from 'starlight-links-validator';
import { sidebar } from './sidebar';
import { siteDescription, siteSettings } from './site';

/** Starlight's options for the help center; `astro.config.mjs` only wires this in. */
export const starlightOptions: StarlightUserConfig = {
	title: siteSettings.title,
	description: siteDescription,
	logo: { src: './src/assets/logo.svg' },
	favicon: '/favicon.svg',
	customCss: ['./src/styles/theme.css'],
	sidebar,
	routeMiddleware: './src/route-data.ts',
	components: {
		PageTitle: './src/components/starlight/PageTitle.astro',
	},
	plugins: [
		// Fails the build on a link to a page or heading that does not exist, so no guide ships a dead end.
		starlightLinksValidator({ errorOnRelativeLinks: true, errorOnInvalidHashes: true }),
	],
};
