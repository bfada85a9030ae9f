import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { loadDocsLibrary, type DocsLibrary } from '../../lib/server/docs-library';
import { logEvent } from '../../lib/server/log';
import { McpServerCardSchema, type McpServerCard } from './server-card';

/**
 * Which brand's guides the docs MCP server answers with: the house brand's on its own server, and
 * a static export's when the request comes to the host its card names. An export whose brand has a
 * hosted service (`tester.apiUrl`) carries `/.well-known/mcp` naming that service's `/mcp`; a
 * server that has the export (`EXPORTS_DIR`, by default the project's exports/) and is that
 * service answers its agents with the export's pages: its hidden guides absent, its platform name,
 * its `uses`.
 */

export interface BrandDocs {
	/** The brand's id, under which its agents' feedback is counted. */
	brand: string;
	library: DocsLibrary;
	/** The export's own card, as it ships; absent for the house brand, whose card the server writes. */
	card?: McpServerCard;
}

export interface BrandDocsOptions {
	/** The house brand, its built site, and the hosts it is published on: no export may claim those. */
	house: { brand: string; siteDir: string | undefined; hosts: string[] };
	/** A folder of static exports, one brand a folder (`npm run export` writes exports/<brand>/). */
	exportsDir: string | null;
	/** Whether the operator named the folder (`EXPORTS_DIR`): then a folder that cannot be read is said in the log. */
	exportsDirNamed: boolean;
}

interface BrandSite {
	brand: string;
	siteDir: string;
	card?: McpServerCard;
}

/** A Host header as the cards' endpoints spell it: lower case, without a trailing dot or a default port. */
export function hostKey(host: string): string {
	return host
		.trim()
		.toLowerCase()
		.replace(/\.(?=:\d+$|$)/, '')
		.replace(/:(80|443)$/, '');
}

/**
 * Each export's host, from the card it carries; exports without one (no hosted service) are not
 * answered for, and neither is one whose card names the house's own host: this server's own
 * readers and agents get the house brand there, whatever a partner's tester points at.
 */
async function exportsByHost({
	house,
	exportsDir,
	exportsDirNamed,
}: BrandDocsOptions & { exportsDir: string }): Promise<Map<string, BrandSite>> {
	const byHost = new Map<string, BrandSite>();
	const houseHosts = new Set(house.hosts.map(hostKey));
	const folders = await readdir(exportsDir, { withFileTypes: true }).catch((error: unknown) => {
		const code = (error as { code?: unknown }).code;
		if (exportsDirNamed || code !== 'ENOENT')
			logEvent('warn', 'mcp_exports_unreadable', { reason: typeof code === 'string' ? code : 'error' });
		return [];
	});
	for (const folder of folders) {
		// A build in progress (`.build-<id>`) is not an export yet.
		if (!folder.isDirectory() || folder.name.startsWith('.')) continue;
		const siteDir = join(exportsDir, folder.name);
		const text = await readFile(join(siteDir, '.well-known', 'mcp'), 'utf8').catch(() => null);
		if (text === null) continue;
		let parsed: unknown;
		try {
			parsed = JSON.parse(text);
		} catch {
			parsed = null;
		}
		const card = McpServerCardSchema.safeParse(parsed);
		if (!card.success) {
			logEvent('warn', 'mcp_export_card_invalid', { export: folder.name });
			continue;
		}
		const host = hostKey(new URL(card.data.endpoint).host);
		if (houseHosts.has(host)) logEvent('warn', 'mcp_export_host_is_house', { export: folder.name, host });
		else if (byHost.has(host)) logEvent('warn', 'mcp_export_host_taken', { export: folder.name, host, by: byHost.get(host)!.brand });
		else byHost.set(host, { brand: card.data.brand.id, siteDir, card: card.data });
	}
	if (byHost.size > 0)
		logEvent('info', 'mcp_exports_found', {
			hosts: [...byHost.keys()].join(' '),
			brands: [...byHost.values()].map((site) => site.brand).join(' '),
		});
	return byHost;
}

/** The brand docs for a request's Host; null where there is no build to read (then the route says so). */
export function brandDocs(options: BrandDocsOptions): (host: string | undefined) => Promise<BrandDocs | null> {
	const { house, exportsDir } = options;
	// Read once, on the first agent's request (most servers never get one): a new export is answered for after a restart.
	let exports: Promise<Map<string, BrandSite>> | undefined;
	const libraries = new Map<string, Promise<DocsLibrary | null>>();
	const libraryOf = (siteDir: string) => {
		let library = libraries.get(siteDir);
		if (!library) {
			library = loadDocsLibrary(siteDir).catch((error: unknown) => {
				logEvent('error', 'docs_library_failed', { siteDir, error: error instanceof Error ? error.message : String(error) });
				return null;
			});
			libraries.set(siteDir, library);
		}
		return library;
	};
	return async (host) => {
		exports ??= exportsDir ? exportsByHost({ ...options, exportsDir }) : Promise.resolve(new Map());
		const site = host ? (await exports).get(hostKey(host)) : undefined;
		if (site) {
			const library = await libraryOf(site.siteDir);
			return library ? { brand: site.brand, library, ...(site.card ? { card: site.card } : {}) } : null;
		}
		if (!house.siteDir) return null;
		const library = await libraryOf(house.siteDir);
		return library ? { brand: house.brand, library } : null;
	};
}
