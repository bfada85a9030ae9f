import { defineRouteMiddleware } from '@astrojs/starlight/route-data';
import { pageLanguage } from './i18n/page-language';
import { guideMarkdownPath } from './lib/shared/guide-catalogue';
import { factTopics, type FactTopic } from './lib/shared/remote-fact-schema';

/**
 * Points each guide's `<head>` at its Markdown twin, in its language (Starlight itself names the
 * page in every other language, and `x-default`, with hreflang), so tools that look for
 * `rel="alternate" type="text/markdown"` find the clean text without scraping the page.
 * On /sources/, whose sections come from the fact registry rather than the MDX source, it also
 * lists those sections in the table of contents (which Starlight builds from the source alone).
 */
export const onRequest = defineRouteMiddleware((context) => {
	const route = context.locals.starlightRoute;
	const { path, slugOf, facts } = pageLanguage(context.locals);
	const slug = slugOf(route.entry.id);
	if (slug === '404') return;
	route.head.push({
		tag: 'link',
		attrs: { rel: 'alternate', type: 'text/markdown', href: path(guideMarkdownPath(slug)) },
	});
	if (slug === 'sources' && route.toc) {
		const sections = [...(Object.keys(factTopics) as FactTopic[]), 'not-stated' as const];
		// The registry's sections come before the page's own (the error catalogue), as on the page.
		const own = route.toc.items.findIndex((item) => item.depth === 2 && item.slug !== '_top');
		const registry = sections.map((topic) => ({ depth: 2, slug: topic, text: facts.topics[topic], children: [] }));
		route.toc.items.splice(own === -1 ? route.toc.items.length : own, 0, ...registry);
	}
});
