import type { Loader } from 'astro/loaders';
import { defineCollection } from 'astro:content';
import { docsLoader, i18nLoader } from '@astrojs/starlight/loaders';
import { docsSchema, i18nSchema } from '@astrojs/starlight/schema';
import siteSettings from 'virtual:remote-connect/site';
import { locales } from './lib/shared/locales';

/**
 * Starlight's docs loader, less the guides the brand hides, in every language, and the languages
 * it does not ship: they are never rendered, so no page, search entry, sitemap line or llms.txt
 * line can exist for them, and a link to one fails the build.
 */
function brandDocsLoader(hidden: readonly string[], shipped: readonly string[]): Loader {
	const loader = docsLoader();
	const languageOf = (id: string) => (/^([a-z]{2})(\/|$)/.exec(id)?.[1] ?? '') as string;
	return {
		...loader,
		load: async (context) => {
			await loader.load(context);
			for (const id of context.store.keys()) {
				const language = languageOf(id);
				const translated = (locales as readonly string[]).includes(language);
				const slug = translated ? id.slice(language.length + 1) || 'index' : id;
				if (hidden.includes(slug) || (translated && !shipped.includes(language))) context.store.delete(id);
			}
		},
	};
}

export const collections = {
	docs: defineCollection({ loader: brandDocsLoader(siteSettings.hiddenPages, siteSettings.locales), schema: docsSchema() }),
	// Starlight reads UI-string overrides from here (none yet); defining it keeps its "missing i18n" warning out of the server log.
	i18n: defineCollection({ loader: i18nLoader(), schema: i18nSchema() }),
};
