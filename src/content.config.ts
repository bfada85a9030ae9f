import { defineCollection } from 'astro:content';
import { docsLoader, i18nLoader } from '@astrojs/starlight/loaders';
import { docsSchema, i18nSchema } from '@astrojs/starlight/schema';

export const collections = {
	docs: defineCollection({ loader: docsLoader(), schema: docsSchema() }),
	// Starlight reads UI-string overrides from here (none yet); defining it keeps its "missing i18n" warning out of the server log.
	i18n: defineCollection({ loader: i18nLoader(), schema: i18nSchema() }),
};
