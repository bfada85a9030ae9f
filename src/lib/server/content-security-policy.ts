import { createHash } from 'node:crypto';

/**
 * The pages' Content-Security-Policy. Astro's `security.csp` hashes the scripts and styles it
 * bundles, but not the inline scripts Starlight writes with `is:inline` (theme, sidebar state,
 * search shortcut) nor the `style` attributes of its icons and code blocks. The build writes each
 * page's policy from the page itself (config/integrations/content-security-policy.ts), so nothing
 * inline runs or applies unless its exact text is listed: no 'unsafe-inline' anywhere.
 */

export type Policy = Map<string, string[]>;

/** The `<meta>` tag Astro writes into every page with security.csp on (and the build completes). */
export const policyMetaPattern = /<meta http-equiv="content-security-policy" content="([^"]*)">/;

/** The policy in a page's `<meta>` tag, if it has one. */
export function pagePolicyOf(html: string): string | undefined {
	return policyMetaPattern.exec(html)?.[1];
}

/** What a page carries inline, exactly as the browser will hash it (entities decoded). */
export interface InlineContent {
	scripts: string[];
	styles: string[];
	styleAttributes: string[];
}

export interface PolicyOptions {
	/** Origins besides this site the page may send requests to (a brand's hosted tester). */
	connectOrigins?: readonly string[];
}

export function parsePolicy(text: string): Policy {
	const policy: Policy = new Map();
	for (const directive of text.split(';')) {
		const [name, ...sources] = directive.trim().split(/\s+/);
		if (name) policy.set(name.toLowerCase(), sources);
	}
	return policy;
}

export function serializePolicy(policy: Policy): string {
	return [...policy].map(([name, sources]) => [name, ...sources].join(' ')).join('; ');
}

export const sha256Source = (text: string): string => `'sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}'`;

const unique = (sources: string[]) => [...new Set(sources)];

/** Astro's sources for a directive, less its hashes: the page's own inline content decides those. */
const withoutHashes = (sources: string[] = []) => ["'self'", ...sources.filter((source) => !/^'sha(256|384|512)-/.test(source))];

/**
 * A page's complete policy: the hash of exactly what the page carries inline, and the directives
 * that close what Astro leaves open (everything defaults to this site only).
 *
 * Astro lists hashes for every script and style it bundled across the site; a page needs only its
 * own inline ones (an external script or stylesheet from this site is allowed by 'self'), so the
 * rest are dropped. Every page's header is then about half as long, which every answer pays for.
 */
export function completePolicy(astroPolicy: string, inline: InlineContent, { connectOrigins = [] }: PolicyOptions = {}): string {
	const astro = parsePolicy(astroPolicy);
	const policy: Policy = new Map([
		['default-src', ["'self'"]],
		// Pagefind's search index is WebAssembly, compiled in the page: 'wasm-unsafe-eval' allows
		// that and nothing else (no eval of JavaScript).
		['script-src', unique([...withoutHashes(astro.get('script-src')), ...inline.scripts.map(sha256Source), "'wasm-unsafe-eval'"])],
		['style-src', unique([...withoutHashes(astro.get('style-src')), ...inline.styles.map(sha256Source)])],
		// Style attributes are allowed by exact value only ('unsafe-hashes' is what lets a hash
		// match an attribute); an injected attribute with any other value is ignored.
		...(inline.styleAttributes.length > 0
			? [['style-src-attr', ["'unsafe-hashes'", ...unique(inline.styleAttributes.map(sha256Source))]] as [string, string[]]]
			: []),
		['img-src', ["'self'", 'data:']],
		['font-src', ["'self'"]],
		['connect-src', unique(["'self'", ...connectOrigins])],
		['worker-src', ["'self'"]],
		['object-src', ["'none'"]],
		['base-uri', ["'self'"]],
		['form-action', ["'self'"]],
	]);
	return serializePolicy(policy);
}

/**
 * The policy for responses that are not pages (JSON, scripts, images): they load nothing, and
 * an SVG or a JSON answer opened on its own can run nothing.
 */
export const resourcePolicy = "default-src 'none'";

/**
 * The policy for scripts. It only takes effect when a script runs as a worker, as Pagefind's
 * search does: that worker fetches the index and compiles its WebAssembly, from this site only.
 */
export const scriptPolicy = "default-src 'self'; script-src 'self' 'wasm-unsafe-eval'; object-src 'none'";

/** The header form of a policy: `frame-ancestors` only works there, not in a `<meta>` tag. */
export function withFrameAncestors(policy: string, frameAncestors: string): string {
	return `${policy}; frame-ancestors ${frameAncestors}`;
}
