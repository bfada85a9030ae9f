/**
 * `<token-tester>`, the in-page skin of the token tester (its markup and styles are in
 * TokenTester.astro): it binds the page's form to a tester controller and draws its state. The
 * rules, the request and the events are the controller's (src/lib/shared/tester-controller.ts),
 * shared with the embeddable tester; the words come with the page, in `data-words`.
 */
import { arrive } from '../lib/shared/reader-context';
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
import type { ResolvedTesterWords as TesterWords } from '../i18n/tester-words';
import type { Environment } from '../lib/shared/token-rules';

class TokenTester extends HTMLElement {
	connectedCallback(): void {
		const find = <T extends HTMLElement = HTMLElement>(selector: string) => this.querySelector<T>(selector)!;
		const { api, environment, connectedNote, offlineNote, backLabel, page, brand } = this.dataset;
		const words = JSON.parse(this.dataset.words!) as TesterWords;
		// What the platform that sent the reader here said: its environment, and the way back to it.
		const context = arrive();
		const form = find<HTMLFormElement>('form');
		const input = find<HTMLInputElement>('.tt-token');
		// The radios as one control: its value is the checked environment, and setting it checks one.
		const choice = form.elements.namedItem('environment') as RadioNodeList;
		const feedback = find('.tt-feedback');
		const submit = find('.tt-submit');
		// The button's own words: "Test token", or "Check token" where there is no live check.
		const submitLabel = submit.textContent;
		const reminder = find('review-reminder');
		const paragraph = (...children: Array<Node | string>) => h('p', {}, ...children);

		const drawOutcome = outcomeView(find('.tt-result'), {
			words,
			offlineNote,
			link: ({ href, label }) => paragraph(h('a', { href: safeGuidePath(href) }, `${label} →`)),
			connected: () => [
				...(connectedNote ? [paragraph(connectedNote)] : []),
				...(context.returnUrl ? [paragraph(h('a', { href: context.returnUrl }, backLabel!))] : []),
			],
		});
		const render = (state: TesterState) => {
			choice.value = state.environment;
			// The terminal command shown is the chosen environment's (the page's styles key on this).
			this.dataset.chosen = state.environment;
			renderFeedback(feedback, state, words, Boolean(api), (target) => {
				tester.choose(target);
				find(`[value=${target}]`).focus();
			});
			drawOutcome(state);
			// A connected token is the moment to plan its review: the reminder shows under the result,
			// its script loaded then (most tests of a token end elsewhere, and never need it).
			const connected = state.outcome?.kind === 'result' && state.outcome.answer.verdict === 'connected';
			if (connected) void import('./review-reminder-element');
			reminder.hidden = !connected;
			// With no live check here, the terminal is how to ask Remote itself: it opens with the result.
			if (state.outcome?.kind === 'offline') find<HTMLDetailsElement>('.tt-terminal').open = true;
			submit.setAttribute('aria-disabled', String(state.busy || Boolean(state.retryIn)));
			submit.textContent = state.busy ? words.ui.testing : submitLabel;
		};
		const tester = createTesterController({
			words,
			api: api || null,
			context: { page, brand },
			environment: (context.environment ?? environment ?? null) as Environment | null,
			render,
			emit: (type, detail) => dispatchTesterEvent(this, type, detail),
		});

		bindTesterForm(form, input, 'environment', tester);
		bindRevealToggle(input, find('.tt-reveal'), words);

		find<HTMLFieldSetElement>('.tt-fields').disabled = false;
		// A token the browser restored (going back to the page) is checked at once.
		if (input.value) tester.type(input.value);
		else render(tester.state);
	}
}

customElements.define('token-tester', TokenTester);
