import { defineRouteMiddleware } from '@astrojs/starlight/route-data';
import { guideMarkdownPath } from '../config/sidebar';

/**
 * Points each guide's `<head>` at its Markdown twin, so tools that look for
 * `rel="alternate" type="text/markdown"` find the clean text without scraping the page.
 */
export const onRequest = defineRouteMiddleware((context) => {
	const route = context.locals.starlightRoute;
	if (route.entry.id === '404') return;
	route.head.push({
		tag: 'link',
		attrs: { rel: 'alternate', type: 'text/markdown', href: guideMarkdownPath(route.entry.id) },
	});
});
