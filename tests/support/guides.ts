/**
 * The guide slugs as the issue fixes them, in the order the sidebar must list them. Written out
 * here rather than imported from config/sidebar.ts, so a change to the site that breaks the
 * promised URLs or order fails the tests instead of silently moving them along.
 */
export const guidePaths = [
	'/',
	'/prerequisites/',
	'/generate-token/',
	'/environments/',
	'/link-account/',
	'/revoke-token/',
	'/known-limitations/',
	'/troubleshooting/',
	'/token-safety/',
] as const;

/** Pages every brand has outside the sidebar, promised as well: where each fact about Remote comes from. */
export const referencePaths = ['/sources/'] as const;

/** The Markdown twin of a guide page: `/environments/` → `/environments.md`, `/` → `/index.md`. */
export function markdownPathOf(path: string): string {
	return path === '/' ? '/index.md' : `${path.slice(0, -1)}.md`;
}
