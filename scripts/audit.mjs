// `npm run audit`: Lighthouse (performance, accessibility, best practices, SEO) on every guide page
// (the ones guides.json lists) and /sources/, served by the production server on 127.0.0.1 and
// loaded in Debian's Chromium. Prints the scores and records them in BENCHMARKS.md.
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import lighthouse from 'lighthouse';
import { chromiumArgs, chromiumPath } from './chromium.mjs';
import { helpCenterListening, startProcess } from './processes.mjs';
import { writeReportSection } from './report-section.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));
const categories = ['performance', 'accessibility', 'best-practices', 'seo'];
const children = [];
process.on('exit', () => children.forEach((child) => child.exitCode === null && child.kill('SIGTERM')));

spawnSync(process.execPath, ['scripts/build-if-needed.mjs'], { cwd: root, stdio: 'inherit' });
const site = await startProcess(process.execPath, ['server.mjs'], {
	cwd: root,
	env: { HOST: '127.0.0.1', PORT: '0' },
	ready: helpCenterListening,
	showErrors: false,
});
children.push(site.child);
const [, siteUrl] = site.match;
// Every guide the build lists in guides.json, and /sources/, which the guides link to.
const guides = await (await fetch(`${siteUrl}/guides.json`)).json();
const pages = [...guides.guides.map((guide) => new URL(guide.url).pathname), '/sources/'];

// Chromium picks its debugging port and writes it, once it listens, to DevToolsActivePort.
const profile = mkdtempSync(join(tmpdir(), 'audit-chromium-'));
children.push(
	spawn(chromiumPath, [...chromiumArgs, '--remote-debugging-port=0', `--user-data-dir=${profile}`, 'about:blank'], { stdio: 'ignore' }),
);
const debuggingPort = await (async () => {
	const portFile = join(profile, 'DevToolsActivePort');
	for (let attempt = 0; attempt < 200; attempt++) {
		if (existsSync(portFile)) {
			const [port] = readFileSync(portFile, 'utf8').split('\n');
			if (port) return Number(port);
		}
		await new Promise((resolve) => setTimeout(resolve, 50));
	}
	throw new Error('Chromium did not open its debugging port within 10 s');
})();

const rows = [];
let lighthouseVersion = '';
for (const path of pages) {
	const result = await lighthouse(`${siteUrl}${path}`, {
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
