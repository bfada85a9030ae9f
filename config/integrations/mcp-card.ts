import { mkdir, readFile, writeFile } from 'node:fs/promises';
import type { AstroIntegration } from 'astro';
import { GuidesDataSchema } from '../../src/lib/build/guides-data-schema.ts';
import { serializedCard, serverCard } from '../../src/server/mcp/server-card.ts';
import type { Site } from '../site';

/**
 * A static export whose brand has a hosted service (`tester.apiUrl`) carries the docs MCP server's
 * card at `/.well-known/mcp`, naming that service's `/mcp`: agents that find the export find its
 * server, and the service (a help center server with the export in its EXPORTS_DIR) learns from
 * it which brand's guides to answer that host with (src/server/mcp/brand-docs.ts). The house
 * server answers the same path itself.
 */
export function mcpCard(site: Site): AstroIntegration {
	let outDir: URL;
	return {
		name: 'remote-connect:mcp-card',
		hooks: {
			'astro:config:done': ({ config }) => {
				outDir = config.outDir;
			},
			'astro:build:done': async () => {
				if (!site.staticExport || !site.testerApiUrl?.startsWith('http')) return;
				const guides = GuidesDataSchema.parse(JSON.parse(await readFile(new URL('guides.json', outDir), 'utf8')));
				const { version } = JSON.parse(await readFile(new URL('../../package.json', import.meta.url), 'utf8')) as { version: string };
				const card = serverCard({
					guides,
					brandId: site.brand.id,
					locales: site.locales,
					endpointOrigin: new URL(site.testerApiUrl).origin,
					version,
				});
				await mkdir(new URL('.well-known/', outDir), { recursive: true });
				await writeFile(new URL('.well-known/mcp', outDir), serializedCard(card));
			},
		},
	};
}
