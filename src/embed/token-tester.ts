/**
 * `<remote-token-tester>`: the token tester for other sites' pages, served as one small module at
 * /embed/token-tester.js. It applies the same token rules as the in-page tester and renders its own
 * UI in a shadow root, so the host page's styles neither break it nor are broken by it.
 *
 *   <script type="module" src="https://help.example.com/embed/token-tester.js"></script>
 *   <remote-token-tester api="https://help.example.com/api/connection-test" environment="sandbox"></remote-token-tester>
 *
 * Theme it from the host page with --rtt-accent, --rtt-radius and --rtt-font (and --rtt-text,
 * --rtt-background, --rtt-border). Without `api` it checks format and environment only.
 */
import { precheckToken } from '../lib/shared/connection-test';
import { bindRevealToggle, h, safeGuidePath } from '../lib/shared/tester-dom';
import type { ConnectionTestResult, ErrorResponse, NextStep } from '../lib/shared/connection-test-schema';
import { environmentLabels, environments, tokenPrefixes, type Environment } from '../lib/shared/token-rules';

/** Guides live on the help center that serves this script: next-step links point there. */
const helpCenter = new URL('/', import.meta.url);

const styles = `
:host{display:block;font-family:var(--rtt-font,system-ui,sans-serif);color:var(--rtt-text,#1b1b1f);--a:var(--rtt-accent,#1f5fbf);--r:var(--rtt-radius,8px)}
form,.out{display:grid;gap:.75rem}
.box{padding:1rem;border:1px solid var(--rtt-border,#c4c4cc);border-radius:var(--r);background:var(--rtt-background,#fff)}
label,legend{font-weight:600}
fieldset{border:0;margin:0;padding:0;display:flex;gap:1rem;flex-wrap:wrap}
legend{margin-bottom:.35rem}
.row{display:flex;gap:.5rem}
input[type=password],input[type=text]{flex:1;min-width:0;padding:.5rem .65rem;font:inherit;font-family:ui-monospace,monospace;border:1px solid var(--rtt-border,#8a8a94);border-radius:var(--r);color:inherit;background:transparent}
button{font:inherit;cursor:pointer;padding:.5rem .9rem;border-radius:var(--r);border:1px solid var(--rtt-border,#8a8a94);background:transparent;color:inherit}
.go{justify-self:start;border:0;background:var(--a);color:var(--rtt-accent-text,#fff);font-weight:600}
.go[aria-disabled=true]{opacity:.7;cursor:progress}
:focus-visible{outline:2px solid var(--a);outline-offset:2px}
p{margin:0}
.msg{padding:.5rem .7rem;border-radius:var(--r);border-left:4px solid var(--t,#8a8a94)}
[data-tone=pass]{--t:#1a7f37}[data-tone=warn]{--t:#b35900}[data-tone=fail]{--t:#c62828}[data-tone=info]{--t:#1f5fbf}
.verdict{font-weight:700}
a{color:var(--a)}
`;

/**
 * One constructed stylesheet shared by every tester on the page. Unlike a `<style>` element it is
 * not inline style in the sense of Content-Security-Policy, so a host page with a strict policy
 * (no 'unsafe-inline', as this help center's own) can embed the tester without loosening it.
 */
let sheet: CSSStyleSheet | undefined;
function stylesheet(): CSSStyleSheet {
	if (!sheet) {
		sheet = new CSSStyleSheet();
		sheet.replaceSync(styles);
	}
	return sheet;
}

class RemoteTokenTester extends HTMLElement {
	#busy = false;

	connectedCallback(): void {
		if (this.shadowRoot) return;
		const root = this.attachShadow({ mode: 'open' });
		const arrivedWith = (environments as readonly string[]).includes(this.getAttribute('environment') ?? '')
			? (this.getAttribute('environment') as Environment)
			: null;
		const initial = arrivedWith ?? 'production';
		// Without an `environment` attribute the choice follows the pasted token's prefix until the reader picks one.
		let picked = arrivedWith !== null;
		const input = h('input', {
			id: 't',
			type: 'password',
			autocomplete: 'off',
			autocapitalize: 'off',
			spellcheck: 'false',
			'aria-describedby': 'f',
		}) as HTMLInputElement;
		const reveal = h('button', { type: 'button', 'aria-label': 'Show token', 'aria-controls': 't' }, 'Show');
		const radios = environments.map(
			(environment) =>
				h('input', {
					type: 'radio',
					name: 'e',
					value: environment,
					...(environment === initial ? { checked: '' } : {}),
				}) as HTMLInputElement,
		);
		const feedback = h('div', { id: 'f', class: 'out', 'aria-live': 'polite' });
		const submit = h('button', { type: 'submit', class: 'go' }, this.hasAttribute('api') ? 'Test token' : 'Check token');
		const result = h('div', { class: 'out', 'aria-live': 'polite' });
		const form = h(
			'form',
			{ class: 'box', novalidate: '', 'aria-label': 'Test a Remote API token' },
			h('label', { for: 't' }, 'Remote API token'),
			h('div', { class: 'row' }, input, reveal),
			h(
				'fieldset',
				{},
				h('legend', {}, 'Environment'),
				...radios.map((radio, index) =>
					h('label', {}, radio, ` ${environmentLabels[environments[index]!]} `, h('code', {}, tokenPrefixes[environments[index]!])),
				),
			),
			feedback,
			submit,
			result,
		);
		root.adoptedStyleSheets = [stylesheet()];
		root.append(form);

		const selected = () => (radios.find((radio) => radio.checked)?.value ?? initial) as Environment;
		const line = (tone: string, text: string) => h('p', { class: 'msg', 'data-tone': tone }, text);
		const show = (tone: string, ...children: Node[]) => {
			result.replaceChildren(h('div', { class: 'msg', 'data-tone': tone }, ...children));
		};

		const choose = (environment: Environment) => {
			for (const radio of radios) radio.checked = radio.value === environment;
		};
		const update = () => {
			feedback.replaceChildren();
			if (!this.#busy) result.replaceChildren();
			if (!input.value) return;
			let precheck = precheckToken({ token: input.value, environment: selected() });
			if (!picked && 'result' in precheck && precheck.result.detectedEnvironment) {
				choose(precheck.result.detectedEnvironment);
				precheck = precheckToken({ token: input.value, environment: selected() });
			}
			const notices = 'result' in precheck ? precheck.result.notices : precheck.ready.notices;
			for (const notice of notices) feedback.append(line('info', notice));
			if (!('result' in precheck)) return void feedback.append(line('pass', `Looks like a ${environmentLabels[selected()]} token.`));
			const failed = precheck.result.checks.find((check) => check.status === 'fail')!;
			const message = line(precheck.result.verdict === 'environment_mismatch' ? 'warn' : 'fail', failed.message);
			const target = precheck.result.detectedEnvironment;
			if (precheck.result.verdict === 'environment_mismatch' && target) {
				const switchTo = h('button', { type: 'button' }, `Switch to ${environmentLabels[target]}`);
				switchTo.addEventListener('click', () => {
					choose(target);
					picked = true;
					update();
					radios.find((radio) => radio.checked)?.focus();
				});
				message.append(' ', switchTo);
			}
			feedback.append(message);
		};

		const nextStepLink = ({ href, label }: NextStep) =>
			h('p', {}, h('a', { href: new URL(safeGuidePath(href), helpCenter).href, target: '_blank', rel: 'noopener' }, `${label} →`));

		const showResult = (answer: ConnectionTestResult) => {
			const tone = answer.verdict === 'connected' ? 'pass' : answer.checks.some((check) => check.status === 'fail') ? 'fail' : 'warn';
			const details = answer.checks
				.filter((check) => check.status !== 'pass' && check.status !== 'skip')
				.map((check) => h('p', {}, check.message));
			show(
				tone,
				h('p', { class: 'verdict' }, answer.summary),
				...details,
				h('p', {}, `Token ${answer.maskedToken}${answer.latencyMs === null ? '' : ` · ${answer.latencyMs} ms`}`),
				nextStepLink(answer.nextStep),
			);
		};

		form.addEventListener('submit', async (event) => {
			event.preventDefault();
			if (this.#busy) return;
			const precheck = precheckToken({ token: input.value, environment: selected() });
			if ('result' in precheck) return showResult(precheck.result);
			const api = this.getAttribute('api');
			if (!api) {
				return show(
					'pass',
					h('p', { class: 'verdict' }, `The format is right for ${environmentLabels[precheck.ready.environment]}.`),
					h('p', {}, 'The live check with Remote is not available here.'),
				);
			}
			this.#busy = true;
			result.setAttribute('aria-busy', 'true');
			submit.setAttribute('aria-disabled', 'true');
			submit.textContent = 'Testing…';
			try {
				const response = await fetch(api, {
					method: 'POST',
					mode: 'cors',
					credentials: 'omit',
					headers: { 'Content-Type': 'application/json', Accept: 'application/json' },
					body: JSON.stringify({ token: precheck.ready.token, environment: precheck.ready.environment }),
				});
				const answer = (await response.json()) as ConnectionTestResult | ErrorResponse;
				if ('verdict' in answer) showResult(answer);
				else
					show(
						'warn',
						h('p', { class: 'verdict' }, 'The test could not run.'),
						h('p', {}, answer.error.message),
						...(answer.error.nextStep ? [nextStepLink(answer.error.nextStep)] : []),
					);
			} catch {
				// A refused origin looks exactly like this to a page: the browser hides the reason.
				show(
					'warn',
					h('p', { class: 'verdict' }, 'The test could not run.'),
					h('p', {}, 'The token tester refused this page, or could not be reached. The site’s owner may need to be allowed to embed it.'),
				);
			} finally {
				this.#busy = false;
				result.setAttribute('aria-busy', 'false');
				submit.setAttribute('aria-disabled', 'false');
				submit.textContent = 'Test token';
			}
		});

		bindRevealToggle(input, reveal);
		input.addEventListener('input', update);
		// A click on an environment, even the one already selected, is the reader's pick.
		for (const radio of radios) {
			radio.addEventListener('click', () => (picked = true));
			radio.addEventListener('change', () => {
				picked = true;
				update();
			});
		}
	}
}

if (!customElements.get('remote-token-tester')) customElements.define('remote-token-tester', RemoteTokenTester);
