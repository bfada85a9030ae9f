import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { filesUnder } from '../../src/lib/server/files-under';
import type { Element, Root, RootContent } from 'hast';
import rehypeParse from 'rehype-parse';
import { unified } from 'unified';
import {
	completePolicy,
	pagePolicyOf,
	policyMetaPattern,
	resourcePolicy,
	scriptPolicy,
	type InlineContent,
} from '../../src/lib/server/content-security-policy';

const textOf = (element: Element) => element.children.map((child) => (child.type === 'text' ? child.value : '')).join('');

/** Everything inline in a page, read by an HTML parser so attribute values are decoded as browsers do. */
export function inlineContentOf(html: string): InlineContent {
	const inline: InlineContent = { scripts: [], styles: [], styleAttributes: [] };
	const visit = (node: Root | RootContent) => {
		if (node.type === 'element') {
			if (node.tagName === 'script' && node.properties.src === undefined) inline.scripts.push(textOf(node));
			if (node.tagName === 'style') inline.styles.push(textOf(node));
			if (typeof node.properties.style === 'string') inline.styleAttributes.push(node.properties.style);
			// <template> content is parsed into its own fragment.
			if (node.content) visit(node.content);
		}
		if ('children' in node) for (const child of node.children) visit(child);
	};
	visit(unified().use(rehypeParse).parse(html));
	return inline;
}

/**
 * An nginx `map` from a served file to its policy: each page's, a script's when it runs as a worker,
 * and one that loads nothing for anything else, as the Node server sends them
 * (src/server/security-headers.ts). deploy/nginx/help-center.conf includes it.
 */
export function nginxPolicyMap(policies: ReadonlyMap<string, string>): string {
	const quoted = (text: string) => `"${text.replaceAll('\\', '\\\\').replaceAll('"', '\\"')}"`;
	const lines = [...policies].sort(([a], [b]) => a.localeCompare(b)).map(([path, policy]) => `\t${quoted(path)} ${quoted(policy)};`);
	return [
		'# Written by the build (config/integrations/content-security-policy.ts): the Content-Security-Policy',
		'# of every file nginx serves from dist/client, keyed by the file (nginx resolves /guide/ to /guide/index.html).',
		'map $uri $page_policy {',
		`\tdefault ${quoted(resourcePolicy)};`,
		`\t~\\.m?js$ ${quoted(scriptPolicy)};`,
		...lines,
		'}',
		'',
	].join('\n');
}

/**
 * Completes the `<meta>` Content-Security-Policy Astro writes into every page (see
 * src/lib/server/content-security-policy.ts), so a static export is protected on its own and the
 * production server can send each page's policy as a header. Runs before precompression.
 */
export function contentSecurityPolicy({ apiUrls }: { apiUrls: ReadonlyArray<string | null> }): AstroIntegration {
	// A brand's hosted service (tester, feedback) lives on another origin, which its pages must be
	// allowed to call; a path (this server's own routes) is covered by 'self'.
	const connectOrigins = [...new Set(apiUrls.flatMap((url) => (url && URL.canParse(url) ? [new URL(url).origin] : [])))];
	return {
		name: 'remote-connect:content-security-policy',
		hooks: {
			'astro:build:done': async ({ dir, logger }) => {
				const root = fileURLToPath(dir);
				const policies = new Map<string, string>();
				for (const file of await filesUnder(root, (name) => name.endsWith('.html'))) {
					const html = await readFile(file, 'utf8');
					const astroPolicy = pagePolicyOf(html);
					if (astroPolicy === undefined) throw new Error(`${file} has no Content-Security-Policy <meta> from Astro; is security.csp on?`);
					const policy = completePolicy(astroPolicy, inlineContentOf(html), { connectOrigins });
					await writeFile(
						file,
						html.replace(policyMetaPattern, () => `<meta http-equiv="content-security-policy" content="${policy}">`),
					);
					policies.set(`/${relative(root, file).split(sep).join('/')}`, policy);
				}
				// The same policies for a web server in front (deploy/nginx), which cannot read a page's <meta>.
				const nginxMap = new URL('../nginx/page-policies.conf', dir);
				await mkdir(new URL('.', nginxMap), { recursive: true });
				await writeFile(nginxMap, nginxPolicyMap(policies));
				logger.info(`Completed the Content-Security-Policy of ${policies.size} pages.`);
			},
		},
	};
}
