import type { Element, ElementContent, Root, RootContent } from 'hast';
import { matches, select, selectAll } from 'hast-util-select';
import rehypeParse from 'rehype-parse';
import rehypeRemark from 'rehype-remark';
import remarkGfm from 'remark-gfm';
import remarkStringify from 'remark-stringify';
import { unified } from 'unified';

/**
 * Turns the rendered HTML of a guide back into plain Markdown, for `.md` twins and llms.txt.
 *
 * Rendering first and converting back (rather than serving the MDX source) means components come
 * out as what a reader sees: the platform name is filled in, steps are a numbered list, tabs are
 * labelled sections and asides are quotes, and no `import` line or JSX tag leaks through.
 */
export interface HtmlToMarkdownOptions {
	/** Absolute URL that root-relative links are resolved against, so links work outside the site. */
	baseUrl: string | URL;
}

/**
 * Elements that only make sense on screen: icons, copy buttons, heading anchors, hidden helpers,
 * and anything a component marks `data-markdown-omit` (a link to its own anchor, say).
 */
const screenOnlySelectors = [
	'[data-markdown-omit]',
	'svg',
	'script',
	'style',
	'template',
	'button',
	'.sl-anchor-link',
	'.copy',
	'[aria-hidden="true"]',
	'[hidden]',
];

function text(value: string): ElementContent {
	return { type: 'text', value };
}

function element(tagName: string, children: ElementContent[], properties: Element['properties'] = {}): Element {
	return { type: 'element', tagName, properties, children };
}

function textContent(node: Root | RootContent): string {
	if (node.type === 'text') return node.value;
	if ('children' in node) return node.children.map(textContent).join('');
	return '';
}

/** Removes every node matching one of `selectors`, wherever it sits in the tree. */
function removeMatching(tree: Root | Element, selectors: string[]): void {
	const walk = (parent: Root | Element) => {
		parent.children = parent.children.filter(
			(child) => !(child.type === 'element' && selectors.some((selector) => matches(selector, child))),
		) as typeof parent.children;
		for (const child of parent.children) if (child.type === 'element') walk(child);
	};
	walk(tree);
}

/** Replaces `target`'s content and tag in place, keeping its position in the parent. */
function replaceElement(target: Element, replacement: Element): void {
	Object.assign(target, replacement);
}

/**
 * An interactive part of a page (a form, say) marks itself `data-markdown-replace="…"`: in Markdown
 * it becomes that one sentence, since its controls mean nothing in text.
 */
function replaceInteractive(tree: Root): void {
	for (const part of selectAll('[data-markdown-replace]', tree)) {
		replaceElement(part, element('p', [text(String(part.properties.dataMarkdownReplace))]));
	}
}

/** `<aside class="starlight-aside--caution">` becomes a quote that opens with its bold title. */
function asidesToQuotes(tree: Root): void {
	for (const aside of selectAll('aside.starlight-aside', tree)) {
		const title = select('.starlight-aside__title', aside);
		const content = select('.starlight-aside__content', aside);
		const label = title ? textContent(title).trim() : '';
		const body = content?.children ?? [];
		replaceElement(aside, element('blockquote', [element('p', [element('strong', [text(`${label}:`)])]), ...body]));
	}
}

/** Tabs become one labelled section per tab, since Markdown has no tabs. */
function tabsToSections(tree: Root): void {
	for (const tabs of selectAll('starlight-tabs', tree)) {
		const labels = selectAll('[role="tab"]', tabs).map((tab) => textContent(tab).trim());
		const panels = selectAll('[role="tabpanel"]', tabs);
		const items = panels.map((panel, index) =>
			element('li', [element('p', [element('strong', [text(labels[index] ?? `Tab ${index + 1}`)])]), ...panel.children]),
		);
		replaceElement(tabs, element('ul', items));
	}
}

/** A folded `<details>` section becomes its summary in bold, then its content, unfolded. */
function detailsToSections(tree: Root): void {
	for (const details of selectAll('details', tree)) {
		const summary = select('summary', details);
		const label = summary ? textContent(summary).replace(/\s+/g, ' ').trim() : '';
		const body = details.children.filter((child) => child !== summary) as ElementContent[];
		replaceElement(details, element('div', [...(label ? [element('p', [element('strong', [text(label)])])] : []), ...body]));
	}
}

/** A link card becomes one paragraph: the link, then its description. */
function linkCardsToParagraphs(tree: Root): void {
	for (const card of selectAll('.sl-link-card', tree)) {
		const link = select('a', card);
		const description = select('.description', card);
		if (!link) continue;
		const title = textContent(link).trim();
		const children: ElementContent[] = [element('a', [text(title)], { href: link.properties.href })];
		if (description) children.push(text(`: ${textContent(description).trim()}`));
		replaceElement(card, element('p', children));
	}
}

/** Expressive Code keeps the language on `<pre data-language>`; Markdown wants it on the fence. */
function codeBlocksToFences(tree: Root): void {
	for (const frame of selectAll('.expressive-code', tree)) {
		const pre = select('pre', frame);
		if (!pre) continue;
		const language = typeof pre.properties.dataLanguage === 'string' ? pre.properties.dataLanguage : '';
		const lines = selectAll('.ec-line', pre).map((line) => textContent(line));
		const code = lines.length > 0 ? lines.join('\n') : textContent(pre);
		const codeElement = element('code', [text(code)], language ? { className: [`language-${language}`] } : {});
		replaceElement(frame, element('pre', [codeElement]));
	}
}

/** Root-relative and relative links become absolute, so the Markdown works wherever it is read. */
function absoluteLinks(tree: Root, baseUrl: URL): void {
	for (const link of selectAll('a[href]', tree)) {
		const href = String(link.properties.href);
		if (href.startsWith('#')) continue;
		link.properties.href = new URL(href, baseUrl).href;
	}
}

/**
 * The rendered HTML as the tree Markdown is written from: components turned into what Markdown can
 * say, screen-only parts gone, links absolute. guides-data.ts splits this same tree into sections.
 */
export function markdownTree(html: string, options: HtmlToMarkdownOptions): Root {
	return normalizeForMarkdown(parseHtml(html), options);
}

/** Rendered HTML as a tree, before anything is done to it. */
export function parseHtml(html: string): Root {
	return unified().use(rehypeParse, { fragment: true }).parse(html);
}

/** Turns a parsed page (or a part of one) into what Markdown can say, in place. */
export function normalizeForMarkdown(tree: Root, options: HtmlToMarkdownOptions): Root {
	// Components first: they read labels that are hidden on screen (aside titles, inactive tabs).
	replaceInteractive(tree);
	codeBlocksToFences(tree);
	asidesToQuotes(tree);
	tabsToSections(tree);
	detailsToSections(tree);
	linkCardsToParagraphs(tree);
	removeMatching(tree, screenOnlySelectors);
	absoluteLinks(tree, new URL(options.baseUrl));
	return tree;
}

const toMarkdown = unified().use(rehypeRemark).use(remarkGfm).use(remarkStringify, { bullet: '-', emphasis: '_', fences: true, rule: '-' });

/** Nodes of a `markdownTree` as Markdown, trimmed (an empty string for none). */
export async function nodesToMarkdown(nodes: RootContent[]): Promise<string> {
	const root: Root = { type: 'root', children: nodes };
	const markdown = toMarkdown.stringify(await toMarkdown.run(root));
	return String(markdown).trim();
}

export async function htmlToMarkdown(html: string, options: HtmlToMarkdownOptions): Promise<string> {
	return `${await nodesToMarkdown(markdownTree(html, options).children)}\n`;
}
