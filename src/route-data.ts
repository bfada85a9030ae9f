import { defineRouteMiddleware } from '@astrojs/starlight/route-data';
import { guideMarkdownPath } from './lib/shared/guide-catalogue';
import { factTopics } from './lib/shared/remote-fact-schema';

/**
 * Points each guide's `<head>` at its Markdown twin, so tools that look for
 * `rel="alternate" type="text/markdown"` find the clean text without scraping the page.
 * On /sources/, whose sections come from the fact registry rather than the MDX source, it also
 * lists those sections in the table of contents (which Starlight builds from the source alone).
 */
export const onRequest = defineRouteMiddleware((context) => {
	const route = context.locals.starlightRoute;
	if (route.entry.id === '404') return;
	route.head.push({
		tag: 'link',
		attrs: { rel: 'alternate', type: 'text/markdown', href: guideMarkdownPath(route.entry.id) },
	});
	if (route.entry.id === 'sources' && route.toc) {
		const sections = [...Object.entries(factTopics), ['not-stated', 'What Remote’s pages do not say']];
		route.toc.items.push(...sections.map(([slug, text]) => ({ depth: 2, slug: slug!, text: text!, children: [] })));
	}
});
