import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { GuidesDataSchema, type GuidesData } from '../build/guides-data-schema';
import { guideMarkdownPath } from '../shared/guide-catalogue';
import { locales, localizePath, type Locale } from '../shared/locales';

/**
 * The guides as the built site holds them, for readers without a browser (the docs MCP server):
 * each language's /guides.json and the pages' Markdown twins, read from the site's own output, so
 * there is no second copy of any text and the brand's hidden guides are absent here too. Search
 * ranks the guides' sections (BM25 over their titles and text) in one language.
 */

export interface SectionHit {
	guide: string;
	section: string;
	/** The section's address: the guide's page, with the heading's id when it has one. */
	url: string;
	snippet: string;
	score: number;
}

export interface DocsLibrary {
	/** The language of the site's root, and every language it ships. */
	rootLocale: Locale;
	locales: Locale[];
	/** Every guide in `locale`, as /guides.json has them. */
	guides(locale: Locale): GuidesData;
	/** A guide's Markdown twin in `locale`, or null for a slug the site does not have. */
	markdown(slug: string, locale: Locale): Promise<string | null>;
	/** The sections that best answer `query` in `locale`, best first. */
	search(query: string, locale: Locale, limit?: number): SectionHit[];
}

interface IndexedSection {
	guide: string;
	section: string;
	url: string;
	/** The section as plain words, for snippets. */
	text: string;
	/** Its terms, the title's counted three times: a term in a heading says more. */
	terms: Map<string, number>;
	length: number;
}

/** Words as search compares them: lower case, accents dropped, letters and digits only. */
export function termsOf(text: string): string[] {
	return text
		.normalize('NFKD')
		.replace(/\p{M}/gu, '')
		.toLowerCase()
		.split(/[^\p{L}\p{N}_]+/u)
		.filter((term) => term.length >= 2);
}

/** Markdown as words: links, emphasis and code marks dropped, whitespace collapsed. */
const plain = (markdown: string) =>
	markdown
		.replace(/!?\[([^\]]*)\]\([^)]*\)/g, '$1')
		.replace(/[*`>#|]+|(?<![\p{L}\p{N}])_+|_+(?![\p{L}\p{N}])/gu, ' ')
		.replace(/\s+/g, ' ')
		.trim();

function indexSections(data: GuidesData): IndexedSection[] {
	return data.guides.flatMap((guide) =>
		guide.sections.map((section) => {
			const body = [section.content, ...(section.steps ?? []).flatMap((step) => [step.title, step.content])].join('\n');
			const terms = new Map<string, number>();
			const add = (term: string, weight: number) => terms.set(term, (terms.get(term) ?? 0) + weight);
			for (const term of termsOf(section.title)) add(term, 3);
			for (const term of termsOf(body)) add(term, 1);
			return {
				guide: guide.title,
				section: section.title,
				url: section.id ? `${guide.url}#${section.id}` : guide.url,
				text: plain(body),
				terms,
				length: [...terms.values()].reduce((sum, count) => sum + count, 0),
			};
		}),
	);
}

/** `text` folded as search compares it, with where each folded character came from in `text`. */
function folded(text: string): { folded: string; origin: number[] } {
	let result = '';
	const origin: number[] = [];
	for (let index = 0; index < text.length; index++) {
		const character = text[index]!.normalize('NFKD').replace(/\p{M}/gu, '').toLowerCase();
		result += character;
		for (let count = 0; count < character.length; count++) origin.push(index);
	}
	return { folded: result, origin };
}

/** About 200 characters of `text` around the first query term it holds as a word, or its start. */
function snippetOf(text: string, queryTerms: string[]): string {
	const { folded: plainText, origin } = folded(text);
	const positions = queryTerms
		.map((term) => new RegExp(`(?<![\\p{L}\\p{N}_])${term.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}`, 'u').exec(plainText)?.index)
		.filter((index): index is number => index !== undefined);
	const at = positions.length > 0 ? origin[Math.min(...positions)]! : 0;
	const start = Math.max(0, at - 80);
	const cut = text.slice(start, start + 200).trim();
	return `${start > 0 ? '…' : ''}${cut}${start + 200 < text.length ? '…' : ''}`;
}

function rank(sections: IndexedSection[], query: string, limit: number): SectionHit[] {
	const queryTerms = [...new Set(termsOf(query))];
	if (queryTerms.length === 0 || sections.length === 0) return [];
	const averageLength = sections.reduce((sum, section) => sum + section.length, 0) / sections.length;
	const [k1, b] = [1.2, 0.75];
	const idf = new Map(
		queryTerms.map((term) => {
			const holding = sections.filter((section) => section.terms.has(term)).length;
			return [term, Math.log(1 + (sections.length - holding + 0.5) / (holding + 0.5))];
		}),
	);
	return sections
		.map((section) => {
			let score = 0;
			for (const term of queryTerms) {
				const count = section.terms.get(term) ?? 0;
				if (count === 0) continue;
				score += idf.get(term)! * ((count * (k1 + 1)) / (count + k1 * (1 - b + (b * section.length) / averageLength)));
			}
			return { section, score };
		})
		.filter(({ score }) => score > 0)
		.sort((a, b) => b.score - a.score)
		.slice(0, limit)
		.map(({ section, score }) => ({
			guide: section.guide,
			section: section.section,
			url: section.url,
			snippet: snippetOf(section.text, queryTerms),
			score: Math.round(score * 100) / 100,
		}));
}

/** Reads the library from a built site's directory (dist/client, or an export). */
export async function loadDocsLibrary(siteDir: string): Promise<DocsLibrary> {
	const read = (path: string) => readFile(join(siteDir, ...path.split('/').filter(Boolean)), 'utf8');
	const root = GuidesDataSchema.parse(JSON.parse(await read('/guides.json')));
	const rootLocale = root.locale;
	const byLocale = new Map<Locale, GuidesData>([[rootLocale, root]]);
	for (const locale of locales.filter((candidate) => candidate !== rootLocale)) {
		const data = await read(`/${locale}/guides.json`).catch(() => null);
		if (data !== null) byLocale.set(locale, GuidesDataSchema.parse(JSON.parse(data)));
	}
	const indexes = new Map([...byLocale].map(([locale, data]) => [locale, indexSections(data)]));
	const shipped = (locale: Locale) => (byLocale.has(locale) ? locale : rootLocale);
	return {
		rootLocale,
		locales: [...byLocale.keys()],
		guides: (locale) => byLocale.get(shipped(locale))!,
		async markdown(slug, locale) {
			const known = byLocale.get(shipped(locale))!.guides.some((guide) => guide.slug === (slug === 'index' ? '' : slug));
			if (!known) return null;
			return read(localizePath(guideMarkdownPath(slug === '' ? 'index' : slug), shipped(locale), rootLocale)).catch(() => null);
		},
		search: (query, locale, limit = 8) => rank(indexes.get(shipped(locale))!, query, limit),
	};
}
