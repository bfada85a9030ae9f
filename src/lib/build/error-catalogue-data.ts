import { z } from 'zod';
import { certainties } from '../shared/remote-fact-schema';
import { decodedSections, errorSpeakers, knownErrors } from '../shared/error-catalogue';
import { locales, localizePath, type Locale } from '../shared/locales';
import { decodableData } from '../shared/error-decoding';
import { reconnectHref, reconnectReasons } from '../shared/reconnect-reasons';
import type { PageWords } from '../../i18n/page-words';

/**
 * /error-catalogue.json: the error decoder's catalogue as data, in one language, for platforms that
 * decode their own failure messages and for the agent interface. Every entry is the catalogue's
 * (src/lib/shared/error-catalogue.ts), with its pattern as a regular expression's source and flags,
 * and what it means said in the file's language with the links that explain and fix it.
 */

export const KnownErrorDataSchema = z.strictObject({
	id: z.string().describe('Stable: refer to an entry by it.'),
	shownBy: z.enum(errorSpeakers).describe('Who shows the text: Remote, any HTTP tool, or a named integration platform.'),
	text: z.string().describe('The text as its source shows it; `{…}` stands for what varies.'),
	pattern: z
		.strictObject({ source: z.string(), flags: z.string() })
		.describe('What finds the text in a pasted message: `new RegExp(source, flags)`. Mask secrets before matching.'),
	examples: z.array(z.string()).min(1).describe('Real wordings that contain it; each matches this entry and no other.'),
	means: z.enum(reconnectReasons).describe('What it most likely means, as the token tester’s result code; also a /reconnect/ reason.'),
	cause: z.string().describe('What it most likely means, in words.'),
	certainty: z
		.enum(certainties)
		.describe('verified: the source says so; reported: a source says so, not Remote’s current docs; inferred: reasoned.'),
	note: z.string().optional().describe('Why the meaning is only reported or inferred (in English).'),
	section: z.url().describe('The troubleshooting section about it.'),
	reconnect: z.url().describe('The reconnect walk for it.'),
	sources: z.array(z.strictObject({ title: z.string(), url: z.url() })).min(1),
	checked: z.iso.date().describe('When the sources were last read.'),
});

export const ErrorCatalogueDataSchema = z.strictObject({
	locale: z.enum(locales).describe('The language of `cause`; texts stay as their sources show them.'),
	entries: z.array(KnownErrorDataSchema).describe('Most specific first: the first entry a message matches says most.'),
});

export type ErrorCatalogueData = z.infer<typeof ErrorCatalogueDataSchema>;

/** The catalogue in `locale` on the site at `site` whose root language is `rootLocale`. */
export function errorCatalogueData(locale: Locale, rootLocale: Locale, site: URL, words: PageWords): ErrorCatalogueData {
	const url = (path: string) => new URL(localizePath(path, locale, rootLocale), site).href;
	return ErrorCatalogueDataSchema.parse({
		locale,
		entries: knownErrors.map((entry) => ({
			// What the decoder's page carries of it, its pattern as data (error-decoding.ts).
			...decodableData(entry),
			examples: [...entry.examples],
			cause: words.decoder.means[entry.means],
			...(entry.note ? { note: entry.note } : {}),
			section: url(decodedSections[entry.means]),
			reconnect: reconnectHref(url('/reconnect/'), entry.means),
			sources: entry.sources.map(({ title, url: source }) => ({ title, url: source })),
			checked: entry.checked,
		})),
	} satisfies ErrorCatalogueData);
}
