import type { ConnectionTestResult, NextStep } from './connection-test-schema';
import type { TesterController, TesterState } from './tester-controller';
import { fill } from './fill-words';
import type { ResolvedTesterWords as TesterWords } from '../../i18n/tester-words';
import type { Environment } from './token-rules';

/**
 * How both token testers show a controller's state (tester-controller.ts): the feedback under the
 * token, and the result after Test. Only where these go differs between them (the page's markup,
 * or a shadow root), so a reader sees the same thing in either. Browser-only, and small: both ship
 * it. Text goes in as text, never parsed as HTML, so nothing in an answer can become markup.
 */

export type ViewWords = Pick<TesterWords, 'environments' | 'ui'>;

/** Creates an element with attributes and children. */
export function h(tag: string, attributes: Record<string, string> = {}, ...children: Array<Node | string>): HTMLElement {
	const element = document.createElement(tag);
	for (const [name, value] of Object.entries(attributes)) element.setAttribute(name, value);
	element.append(...children);
	return element;
}

/**
 * The help-center path an answer's next step names, or the troubleshooting guide when it is not a
 * plain site path: a tampered answer must not turn the link into `javascript:` or another site.
 */
export function safeGuidePath(href: string): string {
	return /^\/(?!\/)[\w\-./#]*$/.test(href) ? href : '/troubleshooting/';
}

/** Makes `button` show and hide the token in `input`, its name saying what the next press does. */
export function bindRevealToggle(input: HTMLInputElement, button: HTMLElement, { ui }: ViewWords): void {
	button.addEventListener('click', () => {
		const revealing = input.type === 'password';
		input.type = revealing ? 'text' : 'password';
		button.textContent = revealing ? ui.hide : ui.show;
		button.setAttribute('aria-label', revealing ? ui.hideToken : ui.showToken);
	});
}

const line = (tone: string, ...children: Array<Node | string>) => h('p', { class: 'tt-message', 'data-tone': tone }, ...children);

/**
 * The feedback under the token: what was forgiven, then what the browser can tell, with a one-click
 * fix for a mismatch (`switchTo` makes it, and moves focus to the environment chosen).
 */
export function renderFeedback(
	container: Element,
	{ feedback, environment }: TesterState,
	words: ViewWords,
	live: boolean,
	switchTo: (environment: Environment) => void,
): void {
	container.replaceChildren();
	if (!feedback) return;
	for (const notice of feedback.notices) container.append(line('info', notice));
	const target = feedback.switchTo;
	const said = line(
		feedback.tone,
		feedback.message || fill(words.ui.looksLike, { environment: words.environments[environment] }) + (live ? words.ui.pressTest : ''),
	);
	if (target) {
		const button = h(
			'button',
			{ type: 'button', class: 'tt-switch' },
			fill(words.ui.switchTo, { environment: words.environments[target] }),
		);
		button.addEventListener('click', () => switchTo(target));
		said.append(' ', button);
	}
	container.append(said);
}

export interface OutcomeOptions {
	words: ViewWords;
	/** The link a next step becomes (the embed's open the help center in a new tab). */
	link(step: NextStep): HTMLElement;
	/** What follows a `connected` verdict on this page: the note on endpoint collections, the way back. */
	connected?(answer: ConnectionTestResult): Node[];
	/** Said when the browser's checks passed where there is no live check. */
	offlineNote?: string | undefined;
}

/**
 * The result area, drawn again for each new outcome (its verdict then takes focus, so a screen
 * reader hears it and a keyboard continues from it), and only its countdown line for each tick.
 */
export function outcomeView(container: HTMLElement, { words, link, connected, offlineNote }: OutcomeOptions): (state: TesterState) => void {
	const { ui } = words;
	let shown: TesterState['outcome'] = null;
	let retry: HTMLElement | undefined;
	const retryText = (seconds: number) => (!seconds ? ui.retryNow : seconds === 1 ? ui.retryInOne : fill(ui.retryIn, { seconds }));

	return (state) => {
		container.setAttribute('aria-busy', String(state.busy));
		if (state.outcome === shown) {
			if (retry && state.retryIn !== null) {
				// Said once, when the wait is over: a live region reading out every second would drown the page.
				if (!state.retryIn) retry.removeAttribute('aria-live');
				retry.textContent = retryText(state.retryIn);
			}
			return;
		}
		shown = state.outcome;
		retry = undefined;
		container.replaceChildren();
		delete container.dataset.tone;
		const retryLine = () =>
			(retry = h('p', { class: 'tt-retry', 'aria-live': state.retryIn ? 'off' : 'polite' }, retryText(state.retryIn!)));
		// A new token or environment clears the result, not the wait the help center asked for.
		if (!shown) return void (state.retryIn && container.append(retryLine()));
		let heading: HTMLElement;
		const verdict = (text: string) => (heading = h('p', { class: 'tt-verdict verdict', tabindex: '-1' }, text));
		let tone = 'warn';
		let children: Node[];
		if (shown.kind === 'result') {
			const { answer } = shown;
			tone = answer.verdict === 'connected' ? 'pass' : answer.checks.some((check) => check.status === 'fail') ? 'fail' : 'warn';
			const meta = [
				fill(ui.token, { masked: answer.maskedToken }),
				answer.environment && words.environments[answer.environment],
				answer.upstreamStatus !== null && fill(ui.answered, { status: answer.upstreamStatus }),
				answer.latencyMs !== null && fill(ui.milliseconds, { latency: answer.latencyMs }),
			];
			children = [
				verdict(answer.summary),
				h(
					'ul',
					{ class: 'tt-checks' },
					...answer.checks.map((check) =>
						h('li', { 'data-status': check.status }, h('span', { class: 'sr-only' }, `${check.status}: `), check.message),
					),
				),
				h('p', { class: 'tt-meta' }, meta.filter(Boolean).join(' · ')),
				...(answer.verdict === 'connected' && connected ? connected(answer) : []),
				link(answer.nextStep),
			];
		} else if (shown.kind === 'offline') {
			tone = 'pass';
			children = [
				verdict(fill(ui.formatRight, { environment: words.environments[shown.environment] })),
				h('p', {}, offlineNote ?? ui.offline),
			];
		} else {
			children = [verdict(ui.couldNotRun), h('p', {}, shown.message), ...(shown.nextStep ? [link(shown.nextStep)] : [])];
		}
		if (state.retryIn !== null) children.push(retryLine());
		container.dataset.tone = tone;
		container.append(...children);
		heading!.focus();
	};
}

/** Drives `tester` from a form of the tester's own: its token field, its environment radios (named `radios`), its submit. */
export function bindTesterForm(form: HTMLFormElement, input: HTMLInputElement, radios: string, tester: TesterController): void {
	form.addEventListener('submit', (event) => {
		event.preventDefault();
		void tester.test();
	});
	// Typing in the token field and changing the environment both fire `input`.
	form.addEventListener('input', (event) => {
		const target = event.target as HTMLInputElement;
		if (target === input) tester.type(input.value);
		else tester.choose(target.value as Environment);
	});
	// A click on the environment already selected fires no `input`, and is the reader's pick too.
	form.addEventListener('click', (event) => {
		const target = event.target as HTMLInputElement;
		if (target.name === radios && target.value === tester.state.environment) tester.choose(tester.state.environment);
	});
}

/** A `remote-token-tester:<type>` event from `element`: bubbling, and out of any shadow root. */
export function dispatchTesterEvent(element: Element, type: string, detail: unknown): void {
	element.dispatchEvent(new CustomEvent(`remote-token-tester:${type}`, { detail, bubbles: true, composed: true }));
}
