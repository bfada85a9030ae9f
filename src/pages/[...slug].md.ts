import type { APIRoute, GetStaticPaths } from 'astro';
import { getGuidesInOrder, getPagesOutsideSidebar, renderGuideMarkdown, type Guide } from '../utils/guides';

/** Each guide as Markdown at `/<slug>.md` (the overview at `/index.md`), for people and LLMs. */
export const getStaticPaths = (async () => {
	const guides = [...(await getGuidesInOrder()), ...(await getPagesOutsideSidebar())];
	return guides.map((guide) => ({ params: { slug: guide.id }, props: { guide } }));
}) satisfies GetStaticPaths;

export const GET: APIRoute<{ guide: Guide }> = async (context) => {
	const markdown = await renderGuideMarkdown(context.props.guide, context);
	return new Response(markdown, { headers: { 'Content-Type': 'text/markdown; charset=utf-8' } });
};
