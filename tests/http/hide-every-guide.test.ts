import type { SpawnSyncReturns } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { hideableSlugs } from '../../src/lib/shared/guide-catalogue';
import { exportFixtureBrand } from '../support/fixture-export';

/** A brand that hides every guide a brand may hide: the export must still build, with no dead link. */
const id = 'fixture-hide-everything';
const exportDir = join('exports', id);
let result: SpawnSyncReturns<string>;
/** Where each language's pages are: the root language at the root, the others under their prefix. */
const languagePrefixes = ['', 'de', 'fr', 'es'];

beforeAll(() => {
	({ result } = exportFixtureBrand(id, {
		name: 'Fixture Help',
		platformName: 'Fixture Hub',
		site: 'https://help.fixture.example',
		hide: hideableSlugs,
	}));
}, 60_000);

afterAll(() => {
	rmSync(exportDir, { recursive: true, force: true });
});

function htmlFiles(folder: string): string[] {
	return readdirSync(folder).flatMap((name) => {
		const path = join(folder, name);
		return statSync(path).isDirectory() ? htmlFiles(path) : path.endsWith('.html') ? [path] : [];
	});
}

test('hiding every hideable guide still exports, keeping only the guides the tester needs, in every language', () => {
	expect(result.status, String(result.stderr)).toBe(0);
	for (const prefix of languagePrefixes) {
		for (const slug of ['environments', 'link-account', 'troubleshooting'])
			expect(existsSync(join(exportDir, prefix, slug, 'index.html')), `${prefix}/${slug}`).toBe(true);
		for (const slug of hideableSlugs) expect(existsSync(join(exportDir, prefix, slug)), `${prefix}/${slug}`).toBe(false);
	}
});

/** The file an export serves for a site path, as a static host would: `/x/` → `x/index.html`. */
function servedFile(path: string): string {
	const file = join(exportDir, decodeURIComponent(path));
	return path.endsWith('/') ? join(file, 'index.html') : file;
}

test('no page links to a hidden guide in any language, or to any page the export lacks', () => {
	const hidden = new RegExp(`href="(/[a-z]{2})?/(${hideableSlugs.join('|')})[/#"]`);
	for (const file of htmlFiles(exportDir)) {
		const html = readFileSync(file, 'utf8');
		expect(html, file).not.toMatch(hidden);
		for (const [, path] of html.matchAll(/href="(\/(?!\/)[^"#?]*)/g)) expect(existsSync(servedFile(path!)), `${file} → ${path}`).toBe(true);
	}
});

test('every guide left leads on, in every language: a "Next:" link or pagination to a guide that exists, or the end of the task', () => {
	for (const prefix of languagePrefixes) {
		const folder = join(exportDir, prefix);
		const own = (file: string) => prefix !== '' || !languagePrefixes.some((other) => other && file.startsWith(join(exportDir, other, '/')));
		const guides = htmlFiles(folder).filter(
			(file) => own(file) && !file.endsWith('404.html') && !file.includes(`${join('404', 'index.html')}`),
		);
		expect(guides.length, prefix).toBeGreaterThanOrEqual(4);
		// The last guide left in the brand's order is where the guides end.
		const listed = (JSON.parse(readFileSync(join(folder, 'guides.json'), 'utf8')) as { guides: Array<{ url: string }> }).guides;
		const last = servedFile(new URL(listed.at(-1)!.url).pathname);
		for (const file of guides) {
			const html = readFileSync(file, 'utf8');
			const nextSteps = [
				...html.matchAll(/<a href="(\/[^"]*)" rel="next"/g),
				...html.matchAll(/<p class="next-guide">[^<]*<a href="(\/[^"]*)"/g),
			].map(([, path]) => path!);
			// Linking the account ends the task (it has no Next on purpose); every other guide leads on.
			if (file === join(folder, 'link-account', 'index.html')) continue;
			// Pages outside the sidebar are destinations, not steps of the task: /reconnect/ ends at the
			// way back to the platform, /decode/ at the section it names, /sources/ is a reference.
			if (['reconnect', 'decode', 'sources'].some((page) => file === join(folder, page, 'index.html')) || file === last) continue;
			expect(nextSteps.length, `${file} has no next step`).toBeGreaterThan(0);
			for (const path of nextSteps) expect(existsSync(servedFile(path)), `${file} → ${path}`).toBe(true);
		}
	}
	// The overview's quick path is the whole job; its pagination leads on to the first guide left.
	expect(readFileSync(join(exportDir, 'index.html'), 'utf8')).toMatch(
		/<a href="\/environments\/" rel="next"[^>]*>[\s\S]*?Choose an environment/,
	);
	expect(readFileSync(join(exportDir, 'de', 'index.html'), 'utf8')).toMatch(/<a href="\/de\/environments\/" rel="next"/);
});
