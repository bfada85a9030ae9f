import type { APIRoute, GetStaticPaths } from 'astro';
import { fieldAnchors } from '../../lib/shared/guide-catalogue';
import { reasonParameter, reconnectReasons, reconnectSections, reconnectUrlPattern } from '../../lib/shared/reconnect-reasons';
import type { Locale } from '../../lib/shared/locales';
import siteSettings from 'virtual:remote-connect/site';
import { guideSections } from '../../lib/build/guides-data';
import { GuidesDataSchema, type GuidesData } from '../../lib/build/guides-data-schema';
import { getGuidesInOrder, guideMarkdownUrl, guideUrl, perLanguage, renderGuideHtml, sitePath } from '../../utils/guides';

export const getStaticPaths = (() => perLanguage()) satisfies GetStaticPaths;

/**
 * Every guide of this brand's site as data, in task order, in one language (`/guides.json` in the
 * root language, `/de/guides.json`…), for platforms that keep their own copy of a provider's guide
 * (see src/lib/build/guides-data-schema.ts for the shape, and /guides.schema.json). Built from the
 * same rendered pages as the Markdown twins; checked against its schema as it is built.
 */
export const GET: APIRoute<{ locale: Locale }> = async (context) => {
	const { locale } = context.props;
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
	const data = GuidesDataSchema.parse({
		locale,
		brand: { name: siteSettings.title, platformName, url: site.href },
		recommendedCollection: access ? { collection: access.collection, reason: access.reason, uses } : null,
		fields: {
			token: new URL(sitePath(fieldAnchors.token, locale), site).href,
			environment: new URL(sitePath(fieldAnchors.environment, locale), site).href,
		},
		reconnect: {
			pattern: `${absolute('/reconnect/')}?${reconnectUrlPattern.split('?')[1]}`,
			reasons: reconnectReasons.map((code) => ({
				code,
				url: `${absolute('/reconnect/')}?${reasonParameter}=${code}`,
				section: absolute(`/reconnect/#${reconnectSections[code]}`),
			})),
		},
		errorCatalogue: absolute('/error-catalogue.json'),
		guides,
	} satisfies GuidesData);
	return new Response(`${JSON.stringify(data, null, '\t')}\n`, { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
};
