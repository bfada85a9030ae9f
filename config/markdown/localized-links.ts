import { fileURLToPath } from 'node:url';
import { relative, resolve } from 'node:path';
import { defineHastPlugin, type HastPluginEntry } from 'satteri';
import { contentFile, inLanguage } from '../../src/lib/shared/content-language.ts';
import { defaultLocale, type Locale } from '../../src/lib/shared/locales.ts';

/** A site path to a guide (`/`, `/de/troubleshooting/#rate-limited`): the links this plugin moves. */
const guideLink = /^\/([a-z]{2}\/)?([a-z-]+\/)?(#[\w-]*)?$/;

/**
 * The guides link each other as a site whose root is English serves them (`/troubleshooting/`,
 * `/de/troubleshooting/`). On a site whose root language is another (a brand's `defaultLocale`),
 * this moves every such link in a guide, Markdown links and components' `href` alike, to where
 * that site serves it: German `/de/troubleshooting/` becomes `/troubleshooting/`, English
 * `/troubleshooting/` becomes `/en/troubleshooting/`. It runs before the links validator, which
 * then checks the links the site really has. On an English root it does nothing.
 */
export function localizedLinks(rootLocale: Locale): HastPluginEntry[] {
	if (rootLocale === defaultLocale) return [];
	const docs = resolve(process.cwd(), 'src/content/docs');
	return [
		({ fileURL }) => {
			if (!fileURL) return undefined;
			const file = relative(docs, fileURLToPath(fileURL));
			if (file.startsWith('..')) return undefined;
			const { locale } = contentFile(file);
			const moved = (href: unknown) => (typeof href === 'string' && guideLink.test(href) ? inLanguage(href, locale, rootLocale) : href);
			const moveAttributes = (node: { attributes: Array<{ type: string; name?: string; value?: unknown }> }) =>
				node.attributes.map((attribute) =>
					attribute.type === 'mdxJsxAttribute' && (attribute.name === 'href' || attribute.name === 'to')
						? { ...attribute, value: moved(attribute.value) }
						: attribute,
				);
			return defineHastPlugin({
				name: 'remote-connect:localized-links',
				element: {
					filter: ['a'],
					visit(node, context) {
						const href = node.properties?.href;
						if (moved(href) !== href) context.setProperty(node, 'href', moved(href));
					},
				},
				mdxJsxFlowElement: {
					filter: [],
					visit(node, context) {
						context.setProperty(node, 'attributes', moveAttributes(node as never));
					},
				},
				mdxJsxTextElement: {
					filter: [],
					visit(node, context) {
						context.setProperty(node, 'attributes', moveAttributes(node as never));
					},
				},
			});
		},
	];
}
