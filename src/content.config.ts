import type { Loader } from 'astro/loaders';
import { defineCollection } from 'astro:content';
import { docsLoader, i18nLoader } from '@astrojs/starlight/loaders';
import { docsSchema, i18nSchema } from '@astrojs/starlight/schema';
import siteSettings from 'virtual:remote-connect/site';

/**
 * Starlight's docs loader, less the guides the brand hides: they are never rendered, so no page,
 * search entry, sitemap line or llms.txt line can exist for them, and a link to one fails the build.
 */
function brandDocsLoader(hidden: readonly string[]): Loader {
	const loader = docsLoader();
	return {
		...loader,
		load: async (context) => {
			await loader.load(context);
			for (const id of hidden) context.store.delete(id);
		},
	};
}

export const collections = {
	docs: defineCollection({ loader: brandDocsLoader(siteSettings.hiddenPages), schema: docsSchema() }),
	// Starlight reads UI-string overrides from here (none yet); defining it keeps its "missing i18n" warning out of the server log.
	i18n: defineCollection({ loader: i18nLoader(), schema: i18nSchema() }),
};
