import type { APIRoute, GetStaticPaths } from 'astro';
import type { Locale } from '../../lib/shared/locales';
import { perLanguage } from '../../utils/guides';
import { guidesDataFor } from '../../utils/guides-data';

export const getStaticPaths = (() => perLanguage()) satisfies GetStaticPaths;

/**
 * Every guide of this brand's site as data, in task order, in one language (`/guides.json` in the
 * root language, `/de/guides.json`…), for platforms that keep their own copy of a provider's guide
 * (see src/lib/build/guides-data-schema.ts for the shape, and /guides.schema.json).
 */
export const GET: APIRoute<{ locale: Locale }> = async (context) =>
	new Response(`${JSON.stringify(await guidesDataFor(context.props.locale, context), null, '\t')}\n`, {
		headers: { 'Content-Type': 'application/json; charset=utf-8' },
	});
