import { parse as parseYaml } from 'yaml';
import { formatWordsByLocale } from '../../src/i18n/format-words';
import { apideckOutlineSchema } from '../../src/lib/build/formats/apideck-schema';
import { platformFormats } from '../../src/lib/build/formats/format-files';
import { NangoConnectPageSchema, NangoConnectStepSchema, NangoProvidersFileSchema } from '../../src/lib/build/formats/nango-schema';
import { StackOneConnectorFragmentSchema } from '../../src/lib/build/formats/stackone-schema';
import type { GuidesData } from '../../src/lib/build/guides-data-schema';
import { gateways } from '../../src/lib/shared/remote-facts';

/**
 * Checks of the platform formats (/formats/…) shared by the server's and the exports' tests: each
 * file parsed back (YAML by a YAML parser, Markdown by its headings) and held to the schema written
 * from its platform's documentation, then compared with the /guides.json of the same language, so
 * a format can neither drift from the guides nor hold a text of its own where the guides have one.
 * Each returns its problems; none is a pass.
 */

/** What a check reads: a file of the site by its path, and the HTML of a page (to find an anchor). */
export type ReadSite = (path: string) => Promise<string>;

/** A token-shaped value made here: no real token is ever written in a test. */
const madeUpToken = (prefix: string) => `${prefix}${'Q7w8E9r0T1y2U3i4O5p6'}`;

/** Every text of `guides`: the formats may only quote these (plus their own framing words). */
function guideTexts(guides: GuidesData): Set<string> {
	const texts = new Set<string>();
	for (const guide of guides.guides) {
		texts.add(guide.description);
		if (guide.warning) texts.add(guide.warning);
		for (const section of guide.sections) {
			texts.add(section.title).add(section.content);
			for (const step of section.steps ?? []) texts.add(step.title).add(step.content);
		}
	}
	return texts;
}

/** The `#` and `##`… headings of Markdown outside code fences, by level. */
export function headingsOf(markdown: string): Array<{ level: number; text: string }> {
	let fenced = false;
	const headings: Array<{ level: number; text: string }> = [];
	for (const line of markdown.split('\n')) {
		if (/^(```|~~~)/.test(line)) fenced = !fenced;
		const heading = !fenced && /^(#{1,6}) (.+)$/.exec(line);
		if (heading) headings.push({ level: heading[1]!.length, text: heading[2]!.trim() });
	}
	return headings;
}

const issuesOf = (error: unknown) =>
	error && typeof error === 'object' && 'issues' in error
		? (error as { issues: Array<{ path: PropertyKey[]; message: string }> }).issues.map(
				(issue) => `${issue.path.join('.')}: ${issue.message}`,
			)
		: [String(error)];

/** Parses with `schema`, answering the data or the problems, each named with `what`. */
function parsed<T>(schema: { parse(value: unknown): T }, value: unknown, what: string, problems: string[]): T | undefined {
	try {
		return schema.parse(value);
	} catch (error) {
		problems.push(...issuesOf(error).map((issue) => `${what}: ${issue}`));
		return undefined;
	}
}

/** Whether `html` has an element with `id`. */
const hasAnchor = (html: string, id: string) => new RegExp(`\\sid="${id}"`).test(html);

export async function stackOneProblems(read: ReadSite, prefix: string, guides: GuidesData): Promise<string[]> {
	const problems: string[] = [];
	const file = `${prefix}/formats/stackone.yaml`;
	const fragment = parsed(StackOneConnectorFragmentSchema, parseYaml(await read(file)), file, problems);
	if (!fragment) return problems;
	const method = fragment.authentication[0].custom;
	const texts = guideTexts(guides);
	const link = guides.guides.find((guide) => guide.slug === 'link-account')!;
	if (method.support.link !== link.url) problems.push(`${file}: support.link is ${method.support.link}, not ${link.url}`);
	if (method.support.guides.config.warning !== link.warning) problems.push(`${file}: the warning is not the link guide's`);
	for (const section of method.support.guides.config.sections) {
		if (!texts.has(section.title)) problems.push(`${file}: section "${section.title}" is not a heading of the guides`);
		if (section.content && !texts.has(section.content))
			problems.push(`${file}: section "${section.title}" says what no section of the guides says`);
		for (const step of section.steps ?? []) if (!texts.has(step.title)) problems.push(`${file}: step "${step.title}" is not in the guides`);
	}
	const token = method.configFields.find((field) => field.key === 'apiToken');
	const environment = method.configFields.find((field) => field.key === 'environment');
	if (!token?.guide?.description.includes(`(${guides.fields.token})`))
		problems.push(`${file}: the token field's guide does not link ${guides.fields.token}`);
	if (!environment?.guide?.description.includes(`(${guides.fields.environment})`))
		problems.push(`${file}: the environment field's guide does not link ${guides.fields.environment}`);
	const pattern = new RegExp(token?.validation?.pattern ?? '(?!)');
	for (const good of [madeUpToken('ra_live_'), madeUpToken('ra_test_')])
		if (!pattern.test(good)) problems.push(`${file}: the pattern refuses a whole token`);
	for (const bad of ['ra_live_', 'ra_test_short', `RA_LIVE_${'x'.repeat(20)}`, `${madeUpToken('ra_live_')} x`, madeUpToken('sk_live_')])
		if (pattern.test(bad)) problems.push(`${file}: the pattern takes "${bad}"`);
	const values = environment?.options?.map((option) => option.value) ?? [];
	if (values.join() !== [gateways.value.production, gateways.value.sandbox].join())
		problems.push(`${file}: the gateways are ${values.join()}`);
	return problems;
}

export async function nangoProblems(read: ReadSite, prefix: string, guides: GuidesData): Promise<string[]> {
	const problems: string[] = [];
	const file = `${prefix}/formats/nango.yaml`;
	const providers = parsed(NangoProvidersFileSchema, parseYaml(await read(file)), file, problems);
	const entry = providers?.['remote'];
	if (entry) {
		const connectPage = await read(new URL(entry.docs_connect!).pathname);
		for (const field of [entry.credentials.apiKey, ...Object.values(entry.connection_config ?? {})]) {
			if (!field.doc_section || !hasAnchor(connectPage, field.doc_section.slice(1)))
				problems.push(`${file}: ${field.title}'s doc_section ${field.doc_section} is not an anchor of ${entry.docs_connect}`);
		}
		if (`${entry.docs_connect}${entry.credentials.apiKey.doc_section}` !== guides.fields.token)
			problems.push(`${file}: the token's link is not ${guides.fields.token}`);
		if (!new RegExp(entry.credentials.apiKey.pattern!).test(madeUpToken('ra_test_')))
			problems.push(`${file}: the pattern refuses a whole token`);
		if (entry.proxy.verification?.endpoints.join() !== '/v1/identity/current')
			problems.push(`${file}: verification is not the identity call`);
	}
	const pageFile = `${prefix}/formats/nango-connect.md`;
	const page = await read(pageFile);
	const [, frontmatter = '', body = ''] = /^---\n([\s\S]*?)\n---\n([\s\S]*)$/.exec(page) ?? [];
	parsed(NangoConnectPageSchema.shape.frontmatter, parseYaml(frontmatter), `${pageFile} frontmatter`, problems);
	const words = formatWordsByLocale[guides.locale].nango;
	const headings = headingsOf(body);
	const outline = headings.filter((heading) => heading.level <= 3).map((heading) => heading.text);
	if (outline.join(' | ') !== [words.overviewHeading, words.prerequisitesHeading, words.instructionsHeading].join(' | '))
		problems.push(`${pageFile}: its sections are ${outline.join(' | ')}`);
	const steps = headings.filter((heading) => heading.level === 4);
	if (steps.length < 3) problems.push(`${pageFile}: ${steps.length} steps`);
	steps.forEach((step, index) => {
		parsed(NangoConnectStepSchema.shape.title, step.text, `${pageFile} step ${index + 1}`, problems);
		if (!step.text.includes(` ${index + 1}`)) problems.push(`${pageFile}: step ${index + 1} is numbered "${step.text}"`);
	});
	const link = guides.guides.find((guide) => guide.slug === 'link-account')!;
	for (const step of link.sections.find((section) => section.id === 'connect-your-remote-account')!.steps!)
		if (!body.includes(step.title)) problems.push(`${pageFile}: lacks the link step "${step.title}"`);
	return problems;
}

export async function apideckProblems(read: ReadSite, prefix: string, guides: GuidesData, connectLabel: string): Promise<string[]> {
	const problems: string[] = [];
	const file = `${prefix}/formats/apideck.md`;
	const markdown = await read(file);
	const headings = headingsOf(markdown);
	const words = formatWordsByLocale[guides.locale].apideck;
	parsed(
		apideckOutlineSchema(words),
		{
			h1: headings.filter((heading) => heading.level === 1).map((heading) => heading.text),
			h2: headings.filter((heading) => heading.level === 2).map((heading) => heading.text),
		},
		file,
		problems,
	);
	if (!markdown.includes(`**${connectLabel}**`)) problems.push(`${file}: does not name the button "${connectLabel}"`);
	if (!markdown.includes(guides.brand.platformName)) problems.push(`${file}: does not name ${guides.brand.platformName}`);
	const hasGuide = (slug: string) => guides.guides.some((guide) => guide.slug === slug);
	for (const [slug, kind] of [
		['known-limitations', 'known-limitations'],
		['revoke-token', 'revoking'],
	] as const) {
		const shown = headings.some((heading) => heading.text === words.sections[kind]);
		if (shown !== hasGuide(slug))
			problems.push(`${file}: "${words.sections[kind]}" is ${shown ? 'there though the guide is hidden' : 'missing'}`);
	}
	return problems;
}

/** Every format of one language, checked. */
export async function formatProblems(read: ReadSite, prefix: string, guides: GuidesData, connectLabel: string): Promise<string[]> {
	return [
		...(await stackOneProblems(read, prefix, guides)),
		...(await nangoProblems(read, prefix, guides)),
		...(await apideckProblems(read, prefix, guides, connectLabel)),
	];
}

export const formatPaths = platformFormats.map((format) => format.path);
