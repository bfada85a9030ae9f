// `npm run audit`: Lighthouse (performance, accessibility, best practices, SEO) on `/`,
// `/environments/` and `/troubleshooting/`, served by the production server on 127.0.0.1 and
// loaded in Debian's Chromium. Prints the scores and records them in BENCHMARKS.md.
import { spawn, spawnSync } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import lighthouse from 'lighthouse';
import { chromiumArgs, chromiumPath } from './chromium.mjs';
import { freePort } from './processes.mjs';
import { writeReportSection } from './report-section.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));
const pages = ['/', '/environments/', '/troubleshooting/'];
const categories = ['performance', 'accessibility', 'best-practices', 'seo'];
const children = [];
process.on('exit', () => children.forEach((child) => child.exitCode === null && child.kill('SIGTERM')));

/** Polls `url` until it answers, for servers that say nothing when they are ready. */
async function waitFor(url) {
	for (let attempt = 0; attempt < 100; attempt++) {
		try {
			if ((await fetch(url)).ok) return;
		} catch {}
		await new Promise((resolve) => setTimeout(resolve, 100));
	}
	throw new Error(`${url} did not answer`);
}

spawnSync(process.execPath, ['scripts/build-if-needed.mjs'], { cwd: root, stdio: 'inherit' });
const sitePort = await freePort();
children.push(
	spawn(process.execPath, ['server.mjs'], {
		cwd: root,
		env: { ...process.env, HOST: '127.0.0.1', PORT: String(sitePort) },
		stdio: 'ignore',
	}),
);
await waitFor(`http://127.0.0.1:${sitePort}/api/health`);

const debuggingPort = await freePort();
children.push(
	spawn(
		chromiumPath,
		[
			...chromiumArgs,
			`--remote-debugging-port=${debuggingPort}`,
			`--user-data-dir=${mkdtempSync(join(tmpdir(), 'audit-chromium-'))}`,
			'about:blank',
		],
		{ stdio: 'ignore' },
	),
);
await waitFor(`http://127.0.0.1:${debuggingPort}/json/version`);

const rows = [];
let lighthouseVersion = '';
for (const path of pages) {
	const result = await lighthouse(`http://127.0.0.1:${sitePort}${path}`, {
		port: debuggingPort,
		logLevel: 'error',
		output: 'json',
		onlyCategories: categories,
	});
	lighthouseVersion = result.lhr.lighthouseVersion;
	const scores = categories.map((category) => Math.round((result.lhr.categories[category]?.score ?? 0) * 100));
	const failing = Object.values(result.lhr.audits)
		.filter(
			(audit) =>
				audit.score !== null && audit.score < 0.9 && audit.scoreDisplayMode !== 'informative' && audit.scoreDisplayMode !== 'notApplicable',
		)
		.map((audit) => audit.id);
	rows.push(`| \`${path}\` | ${scores.join(' | ')} | ${failing.join(', ') || 'none'} |`);
}

const table = [
	'| page | performance | accessibility | best practices | SEO | audits below 90 |',
	'| --- | --- | --- | --- | --- | --- |',
	...rows,
].join('\n');
console.log(`\n${table}`);
writeReportSection(
	join(root, 'BENCHMARKS.md'),
	'audit',
	`## Lighthouse

Latest run of \`npm run audit\` (${new Date().toISOString().slice(0, 10)}): Lighthouse ${lighthouseVersion} with its default (mobile, simulated throttling) settings, in Debian's Chromium, against \`node server.mjs\` on 127.0.0.1.

${table}

The audits listed count for none of the scores. \`max-potential-fid\` (when listed) is the longest
main-thread task under simulated mobile throttling. The two insights name the site's two stylesheets, which every page needs before its first paint (the
print stylesheet is \`media="print"\`), and the chain page → stylesheet. Every script is a module
(deferred) except Starlight's small inline theme and sidebar scripts, which must run before paint
to avoid a flash of the wrong theme. The tester adds no stylesheet or script to other pages.`,
);
console.log('Recorded in BENCHMARKS.md.');
process.exit(0);
