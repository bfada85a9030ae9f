import { z } from 'zod';
import type { GuidesData } from '../../lib/build/guides-data-schema';
import { locales } from '../../lib/shared/locales';

/**
 * The docs MCP server's card, `/.well-known/mcp`: what an agent needs to find and use the server
 * (its endpoint, transport, tools, brand and languages). The house server answers it at that path;
 * a static export whose brand has a hosted service (`tester.apiUrl`) carries it as a file naming
 * that service's endpoint, which is also how a server learns which export's guides a host stands for.
 */

export const docsServerName = 'remote-connect-docs';

/** The path clients connect to. */
export const mcpPath = '/mcp';

/** The tools, by name: their names are fixed (platforms and agents call them by these). */
export const docsToolNames = [
	'search_guides',
	'get_guide',
	'explain_error',
	'recommend_access',
	'get_fact',
	'list_facts',
	'submit_feedback',
] as const;

export const McpServerCardSchema = z.object({
	name: z.literal(docsServerName),
	title: z.string(),
	version: z.string(),
	description: z.string(),
	endpoint: z.url(),
	transport: z.literal('streamable-http'),
	brand: z.object({ id: z.string().min(1), name: z.string(), platformName: z.string(), url: z.url() }),
	locales: z.array(z.enum(locales)).min(1),
	tools: z.array(z.string()),
	llmsTxt: z.url(),
});
export type McpServerCard = z.infer<typeof McpServerCardSchema>;

export interface CardInput {
	/** The root language's /guides.json: the brand as its pages name it. */
	guides: GuidesData;
	/** The brand's id (its brand file's name), under which its feedback is counted. */
	brandId: string;
	locales: readonly (typeof locales)[number][];
	/** The origin the endpoint is published at: the site's own, or its hosted service's. */
	endpointOrigin: string;
	version: string;
}

export function serverCard({ guides, brandId, locales: shipped, endpointOrigin, version }: CardInput): McpServerCard {
	const { brand } = guides;
	return McpServerCardSchema.parse({
		name: docsServerName,
		title: brand.name,
		version,
		description: `Guides for company admins who connect a Remote account to ${brand.platformName} with an API token. No tool takes a token.`,
		endpoint: new URL(mcpPath, endpointOrigin).href,
		transport: 'streamable-http',
		brand: { id: brandId, name: brand.name, platformName: brand.platformName, url: brand.url },
		locales: [...shipped],
		tools: [...docsToolNames],
		llmsTxt: new URL('/llms.txt', brand.url).href,
	} satisfies McpServerCard);
}

export const serializedCard = (card: McpServerCard) => `${JSON.stringify(card, null, '\t')}\n`;
