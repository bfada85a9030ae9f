import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { expect, test } from 'vitest';
import { hiddenPagesGuard } from '../../config/integrations/hidden-pages-guard';

/** Runs the guard's build-done hook over a folder holding `files`. */
async function guard(hidden: string[], files: Record<string, string>): Promise<void> {
	const root = mkdtempSync(join(tmpdir(), 'build-'));
	for (const [name, content] of Object.entries(files)) {
		mkdirSync(join(root, name, '..'), { recursive: true });
		writeFileSync(join(root, name), content);
	}
	const hook = hiddenPagesGuard(hidden).hooks['astro:build:done'] as (options: unknown) => Promise<void>;
	await hook({ dir: pathToFileURL(`${root}/`), logger: { info() {} } });
}

test('passes a build with no link into a hidden guide', async () => {
	await expect(
		guard(['known-limitations'], { 'index.html': '<a href="/troubleshooting/">t</a> known limitations' }),
	).resolves.toBeUndefined();
});

test.each([
	['a page', 'revoke-token/index.html', '<a href="/known-limitations/#rate-limits">limits</a>'],
	['a Markdown twin', 'revoke-token.md', 'See [limits](https://help.acme.example/known-limitations/).'],
	['llms.txt', 'llms.txt', '- [Known limitations](https://help.acme.example/known-limitations.md): …'],
	['the sitemap', 'sitemap-0.xml', '<loc>https://help.acme.example/known-limitations/</loc>'],
	['a link without the trailing slash', 'index.html', '<a href="/known-limitations">limits</a>'],
	['a link straight to an anchor', 'index.html', '<a href="/known-limitations#rate-limits">limits</a>'],
])('fails on a link into a hidden guide from %s, naming the file', async (_case, file, content) => {
	await expect(guard(['known-limitations'], { [file]: content })).rejects.toThrow(`${file} links to the hidden guide "known-limitations"`);
});
