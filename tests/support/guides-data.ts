import type { Element, Root, RootContent } from 'hast';
import { selectAll } from 'hast-util-select';
import rehypeParse from 'rehype-parse';
import { unified } from 'unified';
import { Ajv2020 } from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';
import type { GuidesData } from '../../src/lib/build/guides-data-schema';

/**
 * Checks for /guides.json shared by the server's and the exports' tests: validation against the
 * served JSON Schema (by a JSON Schema validator, as a platform would check it, not by our zod), and
 * the steps compared with what the rendered page shows.
 */

/** The errors of `data` against `schema`, as a JSON Schema validator reports them; empty when valid. */
export function jsonSchemaErrors(schema: object, data: unknown): string[] {
	const ajv = new Ajv2020({ allErrors: true, strict: false });
	addFormats.default(ajv);
	const validate = ajv.compile(schema);
	return validate(data) ? [] : (validate.errors ?? []).map((error) => `${error.instancePath} ${error.message}`);
}

const textOf = (node: Root | RootContent): string =>
	node.type === 'text' ? node.value : 'children' in node ? node.children.map(textOf).join('') : '';

/** Text as a reader reads it, whatever the markup: Markdown's marks and link targets gone, spaces collapsed. */
export function plainText(text: string): string {
	return text
		.replace(/\[([^\]]*)\]\([^)]*\)/g, '$1')
		.replace(/[*_`]/g, '')
		.replace(/^\s*[-\d.]+\s+/gm, '')
		.replace(/\s+/g, ' ')
		.trim();
}

/** The steps of a rendered page, in order: each `<Steps>` item's text, less what is hidden from readers. */
export function stepsOnPage(html: string): string[] {
	const tree = unified().use(rehypeParse).parse(html);
	for (const hidden of selectAll('[hidden], [aria-hidden="true"], svg', tree)) hidden.children = [];
	return selectAll('main ol.sl-steps > li', tree).map((item: Element) => plainText(textOf(item)));
}

/** The steps of a guide in /guides.json, each as the same plain text. */
export function stepsInData(guide: GuidesData['guides'][number]): string[] {
	return guide.sections.flatMap((section) => (section.steps ?? []).map((step) => plainText(`${step.title}\n${step.content}`)));
}
