import { readFile } from 'node:fs/promises';
import { relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { filesUnder } from '../../src/lib/server/files-under';

/** Files a reader or a crawler follows links in. */
const checkedExtensions = ['.html', '.md', '.txt', '.xml'];

/**
 * Fails the build when anything it wrote still links to a guide the brand hides: a link in a page,
 * a Markdown twin, llms.txt or the sitemap. The link validator reads the MDX source, where links
 * wrapped in <IfShown> are still present, so this checks what actually ships instead.
 */
export function hiddenPagesGuard(hidden: readonly string[]): AstroIntegration {
	return {
		name: 'remote-connect:hidden-pages-guard',
		hooks: {
			'astro:build:done': async ({ dir, logger }) => {
				if (hidden.length === 0) return;
				const root = fileURLToPath(dir);
				// In any language: `/revoke-token/` and `/de/revoke-token/` are the same hidden guide.
				const link = new RegExp(`(?:["'(\\s]|https?://[^/\\s"'()]+)(?:/[a-z]{2})?/(${hidden.join('|')})(?:[/#?"'()\\s]|\\.md\\b)`, 'g');
				const offenders: string[] = [];
				for (const file of await filesUnder(root, (name) => checkedExtensions.some((extension) => name.endsWith(extension)))) {
					for (const match of (await readFile(file, 'utf8')).matchAll(link)) {
						offenders.push(`${relative(root, file)} links to the hidden guide "${match[1]}"`);
					}
				}
				if (offenders.length > 0) {
					throw new Error(
						`This brand hides ${hidden.join(', ')}, but the build still links there:\n` +
							offenders.map((offender) => `  - ${offender}`).join('\n') +
							'\nWrap such links in <IfShown slug="…"> (src/components/IfShown.astro), or stop hiding the guide.',
					);
				}
				logger.info(`No links into the hidden guides (${hidden.join(', ')}).`);
			},
		},
	};
}
