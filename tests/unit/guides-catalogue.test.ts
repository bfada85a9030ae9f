import { readdirSync } from 'node:fs';
import { locales } from '../../src/lib/shared/locales';
import { describe, expect, test } from 'vitest';
import {
	guideCatalogue,
	guideMarkdownPath,
	guidePath,
	guideSlug,
	hideableSlugs,
	houseServerSlugs,
	outsideSidebarSlugs,
	requiredSidebarSlugs,
	sidebarSlugs,
	visibleSections,
} from '../../src/lib/shared/guide-catalogue';
import { sidebarFor } from '../../config/sidebar';
import { guidePaths, referencePaths } from '../support/guides';

describe('the guide catalogue', () => {
	test('lists every page of src/content/docs/ but the 404 page, and nothing else', () => {
		const pages = readdirSync('src/content/docs')
			.filter((name) => !(locales as readonly string[]).includes(name))
			.map((name) => name.replace(/\.mdx?$/, ''))
			.filter((slug) => slug !== '404');
		expect(guideCatalogue.map((guide) => guide.slug).sort()).toEqual(pages.sort());
	});

	test('gives the sidebar the promised guides in the promised order, and the rest outside it', () => {
		expect(sidebarSlugs.map(guidePath)).toEqual([...guidePaths]);
		expect(outsideSidebarSlugs).toEqual(['reconnect', 'decode', 'sources', 'embed']);
		expect(outsideSidebarSlugs.map(guidePath)).toEqual(expect.arrayContaining([...referencePaths]));
		expect(houseServerSlugs).toEqual(['embed']);
	});

	test('lets a brand hide the optional guides only: never the tester’s pages or /sources/', () => {
		expect(hideableSlugs).toEqual(['prerequisites', 'generate-token', 'rotate-token', 'revoke-token', 'known-limitations', 'token-safety']);
		expect(requiredSidebarSlugs).toEqual(['index', 'environments', 'link-account', 'troubleshooting']);
	});

	test('groups the sidebar by section, dropping hidden guides and the sections they empty', () => {
		expect(visibleSections([]).map((section) => section.label)).toEqual(['Overview', 'Connect Remote', 'Manage the token', 'Reference']);
		const hidden = visibleSections(['rotate-token', 'revoke-token', 'known-limitations']);
		expect(hidden.map((section) => section.label)).toEqual(['Overview', 'Connect Remote', 'Reference']);
		expect(hidden.at(-1)!.slugs).toEqual(['troubleshooting', 'token-safety']);
		expect(sidebarFor([])[0]).toEqual({ slug: 'index', label: 'Overview' });
		expect(sidebarFor([])[1]).toEqual({
			label: 'Connect Remote',
			items: [{ slug: 'prerequisites' }, { slug: 'generate-token' }, { slug: 'environments' }, { slug: 'link-account' }],
		});
	});

	test('names each page’s paths', () => {
		expect([guidePath('index'), guidePath(''), guidePath('sources')]).toEqual(['/', '/', '/sources/']);
		expect([guideMarkdownPath('index'), guideMarkdownPath('environments')]).toEqual(['/index.md', '/environments.md']);
	});

	test("names the overview `index` wherever Starlight’s route data calls it `''`", () => {
		expect([guideSlug(''), guideSlug('index'), guideSlug('sources')]).toEqual(['index', 'index', 'sources']);
	});
});
