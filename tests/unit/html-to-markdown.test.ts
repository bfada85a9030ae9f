import { describe, expect, test } from 'vitest';
import { htmlToMarkdown } from '../../src/lib/build/html-to-markdown';

const baseUrl = 'https://help.example.com/';
const convert = (html: string) => htmlToMarkdown(html, { baseUrl });

describe('htmlToMarkdown', () => {
	test('keeps headings, paragraphs, emphasis and inline code', async () => {
		const markdown = await convert('<h2 id="x">Pick one</h2><p>Use <strong>Sandbox</strong> for <code>ra_test_</code> tokens.</p>');
		expect(markdown).toBe('## Pick one\n\nUse **Sandbox** for `ra_test_` tokens.\n');
	});

	test('drops heading anchor links, icons and buttons that only make sense on screen', async () => {
		const markdown = await convert(
			'<div class="sl-heading-wrapper"><h2 id="a">Revoke</h2><a class="sl-anchor-link" href="#a"><span>Section titled “Revoke”</span></a></div>' +
				'<p><svg><path d="M0"/></svg>Text<button>Copy</button></p>',
		);
		expect(markdown).toBe('## Revoke\n\nText\n');
	});

	test('makes root-relative links absolute and leaves in-page anchors alone', async () => {
		const markdown = await convert('<p><a href="/environments/">environments</a> and <a href="#steps">steps</a></p>');
		expect(markdown).toContain('[environments](https://help.example.com/environments/)');
		expect(markdown).toContain('[steps](#steps)');
	});

	test('turns an aside into a quote that opens with its title', async () => {
		const markdown = await convert(
			'<aside aria-label="Caution" class="starlight-aside starlight-aside--caution"><p class="starlight-aside__title" aria-hidden="true"><svg></svg>Admins only</p>' +
				'<div class="starlight-aside__content"><p>Only admins and owners can create tokens.</p></div></aside>',
		);
		expect(markdown).toBe('> **Admins only:**\n>\n> Only admins and owners can create tokens.\n');
	});

	test('turns tabs into one labelled list item per tab', async () => {
		const markdown = await convert(
			'<starlight-tabs><div class="tablist-wrapper"><ul role="tablist"><li role="presentation"><a role="tab" href="#tab-panel-0">Production</a></li>' +
				'<li role="presentation"><a role="tab" href="#tab-panel-1">Sandbox</a></li></ul></div>' +
				'<div id="tab-panel-0" role="tabpanel"><p>Live company data.</p></div><div id="tab-panel-1" role="tabpanel" hidden><p>A test company.</p></div></starlight-tabs>',
		);
		expect(markdown).toBe('- **Production**\n\n  Live company data.\n\n- **Sandbox**\n\n  A test company.\n');
	});

	test('turns a link card into a link followed by its description', async () => {
		const markdown = await convert(
			'<div class="sl-link-card"><span class="sl-flex stack"><a href="/revoke-token/"><span class="title">Revoke a token</span></a>' +
				'<span class="description">Stop a token for good.</span></span><svg></svg></div>',
		);
		expect(markdown).toBe('[Revoke a token](https://help.example.com/revoke-token/): Stop a token for good.\n');
	});

	test('rebuilds Expressive Code frames as fenced code with their language', async () => {
		const markdown = await convert(
			'<div class="expressive-code"><figure class="frame is-terminal"><figcaption class="header"><span class="title"></span><span class="sr-only">Terminal window</span></figcaption>' +
				'<pre data-language="sh"><code><div class="ec-line"><div class="code"><span>curl -sS \\</span></div></div><div class="ec-line"><div class="code"><span>  https://gateway.remote-sandbox.com/v1/identity/current</span></div></div></code></pre>' +
				'<div class="copy"><button title="Copy to clipboard"></button></div></figure></div>',
		);
		expect(markdown).toBe('```sh\ncurl -sS \\\n  https://gateway.remote-sandbox.com/v1/identity/current\n```\n');
	});

	test('keeps an ordered list of steps numbered', async () => {
		const markdown = await convert(
			'<div class="sl-steps"><ol><li><p>Open Company Settings.</p></li><li><p>Click Generate.</p></li></ol></div>',
		);
		expect(markdown).toBe('1. Open Company Settings.\n\n2. Click Generate.\n');
	});

	test('keeps tables as GitHub-flavoured Markdown tables', async () => {
		const markdown = await convert(
			'<table><thead><tr><th>Prefix</th><th>Environment</th></tr></thead><tbody><tr><td><code>ra_live_</code></td><td>Production</td></tr></tbody></table>',
		);
		expect(markdown).toContain('| Prefix     | Environment |');
		expect(markdown).toContain('| `ra_live_` | Production  |');
	});
});

test('an interactive part becomes the sentence it asks to be replaced with', async () => {
	const markdown = await htmlToMarkdown(
		'<div data-markdown-replace="A tester is here."><form><label>Token</label><input type="password"><noscript>Needs JavaScript</noscript></form></div><p>After.</p>',
		{ baseUrl: 'https://help.example.com/' },
	);
	expect(markdown).toBe('A tester is here.\n\nAfter.\n');
});
