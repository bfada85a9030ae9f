import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { siteSettingsVariables } from '../../config/site';
import { ApiSettingsSchema } from '../../src/lib/server/api-settings';
import { InsightsSettingsSchema } from '../../src/lib/server/insights/insights-settings';
import { ServerSettingsSchema } from '../../src/lib/server/server-settings';
import { helpCenterSettingsVariables } from '../../src/server/help-center-settings';

/**
 * The README is a door and docs/ the reference behind it: every link between them leads somewhere
 * that exists, and the table of settings says what the settings schema says, so neither can drift.
 */
const documents = [
	'README.md',
	'SECURITY.md',
	'BENCHMARKS.md',
	...readdirSync('docs', { recursive: true, encoding: 'utf8' })
		.filter((name) => name.endsWith('.md'))
		.map((name) => join('docs', name)),
];

/** GitHub's anchor for a heading: lower case, punctuation dropped, spaces as hyphens. */
const anchorOf = (heading: string) =>
	heading
		.trim()
		.toLowerCase()
		.replace(/[`*]/g, '')
		.replace(/[^\w\- ]/g, '')
		.replaceAll(' ', '-');

const anchorsIn = (file: string) =>
	new Set([...readFileSync(file, 'utf8').matchAll(/^#{1,4} (.+)$/gm)].map(([, heading]) => anchorOf(heading!)));

describe('the README and docs/', () => {
	test('the README stays a door: two screens, not a manual', () => {
		expect(readFileSync('README.md', 'utf8').split('\n').length).toBeLessThan(130);
	});

	test.each(documents)('every relative link in %s leads to a file, and a #section to a heading, that exist', (file) => {
		const text = readFileSync(file, 'utf8').replace(/```[\s\S]*?```/g, '');
		for (const [, target] of text.matchAll(/(?<!!)\[[^\]]*\]\(([^)\s]+)\)/g)) {
			if (/^(https?:|mailto:|\/)/.test(target!)) continue;
			const [path, anchor] = target!.split('#') as [string, string | undefined];
			const linked = path === '' ? file : join(dirname(file), path);
			expect(existsSync(linked), `${file} → ${target}`).toBe(true);
			if (anchor && linked.endsWith('.md')) expect(anchorsIn(linked), `${file} → ${target}`).toContain(anchor);
		}
	});
});

/** The rows of the Markdown table that follows `heading`'s line in docs/configuration.md: variable → default. */
function documentedSettings(afterLine: string): Map<string, string> {
	const text = readFileSync('docs/configuration.md', 'utf8');
	const start = text.indexOf(afterLine);
	expect(start, `docs/configuration.md has "${afterLine}"`).toBeGreaterThan(-1);
	const rows = new Map<string, string>();
	for (const line of text.slice(start).split('\n').slice(1)) {
		if (rows.size > 0 && !line.startsWith('|')) break;
		const cells = /^\| `([A-Z_]+)` \| (.*?) \|/.exec(line);
		if (cells) rows.set(cells[1]!, cells[2]!);
	}
	return rows;
}

describe('docs/configuration.md', () => {
	const runtime = documentedSettings('Runtime settings, read when the server starts:');

	test('lists every runtime setting the server reads, and no other', () => {
		expect([...runtime.keys()].sort()).toEqual(Object.values(helpCenterSettingsVariables).sort());
	});

	test('gives each runtime setting the default its schema has', () => {
		const shape = { ...ApiSettingsSchema.shape, ...ServerSettingsSchema.shape, ...InsightsSettingsSchema.shape };
		for (const [field, variable] of Object.entries(helpCenterSettingsVariables)) {
			const schema = shape[field as keyof typeof shape];
			const fallback: unknown = schema.safeParse(undefined).data;
			const documented = runtime.get(variable);
			// A setting without a default is documented as "none"; a switch as 0 or 1.
			if (fallback === undefined) expect(documented, variable).toBe('none');
			else if (typeof fallback === 'boolean') expect(documented, variable).toBe(`\`${fallback ? 1 : 0}\``);
			else if (typeof fallback === 'string' || typeof fallback === 'number') expect(documented, variable).toBe(`\`${fallback}\``);
		}
	});

	test('lists every build setting', () => {
		const build = documentedSettings('Build-time settings, baked into the pages.');
		expect([...build.keys()].sort()).toEqual(Object.values(siteSettingsVariables).sort());
	});
});
