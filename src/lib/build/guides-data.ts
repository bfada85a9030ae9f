import type { Element, Root, RootContent } from 'hast';
import { matches, select, selectAll } from 'hast-util-select';
import type { GuideSection, GuideStep } from './guides-data-schema';
import { nodesToMarkdown, normalizeForMarkdown, parseHtml, type HtmlToMarkdownOptions } from './html-to-markdown';

/**
 * A rendered guide as data (/guides.json): its first caution as the warning, then a section per
 * heading, each with its numbered steps apart. It reads the same rendered HTML as the Markdown
 * twins, through the same conversion, so there is no second copy of any guide's text.
 */

const textOf = (node: Root | RootContent): string =>
	node.type === 'text' ? node.value : 'children' in node ? node.children.map(textOf).join('') : '';

/** A level-2 heading as Starlight renders it: an `<h2>`, or the wrapper that holds one with its anchor link. */
function headingOf(node: RootContent): Element | undefined {
	if (node.type !== 'element') return undefined;
	if (node.tagName === 'h2') return node;
	return matches('div.sl-heading-wrapper.level-h2', node) ? select('h2', node) : undefined;
}

const isBlank = (node: RootContent) => node.type === 'comment' || (node.type === 'text' && node.value.trim() === '');

/** Removes and returns the guide's first caution or danger aside, as Markdown: its title in bold, then its text. */
async function takeWarning(tree: Root, options: HtmlToMarkdownOptions): Promise<string | undefined> {
	const aside = select('aside.starlight-aside--caution, aside.starlight-aside--danger', tree);
	if (!aside) return undefined;
	for (const parent of [tree, ...selectAll('*', tree)]) {
		if (parent.children.includes(aside)) parent.children.splice(parent.children.indexOf(aside), 1);
	}
	const title = textOf(select('.starlight-aside__title', aside) ?? { type: 'root', children: [] }).trim();
	const content = normalizeForMarkdown({ type: 'root', children: select('.starlight-aside__content', aside)?.children ?? [] }, options);
	const text = await nodesToMarkdown(content.children);
	return title ? `**${title}**\n\n${text}` : text;
}

/** A list item of a Starlight `<Steps>`: its first paragraph is the step, the rest what else it says. */
async function stepOf(item: Element): Promise<GuideStep> {
	const children = item.children.filter((child) => !isBlank(child));
	const [first, ...rest] = children;
	// A stable anchor at the step's start (`<span id="field-api-token">`): where a form's field links.
	const anchor = first?.type === 'element' ? select('span[id]', first)?.properties?.['id'] : undefined;
	const id = typeof anchor === 'string' ? { id: anchor } : {};
	if (first?.type === 'element' && first.tagName === 'p') {
		return { title: await nodesToMarkdown(first.children as RootContent[]), content: await nodesToMarkdown(rest), ...id };
	}
	return { title: await nodesToMarkdown(children), content: '', ...id };
}

async function sectionOf(title: string, id: string | undefined, nodes: RootContent[]): Promise<GuideSection> {
	const lists = nodes.filter((node): node is Element => node.type === 'element' && matches('ol.sl-steps', node));
	const steps = [];
	for (const list of lists)
		for (const item of list.children) if (item.type === 'element' && item.tagName === 'li') steps.push(await stepOf(item));
	const content = await nodesToMarkdown(nodes.filter((node) => !lists.includes(node as Element)));
	return { title, ...(id ? { id } : {}), content, ...(steps.length > 0 ? { steps } : {}) };
}

/**
 * The warning and sections of a guide from its rendered HTML. What comes before its first heading
 * is a section named `introTitle` (the guide's title), when there is any.
 */
export async function guideSections(
	html: string,
	introTitle: string,
	options: HtmlToMarkdownOptions,
): Promise<{ warning?: string; sections: GuideSection[] }> {
	const tree = parseHtml(html);
	const warning = await takeWarning(tree, options);
	normalizeForMarkdown(tree, options);
	const groups: Array<{ title: string; id?: string; nodes: RootContent[] }> = [{ title: introTitle, nodes: [] }];
	for (const node of tree.children) {
		const heading = headingOf(node);
		if (heading) {
			const id = heading.properties?.['id'];
			groups.push({ title: textOf(heading).trim(), ...(typeof id === 'string' ? { id } : {}), nodes: [] });
		} else groups.at(-1)!.nodes.push(node);
	}
	const sections: GuideSection[] = [];
	for (const [index, group] of groups.entries()) {
		// An introduction only when the guide has one; every heading is a section, even a short one.
		if (index === 0 && group.nodes.every(isBlank)) continue;
		sections.push(await sectionOf(group.title, group.id, group.nodes));
	}
	return { ...(warning ? { warning } : {}), sections };
}
