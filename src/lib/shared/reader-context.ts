import { environments, type Environment } from './environments';

/**
 * What a platform tells the guides when it sends a reader to them: `?environment=production|sandbox`
 * (the environment its connect form is set to) and `?return=<url>` (where "Back to {platform}"
 * leads). The first guide a reader lands on keeps both for the rest of the visit, in the tab's
 * session storage, and takes them out of the address bar: they survive moving between guides,
 * and travel in no later request, so no server or proxy log ever holds them.
 */
export interface ReaderContext {
	environment?: Environment;
	/** Only ever a URL on one of the brand's `returnOrigins`. */
	returnUrl?: string;
}

export const contextParameters = { environment: 'environment', return: 'return' } as const;

const storageKey = 'remote-connect:context';

/**
 * `value` as a URL to send the reader back to, or null unless it is absolute, http(s), and on one of
 * `allowedOrigins` (exactly: scheme, host and port): no open redirect, no `javascript:`.
 */
export function allowedReturnUrl(value: string | null | undefined, allowedOrigins: readonly string[]): string | null {
	if (!value || !URL.canParse(value)) return null;
	const url = new URL(value);
	return /^https?:$/.test(url.protocol) && allowedOrigins.includes(url.origin) ? url.href : null;
}

/**
 * The context after arriving at `url`: what the tab already kept, updated with what the URL's
 * query says. A parameter present but not acceptable removes what was kept for it, so a stale
 * way back is never offered after a platform sent another.
 */
export function contextAfterVisit(url: URL, kept: ReaderContext, allowedOrigins: readonly string[]): ReaderContext {
	const context = { ...kept };
	// Kept from an earlier page, but checked again: the list may have changed since.
	if (!allowedReturnUrl(context.returnUrl, allowedOrigins)) delete context.returnUrl;
	const { searchParams } = url;
	if (searchParams.has(contextParameters.environment)) {
		const environment = searchParams.get(contextParameters.environment);
		if ((environments as readonly (string | null)[]).includes(environment)) context.environment = environment as Environment;
		else delete context.environment;
	}
	if (searchParams.has(contextParameters.return)) {
		const returnUrl = allowedReturnUrl(searchParams.get(contextParameters.return), allowedOrigins);
		if (returnUrl) context.returnUrl = returnUrl;
		else delete context.returnUrl;
	}
	return context;
}

/** The URL without the context's parameters, as the address bar should show it. */
export function withoutContextParameters(url: URL): URL {
	const clean = new URL(url);
	for (const name of Object.values(contextParameters)) clean.searchParams.delete(name);
	return clean;
}

/** What this tab keeps; nothing when storage is unavailable (private modes, blocked storage). */
export function keptContext(storage: Pick<Storage, 'getItem'> | undefined = globalThis.sessionStorage): ReaderContext {
	try {
		return JSON.parse(storage?.getItem(storageKey) ?? '{}') as ReaderContext;
	} catch {
		return {};
	}
}

/** The origins a way back may lead to: the brand's `returnOrigins`, which every page names in a `<meta>`. */
export const returnOriginsMeta = 'remote-connect:return-origins';

function pageReturnOrigins(): string[] {
	try {
		return JSON.parse(document.querySelector<HTMLMetaElement>(`meta[name="${returnOriginsMeta}"]`)?.content ?? '[]') as string[];
	} catch {
		return [];
	}
}

/**
 * Arrives at the page: keeps what its URL says for the rest of the visit, and cleans the address
 * bar. Every guide does this as it loads; the tester asks again (it may run first): the second
 * call finds a clean URL and the same kept context.
 */
export function arrive(allowedOrigins: readonly string[] = pageReturnOrigins()): ReaderContext {
	const url = new URL(location.href);
	const context = contextAfterVisit(url, keptContext(), allowedOrigins);
	try {
		// Only what a platform said is kept: most readers come with nothing, and leave nothing behind.
		if (Object.keys(context).length > 0) sessionStorage.setItem(storageKey, JSON.stringify(context));
		else sessionStorage.removeItem(storageKey);
	} catch {
		// Without storage the context lasts for this page only.
	}
	const clean = withoutContextParameters(url);
	if (clean.href !== url.href) history.replaceState(history.state, '', clean);
	return context;
}
