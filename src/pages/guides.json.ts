import type { APIRoute } from 'astro';
import { fieldAnchors } from '../lib/shared/guide-catalogue';
import siteSettings from 'virtual:remote-connect/site';
import { guideSections } from '../lib/build/guides-data';
import { GuidesDataSchema, type GuidesData } from '../lib/build/guides-data-schema';
import { getGuidesInOrder, guideMarkdownUrl, guideUrl, renderGuideHtml } from '../utils/guides';

/**
 * Every guide of this brand's site as data, in task order, for platforms that keep their own copy of
 * a provider's guide (see src/lib/build/guides-data-schema.ts for the shape, and /guides.schema.json).
 * Built from the same rendered pages as the Markdown twins; checked against its schema as it is built.
 */
export const GET: APIRoute = async (context) => {
	const site = context.site ?? new URL(siteSettings.url);
	const guides: GuidesData['guides'] = [];
	for (const guide of await getGuidesInOrder()) {
		const { warning, sections } = await guideSections(await renderGuideHtml(guide, context), guide.data.title, { baseUrl: site });
		guides.push({
			slug: guide.id === 'index' ? '' : guide.id,
			title: guide.data.title,
			description: guide.data.description ?? '',
			url: guideUrl(guide, site),
			markdownUrl: guideMarkdownUrl(guide, site),
			...(warning ? { warning } : {}),
			sections,
		});
	}
	const { access } = siteSettings;
	const data = GuidesDataSchema.parse({
		brand: { name: siteSettings.title, platformName: siteSettings.platformName, url: site.href },
		recommendedCollection: access ? { collection: access.collection, reason: access.reason } : null,
		fields: { token: new URL(fieldAnchors.token, site).href, environment: new URL(fieldAnchors.environment, site).href },
		guides,
	} satisfies GuidesData);
	return new Response(`${JSON.stringify(data, null, '\t')}\n`, { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
};
