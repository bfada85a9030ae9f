import type { OutgoingHttpHeaders } from 'node:http';
import { locales, type Locale } from '../lib/shared/locales';

/** Where other sites load `<remote-token-tester>` from, on this help center's server. */
export const embedScriptPath = '/embed/token-tester.js';

/** Its TypeScript declarations, beside it (src/embed/remote-token-tester.d.ts as the build copies it). */
export const embedTypesPath = '/embed/token-tester.d.ts';

/** Each language's words, which a tester downloads beside its code for the one language it speaks. */
export const embedWordsPath = (locale: Locale) => `/embed/words/${locale}.js`;

/** The files other sites may fetch from /embed/, served with `embedScriptHeaders`. */
export const embedPaths: readonly string[] = [embedScriptPath, embedTypesPath, ...locales.map(embedWordsPath)];

/**
 * Any page may load the embeddable tester (module scripts are fetched with CORS) and its types
 * (a build tool may fetch them); only the origins
 * in EMBED_ALLOWED_ORIGINS may then use the API from it. Not fingerprinted, so cached briefly: a
 * new release reaches embedding pages within minutes.
 */
export const embedScriptHeaders: OutgoingHttpHeaders = {
	'Access-Control-Allow-Origin': '*',
	'Cross-Origin-Resource-Policy': 'cross-origin',
	'Cache-Control': 'public, max-age=300',
};
