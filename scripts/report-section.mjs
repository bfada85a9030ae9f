// BENCHMARKS.md holds one section per script (`npm run bench`, `npm run audit`), each between
// <!-- name --> markers, so each script rewrites its own part and leaves the other's alone.
import { existsSync, readFileSync, writeFileSync } from 'node:fs';

export function writeReportSection(file, name, content) {
	const start = `<!-- ${name} -->`;
	const end = `<!-- /${name} -->`;
	const block = `${start}\n${content.trim()}\n${end}`;
	let text = existsSync(file) ? readFileSync(file, 'utf8') : '# Benchmarks\n';
	const from = text.indexOf(start);
	const to = text.indexOf(end);
	text = from >= 0 && to > from ? text.slice(0, from) + block + text.slice(to + end.length) : `${text.trimEnd()}\n\n${block}\n`;
	writeFileSync(file, text);
}
