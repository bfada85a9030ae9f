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

// Lighthouse's scores vary from run to run, the more so on a shared two-core machine: each page is
// audited several times and the median run (by performance score) is the one reported, as
// Lighthouse's own guidance on variability recommends, with the lowest and highest beside it.
const runs = Number(process.env.AUDIT_RUNS ?? 3);
const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];
const score = (lhr, category) => Math.round((lhr.categories[category]?.score ?? 0) * 100);

const rows = [];
let lighthouseVersion = '';
for (const path of pages) {
	const results = [];
	for (let run = 0; run < runs; run++) {
		const { lhr } = await lighthouse(`${siteUrl}${path}`, {
			port: debuggingPort,
			logLevel: 'error',
			output: 'json',
			onlyCategories: categories,
		});
		results.push(lhr);
	}
	lighthouseVersion = results[0].lighthouseVersion;
	const performances = results.map((lhr) => score(lhr, 'performance'));
	const middle = results.find((lhr) => score(lhr, 'performance') === median(performances));
	const metric = (id) => middle.audits[id].numericValue;
	const [low, high] = [Math.min(...performances), Math.max(...performances)];
	rows.push(
		[
			`\`${path}\``,
			`${score(middle, 'performance')}${low === high ? '' : ` (${low}–${high})`}`,
			Math.round(metric('total-blocking-time')),
			metric('cumulative-layout-shift').toFixed(3),
			(metric('largest-contentful-paint') / 1000).toFixed(1),
			...categories.slice(1).map((category) => score(middle, category)),
		].join(' | '),
	);
	console.log(`${path}: performance ${performances.join(', ')}`);
}

const table = [
	`| page | performance (median of ${runs}, range) | total blocking time (ms) | layout shift | largest paint (s) | accessibility | best practices | SEO |`,
	'| --- | --- | --- | --- | --- | --- | --- | --- |',
	...rows.map((row) => `| ${row} |`),
].join('\n');
console.log(`\n${table}`);
writeReportSection(
	join(root, 'BENCHMARKS.md'),
	'audit',
	`## Lighthouse

Latest run of \`npm run audit\` (${new Date().toISOString().slice(0, 10)}): Lighthouse ${lighthouseVersion} with its default (mobile, simulated throttling) settings, in Debian's Chromium, against \`node server.mjs\` on 127.0.0.1. Each page is audited ${runs} times (\`AUDIT_RUNS\`); the table shows the median run, and the lowest and highest performance score when they differ.

${table}

The metrics are the median run's, under Lighthouse's simulated mobile CPU (4× slower than this
machine): the blocking time is what a phone would spend unable to answer a tap while the page
loads. Every script is a module (deferred) except Starlight's small inline theme and sidebar
scripts, which must run before paint to avoid a flash of the wrong theme; the two stylesheets
every page needs are the only render-blocking requests (the print stylesheet is \`media="print"\`).
The tester adds no stylesheet or script to other pages.`,
);
console.log('Recorded in BENCHMARKS.md.');
process.exit(0);
