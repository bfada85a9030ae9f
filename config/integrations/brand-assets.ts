import { extname } from 'node:path';
import type { AstroIntegration } from 'astro';
import type { Plugin } from 'vite';
import type { Brand } from '../brand.ts';

/** The stylesheet of the active brand's accent colours, imported through Starlight's `customCss`. */
export const brandCssModule = 'virtual:remote-connect/brand.css';

/** The site path of the brand's favicon, keeping its file type. */
export const faviconPath = (brand: Brand) => `/favicon${extname(brand.favicon).toLowerCase()}`;

/** Starlight's three accent shades per theme, as the brand file derived them. */
function brandCss({ accentShades: { light, dark } }: Brand): string {
	return [
		`:root {\n\t--sl-color-accent-low: ${dark.low};\n\t--sl-color-accent: ${dark.accent};\n\t--sl-color-accent-high: ${dark.high};\n}`,
		`:root[data-theme='light'] {\n\t--sl-color-accent-low: ${light.low};\n\t--sl-color-accent: ${light.accent};\n\t--sl-color-accent-high: ${light.high};\n}`,
	].join('\n');
}

function brandCssPlugin(brand: Brand): Plugin {
	const resolved = `\0${brandCssModule}`;
	return {
		name: 'remote-connect:brand-css',
		resolveId: (id) => (id === brandCssModule ? resolved : undefined),
		load: (id) => (id === resolved ? brandCss(brand) : undefined),
	};
}

/**
 * Makes the build the brand's own beyond what Starlight's options cover: its accent colours as a
 * stylesheet, and its favicon served at the site root (Starlight expects one there), so nothing of
 * another brand is copied in from `public/`.
 */
export function brandAssets(brand: Brand): AstroIntegration {
	return {
		name: 'remote-connect:brand-assets',
		hooks: {
			'astro:config:setup': ({ injectRoute, updateConfig }) => {
				injectRoute({ pattern: faviconPath(brand), entrypoint: new URL('../routes/favicon.ts', import.meta.url), prerender: true });
				updateConfig({ vite: { plugins: [brandCssPlugin(brand)] } });
			},
		},
	};
}
