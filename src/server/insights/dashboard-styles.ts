import { verdictColours } from './verdict-colours';

/**
 * The dashboard's one stylesheet, served at /insights/dashboard.css (the page's policy allows
 * styles from this server only). It follows the reader's system theme, light or dark.
 */

const verdictRules = (theme: 'light' | 'dark') =>
	Object.entries(verdictColours)
		.map(([verdict, colours]) => `.v-${verdict}{--v:${colours[theme]}}`)
		.join('\n');

export const dashboardStyles = `
:root {
	color-scheme: light dark;
	--bg: #ffffff; --fg: #1f2328; --muted: #57606a; --line: #d0d7de; --panel: #f6f8fa; --accent: #5b34d1; --accent-fg: #ffffff;
	--good: #1a7f37; --bad: #cf222e; --focus: #0969da;
	font-family: system-ui, -apple-system, "Segoe UI", Roboto, sans-serif;
	line-height: 1.5;
}
${verdictRules('light')}
@media (prefers-color-scheme: dark) {
	:root { --bg: #0d1117; --fg: #e6edf3; --muted: #9da7b3; --line: #30363d; --panel: #161b22; --accent: #b8a7eb; --accent-fg: #0d1117;
		--good: #3fb950; --bad: #ff7b72; --focus: #58a6ff; }
	${verdictRules('dark')}
}
* { box-sizing: border-box; }
body { margin: 0; background: var(--bg); color: var(--fg); }
a { color: var(--accent); }
:focus-visible { outline: 3px solid var(--focus); outline-offset: 2px; }
.skip { position: absolute; left: -999px; }
.skip:focus { left: 1rem; top: 1rem; background: var(--bg); padding: 0.5rem; }
header { display: flex; flex-wrap: wrap; gap: 1rem; align-items: center; justify-content: space-between; padding: 1rem 1.5rem; border-bottom: 1px solid var(--line); }
header h1 { font-size: 1.25rem; margin: 0; }
main { max-width: 72rem; margin: 0 auto; padding: 1.5rem; }
section { margin-block: 2rem; }
h2 { font-size: 1.15rem; margin: 0 0 0.75rem; }
h3 { font-size: 1rem; margin: 1.25rem 0 0.5rem; }
.filters { display: flex; flex-wrap: wrap; gap: 0.75rem 1rem; align-items: end; padding: 1rem; background: var(--panel); border: 1px solid var(--line); border-radius: 0.5rem; }
.filters label { display: flex; flex-direction: column; font-size: 0.875rem; color: var(--muted); gap: 0.25rem; }
input, select, button, textarea { font: inherit; color: var(--fg); background: var(--bg); border: 1px solid var(--line); border-radius: 0.375rem; padding: 0.4rem 0.6rem; }
button.primary { background: var(--accent); color: var(--accent-fg); border-color: var(--accent); font-weight: 600; cursor: pointer; }
button { cursor: pointer; }
.downloads { font-size: 0.875rem; }
.notice { padding: 0.75rem 1rem; border-radius: 0.5rem; border: 1px solid var(--bad); background: var(--panel); }
.figures { display: grid; grid-template-columns: repeat(auto-fit, minmax(11rem, 1fr)); gap: 0.75rem; padding: 0; margin: 0 0 1rem; }
.figures div { background: var(--panel); border: 1px solid var(--line); border-radius: 0.5rem; padding: 0.75rem 1rem; }
.figures dt { font-size: 0.875rem; color: var(--muted); }
.figures dd { margin: 0; font-size: 1.5rem; font-weight: 600; }
.figures dd small { display: block; font-size: 0.8rem; font-weight: 400; color: var(--muted); }
figure { margin: 0; }
figcaption { color: var(--muted); font-size: 0.875rem; margin-bottom: 0.5rem; }
.chart { width: 100%; height: auto; max-height: 20rem; }
.chart text { fill: var(--muted); font-size: 11px; }
.chart .grid { stroke: var(--line); stroke-width: 1; }
.chart rect { fill: var(--v, var(--muted)); }
.legend { display: flex; flex-wrap: wrap; gap: 0.25rem 1rem; list-style: none; padding: 0; margin: 0.5rem 0 0; font-size: 0.875rem; }
.legend li::before { content: ""; display: inline-block; width: 0.8rem; height: 0.8rem; margin-right: 0.35rem; vertical-align: -0.1rem; border-radius: 2px; background: var(--v); }
table { border-collapse: collapse; width: 100%; font-size: 0.9rem; }
caption { text-align: left; font-weight: 600; padding-bottom: 0.5rem; }
th, td { text-align: left; padding: 0.4rem 0.6rem; border-bottom: 1px solid var(--line); }
td.number, th.number { text-align: right; font-variant-numeric: tabular-nums; }
.worse { color: var(--bad); }
.better { color: var(--good); }
h4 { font-size: 0.95rem; margin: 1rem 0 0.5rem; }
details { margin-top: 0.75rem; }
summary { cursor: pointer; color: var(--accent); }
.table-scroll { overflow-x: auto; }
.comments { list-style: none; padding: 0; margin: 0; display: grid; gap: 0.75rem; }
.comments li { background: var(--panel); border: 1px solid var(--line); border-radius: 0.5rem; padding: 0.75rem 1rem; }
.comments blockquote { margin: 0 0 0.25rem; white-space: pre-wrap; overflow-wrap: anywhere; }
.comments p { margin: 0; font-size: 0.85rem; color: var(--muted); }
.empty { color: var(--muted); }
.sign-in { max-width: 26rem; margin: 4rem auto; padding: 1.5rem; background: var(--panel); border: 1px solid var(--line); border-radius: 0.5rem; }
.sign-in form { display: grid; gap: 0.75rem; }
.sign-in label { display: grid; gap: 0.25rem; }
.error { color: var(--bad); font-weight: 600; }
`;
