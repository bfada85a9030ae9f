import type { Loader } from 'astro/loaders';
import { defineCollection } from 'astro:content';
import { docsLoader, i18nLoader } from '@astrojs/starlight/loaders';
import { docsSchema, i18nSchema } from '@astrojs/starlight/schema';
import siteSettings from 'virtual:remote-connect/site';
import { contentFile, contentEntryId } from './lib/shared/content-language';

/**
 * Starlight's docs loader, less the guides the brand hides, in every language, and the languages
 * it does not ship: they are never rendered, so no page, search entry, sitemap line or llms.txt
 * line can exist for them, and a link to one fails the build.
 */
function brandDocsLoader({ hiddenPages, locales, rootLocale }: typeof siteSettings): Loader {
	// Each guide's id says where the site serves it: its root language at the root, others under theirs.
	const loader = docsLoader({ generateId: ({ entry }) => contentEntryId(contentFile(entry), rootLocale) });
	return {
		...loader,
		load: async (context) => {
			await loader.load(context);
			for (const [id, { filePath }] of context.store.entries()) {
				const { locale, slug } = contentFile(filePath ?? id);
				if (hiddenPages.includes(slug) || !locales.includes(locale)) context.store.delete(id);
			}
		},
	};
}

export const collections = {
	docs: defineCollection({ loader: brandDocsLoader(siteSettings), schema: docsSchema() }),
	// Starlight reads UI-string overrides from here (none yet); defining it keeps its "missing i18n" warning out of the server log.
	i18n: defineCollection({ loader: i18nLoader(), schema: i18nSchema() }),
};
