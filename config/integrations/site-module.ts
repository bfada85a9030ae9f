import type { AstroIntegration } from 'astro';
import type { Site } from '../site.ts';

/**
 * The site this build makes, resolved once in astro.config.mjs, handed to the pages, components
 * and routes as a virtual module, as Starlight hands over its user config:
 *
 *     import site from 'virtual:remote-connect/site';
 *
 * No module computes the site when it is imported, so the brand is read once per build.
 */
export const siteModuleId = 'virtual:remote-connect/site';
const resolvedId = `\0${siteModuleId}`;

export function siteModule(site: Site): AstroIntegration {
	return {
		name: 'remote-connect:site-module',
		hooks: {
			'astro:config:setup': ({ updateConfig }) => {
				updateConfig({
					vite: {
						plugins: [
							{
								name: 'remote-connect:site-module',
								resolveId: (id: string) => (id === siteModuleId ? resolvedId : undefined),
								load: (id: string) => (id === resolvedId ? `const site = ${JSON.stringify(site)};\nexport default site;\n` : undefined),
							},
						],
					},
				});
			},
		},
	};
}
