import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { hideableSlugs } from '../../config/guides';

/** A brand that hides every guide a brand may hide: the export must still build, with no dead link. */
const id = 'fixture-hide-everything';
const exportDir = join('exports', id);
let result: ReturnType<typeof spawnSync>;

beforeAll(() => {
	const brands = mkdtempSync(join(tmpdir(), 'brands-'));
	cpSync('brands/acme', join(brands, 'acme'), { recursive: true });
	writeFileSync(
		join(brands, `${id}.json`),
		JSON.stringify({
			name: 'Fixture Help',
			platformName: 'Fixture Hub',
			logo: 'acme/logo-light.svg',
			accentColor: '#1d4ed8',
			site: 'https://help.fixture.example',
			hide: hideableSlugs,
		}),
	);
	result = spawnSync(process.execPath, ['scripts/export.mjs', id], { env: { ...process.env, BRANDS_DIR: brands }, encoding: 'utf8' });
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

test('hiding every hideable guide still exports, keeping only the guides the tester needs', () => {
	expect(result.status, String(result.stderr)).toBe(0);
	for (const slug of ['environments', 'link-account', 'troubleshooting'])
		expect(existsSync(join(exportDir, slug, 'index.html'))).toBe(true);
	for (const slug of hideableSlugs) expect(existsSync(join(exportDir, slug))).toBe(false);
});

test('no page links to a hidden guide, and every guide still ends with a next step that exists', () => {
	const hidden = new RegExp(`href="/(${hideableSlugs.join('|')})[/#"]`);
	for (const file of htmlFiles(exportDir)) expect(readFileSync(file, 'utf8'), file).not.toMatch(hidden);
	// The overview's quick path is the whole job; its pagination leads on to the first guide left.
	const overview = readFileSync(join(exportDir, 'index.html'), 'utf8');
	expect(overview).toMatch(/<a href="\/environments\/" rel="next"[^>]*>[\s\S]*?Choose an environment/);
	// The environments guide still ends with its own "Next:" link, to the next guide that exists.
	expect(readFileSync(join(exportDir, 'environments', 'index.html'), 'utf8')).toMatch(
		/Next: <a href="\/link-account\/">Link your account<\/a>/,
	);
});
