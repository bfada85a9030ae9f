import { McpServer } from '@modelcontextprotocol/sdk/server/mcp.js';
import type { CallToolResult } from '@modelcontextprotocol/sdk/types.js';
import { z } from 'zod';
import { pageWordsByLocale } from '../../i18n/page-words';
import type { DocsLibrary } from '../../lib/server/docs-library';
import { apiAreaIds, accessLevels, recommendCollection } from '../../lib/shared/access-recommendation';
import { decodedSections, decodeError } from '../../lib/shared/error-catalogue';
import { locales, localizePath, type Locale } from '../../lib/shared/locales';
import { openQuestions, remoteFacts } from '../../lib/shared/remote-facts';
import { reconnectHref } from '../../lib/shared/reconnect-reasons';
import type { FeedbackRecord } from '../../lib/server/insights/records';
import { feedbackCommentMaxLength } from '../../lib/shared/feedback-controller';
import { cleanComment, normalizeComment } from '../../lib/shared/secret-redaction';
import { docsServerName, type docsToolNames } from './server-card';
import { holdsSecret, tokenRefusal } from './token-refusal';

/**
 * The help center's docs as Model Context Protocol tools, for support agents and coding
 * assistants: search and read the guides, decode an error, recommend the token's access, and
 * read the facts about Remote with their sources. Every answer comes from the built site (the
 * library) and the registries the pages are made from. No tool takes a token: no input schema has
 * a field for one, and the route (api/mcp-route.ts) refuses any message holding one before the
 * SDK reads it (token-refusal.ts), so mount this server only behind that route. A server is made
 * per request: the transport is stateless.
 */

const locale = z
	.enum(locales)
	.optional()
	.describe('The language to answer in: en, de, fr or es. Defaults to the help center’s own language.');

const readOnly = { readOnlyHint: true, destructiveHint: false, idempotentHint: true, openWorldHint: false } as const;
/** Feedback adds a record and nothing else: not read-only, never destructive, and each call counts once more. */
const recordsFeedback = { readOnlyHint: false, destructiveHint: false, idempotentHint: false, openWorldHint: false } as const;

/** A tool's answer: the data as JSON text for any client, and as structured content for those that read it. */
function answer(data: Record<string, unknown>): CallToolResult {
	return { content: [{ type: 'text', text: JSON.stringify(data, null, 2) }], structuredContent: data };
}

const failure = (text: string): CallToolResult => ({ isError: true, content: [{ type: 'text', text }] });

export interface DocsServerContext {
	library: DocsLibrary;
	version: string;
	/** Where `submit_feedback` sends an answer: the insights, as the page's widget does, for this brand. */
	feedback: { brand: string; record(record: FeedbackRecord): void; today(): string };
}

export function docsMcpServer({ library, version, feedback }: DocsServerContext): McpServer {
	const root = library.guides(library.rootLocale);
	const siteUrl = root.brand.url;
	const server = new McpServer(
		{ name: docsServerName, title: root.brand.name, version },
		{
			instructions: `${root.brand.name}: guides for company admins who connect a Remote account to ${root.brand.platformName} with an API token. Search or read the guides, decode an error message, and recommend the token's access. No tool takes a token: never send one.`,
		},
	);
	// A language the site does not ship is answered in its own, and said to be.
	const languageOf = (asked: Locale | undefined): Locale => (asked && library.locales.includes(asked) ? asked : library.rootLocale);
	const absolute = (path: string, language: Locale) => new URL(localizePath(path, language, library.rootLocale), siteUrl).href;

	/** Registers a tool, read-only unless `hints` say otherwise. */
	const tool = <Shape extends z.ZodRawShape>(
		name: (typeof docsToolNames)[number],
		config: { title: string; description: string; inputSchema: Shape },
		run: (input: z.infer<z.ZodObject<Shape>>) => CallToolResult | Promise<CallToolResult>,
		hints: typeof readOnly | typeof recordsFeedback = readOnly,
	) => server.registerTool(name, { ...config, annotations: { title: config.title, ...hints } }, run as never);

	tool(
		'search_guides',
		{
			title: 'Search the guides',
			description:
				'Finds the sections of the help center’s guides that best answer a question about connecting a Remote account to the integration platform with an API token: who may create a token, generating it, Production or Sandbox, linking, rotating or revoking it, Remote’s limits, and fixing a connection. Returns ranked sections with their guide, URL and a snippet; read a whole guide with get_guide.',
			inputSchema: {
				query: z.string().min(1).max(300).describe('What to look for, in words: “token works in sandbox but not production”.'),
				locale,
			},
		},
		({ query, locale: asked }) => {
			const language = languageOf(asked);
			return answer({ locale: language, results: library.search(query, language) });
		},
	);

	tool(
		'get_guide',
		{
			title: 'Read a guide',
			description:
				'Returns one guide of the help center as Markdown, as its page shows it (the same text as its .md twin). Slugs: the overview is "index"; others are listed by search_guides results and include prerequisites, generate-token, environments, link-account, rotate-token, revoke-token, troubleshooting, token-safety, reconnect, decode and sources.',
			inputSchema: { slug: z.string().min(1).max(60).describe('The guide’s slug, such as "link-account".'), locale },
		},
		async ({ slug, locale: asked }) => {
			const language = languageOf(asked);
			const markdown = await library.markdown(slug, language);
			if (markdown !== null) return { content: [{ type: 'text', text: markdown }] };
			const slugs = library.guides(language).guides.map((guide) => guide.slug || 'index');
			return failure(`There is no guide "${slug}" on this help center. Guides: ${slugs.join(', ')}.`);
		},
	);

	tool(
		'explain_error',
		{
			title: 'Explain an error message',
			description:
				'Explains an error message that Remote or an integration platform (Nango, Apideck, Merge, Kombo, Finch) showed when a Remote connection failed: the likely cause, how sure that is, the troubleshooting section about it and the step-by-step reconnect page. Quote the error without any token in it: an input holding a token is refused.',
			inputSchema: {
				text: z.string().min(1).max(20_000).describe('The error message as shown, such as {"message":"Unauthorized"}.'),
				locale,
			},
		},
		({ text, locale: asked }) => {
			const language = languageOf(asked);
			const words = pageWordsByLocale[language].decoder;
			const { matches } = decodeError(text);
			return answer({
				locale: language,
				known: matches.length > 0,
				matches: matches.map((entry) => ({
					id: entry.id,
					text: entry.text,
					shownBy: entry.shownBy,
					means: entry.means,
					cause: words.means[entry.means],
					certainty: entry.certainty,
					howSure: words.certainty[entry.certainty],
					section: absolute(decodedSections[entry.means], language),
					reconnect: reconnectHref(absolute('/reconnect/', language), entry.means),
					sources: entry.sources,
				})),
				...(matches.length === 0 ? { next: absolute('/troubleshooting/', language) } : {}),
			});
		},
	);

	const brandUses = root.recommendedCollection?.uses;
	const usesSchema = z
		.array(
			z.object({
				label: z.string().min(1).max(200).describe('What the integration does, in words: “Sync employees into the HR tool”.'),
				access: z.enum(accessLevels).describe('"read" if it only reads from Remote, "write" if it creates or changes data there.'),
				area: z.enum(apiAreaIds).optional().describe('The area of Remote it touches, when one: people, time-off…'),
			}),
		)
		.min(1)
		.max(20);
	tool(
		'recommend_access',
		{
			title: 'Recommend the token’s access',
			description: `Says which endpoint collection an admin should select when generating the Remote API token, Full Access or Read Only, and why: any use that creates or changes data in Remote needs Full Access; otherwise Read Only. ${
				brandUses
					? `Without uses, answers for what ${root.brand.platformName} declares it does with Remote (${brandUses.map((use) => use.label).join('; ')}).`
					: `Give what the integration does with Remote as uses: this help center serves every platform, so it cannot know.`
			}`,
			inputSchema: {
				uses: brandUses
					? usesSchema
							.optional()
							.describe(`What the integration does with Remote; leave it out for what ${root.brand.platformName} declares.`)
					: usesSchema.describe('What the integration does with Remote, one entry per use.'),
			},
		},
		({ uses }) => {
			const words = pageWordsByLocale[library.rootLocale];
			const decidedFrom = uses ?? brandUses!;
			const recommended = recommendCollection(decidedFrom, root.brand.platformName, { ...words, locale: library.rootLocale });
			return answer({
				access: recommended.access,
				collection: recommended.collection,
				reason: recommended.reason,
				decidingUses: recommended.decidingUses.map((use) => use.label),
				createsTimeOff: recommended.createsTimeOff,
				decidedFrom: uses ? 'the uses given' : `what ${root.brand.platformName} declares`,
				// The guide that asks it, where the brand has kept it.
				...(root.guides.some((guide) => guide.slug === 'generate-token')
					? { guide: absolute('/generate-token/#choose-the-access-level', library.rootLocale) }
					: {}),
			});
		},
	);

	const factIds = remoteFacts.map((fact) => fact.id);
	tool(
		'get_fact',
		{
			title: 'Read a fact about Remote',
			description:
				'Returns one fact the guides state about Remote (its screens, tokens, environments, answers, limits) with its value, its sources, how sure it is (verified, reported or inferred) and when it was last checked, or one question Remote’s pages leave open. list_facts lists the ids.',
			inputSchema: { id: z.string().min(1).max(80).describe('The fact’s id, such as "rate-limit" or "token-prefixes".') },
		},
		({ id }) => {
			const fact = remoteFacts.find((candidate) => candidate.id === id);
			if (fact) return answer({ ...fact, sourcesPage: new URL(`/sources/#${fact.id}`, siteUrl).href });
			const question = openQuestions.find((candidate) => candidate.id === id);
			if (question)
				return answer({ ...question, answer: 'Remote does not say.', sourcesPage: new URL(`/sources/#${question.id}`, siteUrl).href });
			return failure(
				`There is no fact "${id}". Facts: ${factIds.join(', ')}. Open questions: ${openQuestions.map((entry) => entry.id).join(', ')}.`,
			);
		},
	);

	tool(
		'list_facts',
		{
			title: 'List the facts about Remote',
			description:
				'Lists every fact the guides state about Remote (id, topic, certainty, statement) and every question Remote’s pages leave open; read one with get_fact.',
			inputSchema: {},
		},
		() =>
			answer({
				facts: remoteFacts.map(({ id, topic, certainty, checked, statement }) => ({ id, topic, certainty, checked, statement })),
				openQuestions: openQuestions.map(({ id, question, guidesSay }) => ({ id, question, guidesSay })),
			}),
	);

	const slugs = (language: Locale) => library.guides(language).guides.map((guide) => guide.slug || 'index');
	/**
	 * The guide and language a page names: a slug (`environments`), a path (`/de/environments/`) or
	 * a URL on this help center, as search_guides gives them (any `#section` or query is ignored).
	 */
	const pageOf = (page: string): { slug: string; locale: Locale } | string => {
		let path = page.trim();
		if (/^https?:\/\//i.test(path)) {
			const url = URL.parse(path);
			if (!url || url.origin !== new URL(siteUrl).origin) return `"${page}" is not a page of this help center (${siteUrl}).`;
			path = url.pathname;
		}
		const parts = path.split(/[?#]/)[0]!.split('/').filter(Boolean);
		const language = library.locales.find((candidate) => candidate !== library.rootLocale && candidate === parts[0]);
		const locale = language ?? library.rootLocale;
		const slug = (language ? parts.slice(1) : parts).join('/').replace(/\.md$/, '') || 'index';
		return slugs(locale).includes(slug)
			? { slug, locale }
			: `There is no guide "${page}" on this help center. Guides: ${slugs(locale).join(', ')}.`;
	};

	tool(
		'submit_feedback',
		{
			title: 'Say whether a guide helped',
			description:
				'Records whether a guide of the help center answered the question it was used for, with an optional comment on what was missing or wrong, for the team that writes the guides. Counted apart from readers’ answers, as coming from an AI assistant. Send it once per guide and question, after using the guide; never put a token, an email address or other personal data in the comment.',
			inputSchema: {
				page: z
					.string()
					.min(1)
					.max(300)
					.describe('The guide: its slug ("environments"), or its URL as search_guides gave it (its language is read from the URL).'),
				helpful: z.boolean().describe('true if the guide answered the question, false if it did not.'),
				comment: z
					.string()
					.refine((text) => normalizeComment(text).length <= feedbackCommentMaxLength, `at most ${feedbackCommentMaxLength} characters`)
					.optional()
					.describe(`What was missing, wrong or unclear, in a sentence or two (at most ${feedbackCommentMaxLength} characters).`),
			},
		},
		({ page, helpful, comment }) => {
			// The route refuses a token before the SDK reads it; this tool writes, so it checks again.
			if (holdsSecret({ page, comment })) return failure(tokenRefusal(siteUrl));
			const named = pageOf(page);
			if (typeof named === 'string') return failure(named);
			// Redacted as a reader's comment is, though a token never gets this far (the route refuses it).
			const stored = cleanComment(comment);
			feedback.record({
				day: feedback.today(),
				brand: feedback.brand,
				page: named.slug,
				locale: named.locale,
				helpful,
				comment: stored,
				answer: crypto.randomUUID(),
				source: 'agent',
			});
			return answer({ status: 'received', page: named.slug, locale: named.locale, helpful, comment: stored !== null, countedAs: 'agent' });
		},
		recordsFeedback,
	);

	return server;
}
