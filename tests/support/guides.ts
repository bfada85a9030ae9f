import { guideMarkdownPath } from '../../src/lib/shared/guide-catalogue';

/**
 * The guide URLs as the issues promise them, in the order the sidebar must list them. Written out
 * here rather than taken from the catalogue (src/lib/shared/guide-catalogue.ts), so a change to the site that
 * breaks the promised URLs or order fails the tests instead of silently moving them along.
 */
export const guidePaths = [
	'/',
	'/prerequisites/',
	'/generate-token/',
	'/environments/',
	'/link-account/',
	'/rotate-token/',
	'/revoke-token/',
	'/known-limitations/',
	'/troubleshooting/',
	'/token-safety/',
] as const;

/**
 * Pages every brand has outside the sidebar, promised as well: where platforms send a reader whose
 * connection broke, the error decoder, and where each fact about Remote comes from.
 */
export const referencePaths = ['/reconnect/', '/decode/', '/sources/'] as const;

/** The Markdown twin of a guide page, as the site names it: `/environments/` → `/environments.md`, `/` → `/index.md`. */
export function markdownPathOf(path: string): string {
	return guideMarkdownPath(path === '/' ? 'index' : path.slice(1, -1));
}
