/**
 * `<remote-token-tester>`: the token tester for other sites' pages and connect forms, served as one
 * small module at /embed/token-tester.js (types at /embed/token-tester.d.ts). The tester itself is
 * the same controller the in-page tester drives (src/lib/shared/tester-controller.ts); this skin
 * draws it in a shadow root, so the host page's styles neither break it nor are broken by it.
 *
 *   <script type="module" src="https://help.example.com/embed/token-tester.js"></script>
 *   <remote-token-tester api="https://help.example.com/api/connection-test"></remote-token-tester>
 *
 * Attach mode uses the host form's own fields instead of drawing its own, and shows only the
 * feedback, the Test button and the result:
 *
 *   <input id="remote-token" type="password"> <select id="remote-environment">…</select>
 *   <remote-token-tester for="remote-token" environment-select="remote-environment" api="…"></remote-token-tester>
 *
 * It speaks the language of its `lang` attribute, else of the host page's `<html lang>`, else
 * English (`<remote-token-tester lang="de">`), and downloads that language's words alone, from
 * /embed/words/<language>.js beside this script.
 *
 * `environment-select` names a `<select>` by id, or a radio group by name; their values are
 * `production` and `sandbox`. Either way the element dispatches `remote-token-tester:precheck` and
 * `remote-token-tester:verdict` (bubbling, composed), so the host can, say, enable its Connect
 * button on a `connected` verdict. Theme it with --rtt-accent, --rtt-accent-text, --rtt-radius,
 * --rtt-font, --rtt-text, --rtt-background and --rtt-border.
 */
import { createTesterController, type TesterState } from '../lib/shared/tester-controller';
import {
	bindRevealToggle,
	bindTesterForm,
	dispatchTesterEvent,
	h,
	outcomeView,
	renderFeedback,
	safeGuidePath,
} from '../lib/shared/tester-view';
import type { ResolvedTesterWords } from '../i18n/tester-words';
import { defaultLocale, localeOfTag } from '../lib/shared/locales';
import { environments, tokenPrefixes, type Environment } from '../lib/shared/token-rules';

/** Guides live on the help center that serves this script: next-step links point there. */
const helpCenter = new URL('/', import.meta.url);

const styles = `
:host{display:block;font-family:var(--rtt-font,system-ui,sans-serif);color:var(--rtt-text,#1b1b1f);--a:var(--rtt-accent,#1f5fbf);--b:1px solid var(--rtt-border,#8a8a94);--r:var(--rtt-radius,8px)}
div{display:grid;gap:.75rem}
.tt-box{padding:1rem;border:var(--b);border-radius:var(--r);background:var(--rtt-background,#fff)}
label,legend,.tt-verdict{font-weight:600}
fieldset{border:0;margin:0;padding:0;display:flex;gap:1rem;flex-wrap:wrap}
.tt-row{display:flex;gap:.5rem}
button,.tt-token{font:inherit;color:inherit;padding:.5rem .8rem;border:var(--b);border-radius:var(--r);background:none}
.tt-token{flex:1;min-width:0;font-family:ui-monospace,monospace}
button{cursor:pointer}
.tt-submit{justify-self:start;border:0;background:var(--a);color:var(--rtt-accent-text,#fff)}
[aria-disabled=true]{opacity:.7}
:focus-visible{outline:2px solid var(--a);outline-offset:2px}
.tt-verdict:focus{outline:0}
p,ul{margin:0}
.tt-feedback:empty,.tt-result:empty{display:none}
.tt-message,.tt-result{padding:.5rem .7rem;border-radius:var(--r);border-left:4px solid var(--t,#8a8a94)}
[data-tone=pass]{--t:#1a7f37}[data-tone=warn]{--t:#b35900}[data-tone=fail]{--t:#c62828}[data-tone=info]{--t:#1f5fbf}
.sr-only{position:absolute;width:1px;height:1px;overflow:hidden;clip:rect(0 0 0 0)}
a{color:var(--a)}
`;

/**
 * One constructed stylesheet shared by every tester on the page. Unlike a `<style>` element it is
 * not inline style in the sense of Content-Security-Policy, so a host page with a strict policy
 * (no 'unsafe-inline', as this help center's own) can embed the tester without loosening it.
 */
let sheet: CSSStyleSheet | undefined;

const isEnvironment = (value: unknown): value is Environment => (environments as readonly unknown[]).includes(value);

/** Each language's words, fetched once a page however many testers speak it. */
const wordsByLocale = new Map<string, Promise<ResolvedTesterWords>>();
const loadWords = (locale: string) => {
	if (!wordsByLocale.has(locale)) {
		const url = new URL(`words/${locale}.js`, import.meta.url).href;
		wordsByLocale.set(
			locale,
			import(url).then((module: { default: ResolvedTesterWords }) => module.default),
		);
	}
	return wordsByLocale.get(locale)!;
};

class RemoteTokenTester extends HTMLElement {
	connectedCallback(): void {
		if (this.shadowRoot) return;
		const root = this.attachShadow({ mode: 'open' });
		if (!sheet) {
			sheet = new CSSStyleSheet();
			sheet.replaceSync(styles);
		}
		root.adoptedStyleSheets = [sheet];
		const locale = localeOfTag(this.getAttribute('lang') ?? document.documentElement.lang) ?? defaultLocale;
		void loadWords(locale).then((words) => this.draw(root, words));
	}

	draw(root: ShadowRoot, words: ResolvedTesterWords): void {
		const api = this.getAttribute('api');
		const ui = words.ui;
		// Attach mode: the host's own token field, and maybe its own environment control.
		const host = this.getRootNode() as Document | ShadowRoot;
		const tokenFieldId = this.getAttribute('for');
		const environmentControl = this.getAttribute('environment-select');
		/** The host's environment control: a `<select>` with that id, or the checked radio of the group with that name. */
		const hostEnvironment = () =>
			host.getElementById(environmentControl!) ??
			host.querySelector<HTMLInputElement>(`input[type=radio][name="${CSS.escape(environmentControl!)}"]:checked`);
		const isHostEnvironment = (element: HTMLInputElement) =>
			element.id === environmentControl || (element.type === 'radio' && element.name === environmentControl);

		const feedback = h('div', { class: 'tt-feedback', id: 'f', 'aria-live': 'polite' });
		const submit = h('button', { type: tokenFieldId ? 'button' : 'submit', class: 'tt-submit' }, api ? ui.test : ui.check);
		const result = h('div', { class: 'tt-result', 'aria-live': 'polite' });
		const input = h('input', {
			id: 't',
			class: 'tt-token',
			type: 'password',
			autocomplete: 'off',
			autocapitalize: 'off',
			spellcheck: 'false',
			'aria-describedby': 'f',
		}) as HTMLInputElement;
		const radios = environments.map((environment) => h('input', { type: 'radio', name: 'e', value: environment }) as HTMLInputElement);

		const drawOutcome = outcomeView(result, {
			words,
			link: ({ href, label }) =>
				h('p', {}, h('a', { href: new URL(safeGuidePath(href), helpCenter).href, target: '_blank', rel: 'noopener' }, `${label} →`)),
		});
		/**
		 * Moves the host's own environment control to `environment`, and says so as if the reader had
		 * changed it, so the host's form (and its framework) knows; the tester hears it like any change.
		 */
		const switchHostControl = (control: HTMLInputElement, environment: Environment) => {
			const chosen =
				control.type === 'radio'
					? host.querySelector<HTMLInputElement>(`[name="${CSS.escape(control.name)}"][value=${environment}]`)!
					: control;
			if (chosen === control && control.type !== 'radio') control.value = environment;
			else chosen.checked = true;
			for (const type of ['input', 'change']) chosen.dispatchEvent(new Event(type, { bubbles: true }));
			chosen.focus();
		};
		const render = (state: TesterState) => {
			for (const radio of radios) radio.checked = radio.value === state.environment;
			renderFeedback(feedback, state, words, Boolean(api), (target) => {
				const control = environmentControl ? (hostEnvironment() as HTMLInputElement | null) : null;
				if (control) return switchHostControl(control, target);
				tester.choose(target);
				// Attached without a control of the host's, the tester has no radios: Test is next.
				(tokenFieldId ? submit : radios.find((radio) => radio.checked))?.focus();
			});
			drawOutcome(state);
			submit.setAttribute('aria-disabled', String(state.busy || Boolean(state.retryIn)));
			submit.textContent = state.busy ? ui.testing : api ? ui.test : ui.check;
		};
		const attribute = this.getAttribute('environment');
		const tester = createTesterController({
			words,
			api,
			// With the host's control, the tester starts from its value; without, from the attribute, or it follows the prefix.
			environment: environmentControl
				? (((hostEnvironment() as HTMLInputElement | null)?.value as Environment | undefined) ?? 'production')
				: isEnvironment(attribute)
					? attribute
					: null,
			context: { page: 'embed' },
			render,
			emit: (type, detail) => dispatchTesterEvent(this, type, detail),
		});

		if (tokenFieldId) {
			root.append(h('div', { class: 'tt-box', role: 'group', 'aria-label': ui.attachedLabel }, feedback, submit, result));
			submit.addEventListener('click', () => void tester.test());
			// Listened to on the host's document, so a field the host renders later is heard too.
			host.addEventListener('input', (event) => {
				const target = event.target as HTMLInputElement;
				if (target.id === tokenFieldId) tester.type(target.value);
				else if (environmentControl && isHostEnvironment(target) && isEnvironment(target.value)) tester.choose(target.value);
			});
			const field = host.getElementById(tokenFieldId) as HTMLInputElement | null;
			if (field?.value) tester.type(field.value);
			else render(tester.state);
			return;
		}

		const reveal = h('button', { type: 'button', 'aria-label': ui.showToken, 'aria-controls': 't' }, ui.show);
		const form = h(
			'form',
			{ class: 'tt-box', novalidate: '', 'aria-label': ui.formLabel },
			h('label', { for: 't' }, ui.tokenLabel),
			h('div', { class: 'tt-row' }, input, reveal),
			h(
				'fieldset',
				{},
				h('legend', {}, ui.environmentLabel),
				...radios.map((radio) =>
					h(
						'label',
						{},
						radio,
						` ${words.environments[radio.value as Environment]} `,
						h('code', {}, tokenPrefixes[radio.value as Environment]),
					),
				),
			),
			feedback,
			submit,
			result,
		);
		root.append(form);
		bindTesterForm(form as HTMLFormElement, input, 'e', tester);
		bindRevealToggle(input, reveal, words);
		render(tester.state);
	}
}

if (!customElements.get('remote-token-tester')) customElements.define('remote-token-tester', RemoteTokenTester);
