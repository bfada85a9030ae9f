import type { APIContext } from 'astro';
import siteSettings from 'virtual:remote-connect/site';
import { guideSections } from '../lib/build/guides-data';
import { GuidesDataSchema, type GuidesData } from '../lib/build/guides-data-schema';
import { fieldAnchors } from '../lib/shared/guide-catalogue';
import type { Locale } from '../lib/shared/locales';
import { reconnectHref, reconnectReasons, reconnectSections, reconnectUrlPattern } from '../lib/shared/reconnect-reasons';
import { getGuidesInOrder, guideMarkdownUrl, guideUrl, renderGuideHtml, sitePath } from './guides';

/**
 * Every guide of this brand's site as data, in one language: what /guides.json serves, and what
 * each platform format (/formats/…) is made from, so no format holds a second copy of any text.
 * Built from the same rendered pages as the Markdown twins; checked against its schema.
 */

// A production build renders each language's guides once for /guides.json and every format; under
// `astro dev` every request renders afresh, so an edited guide shows at once.
const built = new Map<Locale, Promise<GuidesData>>();

export function guidesDataFor(locale: Locale, context: APIContext): Promise<GuidesData> {
	if (!import.meta.env.PROD) return assemble(locale, context);
	let data = built.get(locale);
	if (!data) built.set(locale, (data = assemble(locale, context)));
	return data;
}

async function assemble(locale: Locale, context: APIContext): Promise<GuidesData> {
	const site = context.site ?? new URL(siteSettings.url);
	const guides: GuidesData['guides'] = [];
	for (const guide of await getGuidesInOrder(locale)) {
		const { warning, sections } = await guideSections(await renderGuideHtml(guide, context), guide.entry.data.title, { baseUrl: site });
		guides.push({
			slug: guide.slug === 'index' ? '' : guide.slug,
			title: guide.entry.data.title,
			description: guide.entry.data.description ?? '',
			url: guideUrl(guide, site),
			markdownUrl: guideMarkdownUrl(guide, site),
			...(warning ? { warning } : {}),
			sections,
		});
	}
	const { access, platformName, uses } = siteSettings.words[locale]!;
	const absolute = (path: string) => new URL(sitePath(path, locale), site).href;
	return GuidesDataSchema.parse({
		locale,
		brand: { name: siteSettings.title, platformName, url: site.href },
		recommendedCollection: access ? { collection: access.collection, reason: access.reason, uses } : null,
		fields: { token: absolute(fieldAnchors.token), environment: absolute(fieldAnchors.environment) },
		reconnect: {
			pattern: `${absolute('/reconnect/')}?${reconnectUrlPattern.split('?')[1]}`,
			reasons: reconnectReasons.map((code) => ({
				code,
				url: reconnectHref(absolute('/reconnect/'), code),
				section: absolute(`/reconnect/#${reconnectSections[code]}`),
			})),
		},
		errorCatalogue: absolute('/error-catalogue.json'),
		guides,
	} satisfies GuidesData);
}
