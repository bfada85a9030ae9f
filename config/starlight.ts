import { relative } from 'node:path';
import type { StarlightUserConfig } from '@astrojs/starlight/types';
import starlightLinksValidator from 'starlight-links-validator';
import { brandCssModule, faviconPath } from './integrations/brand-assets';
import { returnOriginsMeta } from '../src/lib/shared/reader-context';
import { embedTypesPath } from '../src/server/embed-script';
import { sidebarFor } from './sidebar.ts';
import { pageWordsByLocale } from '../src/i18n/page-words.ts';
import { localeNames, localizePath } from '../src/lib/shared/locales.ts';
import type { Site } from './site.ts';

/** Starlight wants image paths relative to the project root. */
const fromRoot = (path: string) => `./${relative(process.cwd(), path)}`;

/** Starlight's options for the help center, in the site's brand; `astro.config.mjs` only wires this in. */
export function starlightOptions(site: Site): StarlightUserConfig {
	const { brand } = site;
	return {
		title: site.title,
		description: pageWordsByLocale[site.rootLocale].description,
		logo: { light: fromRoot(brand.logo.light), dark: fromRoot(brand.logo.dark), ...(brand.logoAlt ? { alt: brand.logoAlt } : {}) },
		favicon: faviconPath(brand),
		customCss: ['./src/styles/theme.css', './src/styles/controls.css', brandCssModule],
		// Where a platform's `?return=` may lead (src/lib/shared/reader-context.ts reads it on every page).
		head:
			brand.returnOrigins.length > 0
				? [{ tag: 'meta', attrs: { name: returnOriginsMeta, content: JSON.stringify(brand.returnOrigins) } }]
				: [],
		sidebar: sidebarFor(site.hiddenPages, site.locales),
		// The root language at `/`, each other the brand ships under `/<language>/`. One language
		// alone is a site without a language picker.
		defaultLocale: 'root',
		locales: Object.fromEntries(
			site.locales.map((locale) => [locale === site.rootLocale ? 'root' : locale, { label: localeNames[locale], lang: locale }]),
		),
		routeMiddleware: './src/route-data.ts',
		components: {
			PageTitle: './src/components/starlight/PageTitle.astro',
			Footer: './src/components/starlight/Footer.astro',
		},
		plugins: [
			// The validator reads the MDX files where they are written (English at the top, German under
			// de/…) and assumes they are served there: true on a site whose root is English, which every
			// build of these sources is but a brand's whose `defaultLocale` differs. That brand's links
			// are the same sources' (validated by every other build), moved by config/markdown/localized-links.ts.
			...(site.rootLocale !== 'en'
				? []
				: [
						// Fails the build on a link to a page or heading that does not exist, so no guide ships a dead end.
						// It reads the MDX source, so links into guides this brand hides are left to the
						// hidden-pages guard, which checks the rendered output (where <IfShown> has dropped them).
						starlightLinksValidator({
							errorOnRelativeLinks: true,
							errorOnInvalidHashes: true,
							// The embed's types are a file the build copies in, not a page the validator can see.
							exclude: [
								...site.hiddenPages.flatMap((slug) =>
									site.locales.map((locale) => localizePath(`/${slug}/`, locale, site.rootLocale)).flatMap((path) => [path, `${path}#*`]),
								),
								embedTypesPath,
							],
						}),
					]),
		],
	};
}
