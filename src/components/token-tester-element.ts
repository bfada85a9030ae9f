/**
 * Behaviour of `<token-tester>` (markup and styles in TokenTester.astro). Runs the shared token
 * rules on every keystroke without any request, and on Test sends the cleaned token once to the
 * API route. Results are built with `textContent` only, so nothing in an answer is parsed as HTML.
 */
import { precheckToken } from '../lib/connection-test';
import { bindRevealToggle, h, safeGuidePath } from '../lib/tester-dom';
import type { Check, ConnectionTestResult, ErrorResponse } from '../lib/connection-test-schema';
import { environmentLabels, type Environment } from '../lib/token-rules';

type Tone = Check['status'];


const toneOf = (result: ConnectionTestResult): Tone =>
	result.verdict === 'connected' ? 'pass' : result.checks.some((check) => check.status === 'fail') ? 'fail' : 'warn';

class TokenTester extends HTMLElement {
	#busy = false;

	connectedCallback(): void {
		const form = this.querySelector('form')!;
		const fields = this.querySelector<HTMLFieldSetElement>('.tt-fields')!;
		const input = this.querySelector<HTMLInputElement>('.tt-token')!;
		const reveal = this.querySelector<HTMLButtonElement>('.tt-reveal')!;
		const feedback = this.querySelector<HTMLElement>('.tt-feedback')!;
		const submit = this.querySelector<HTMLButtonElement>('.tt-submit')!;
		const result = this.querySelector<HTMLElement>('.tt-result')!;
		const radios = [...this.querySelectorAll<HTMLInputElement>('input[name="environment"]')];

		const selected = () => radios.find((radio) => radio.checked)?.value as Environment;
		const select = (environment: Environment) => {
			for (const radio of radios) radio.checked = radio.value === environment;
			update();
		};

		const update = () => {
			for (const command of this.querySelectorAll<HTMLElement>('.tt-command')) command.hidden = command.dataset.environment !== selected();
			feedback.replaceChildren();
			// A verdict belongs to the token and environment it was given for: clear it once either changes.
			if (!this.#busy) clear();
			if (input.value === '') return;
			const precheck = precheckToken({ token: input.value, environment: selected() });
			const outcome = 'result' in precheck ? precheck.result : null;
			const notices = 'result' in precheck ? precheck.result.notices : precheck.ready.notices;
			for (const notice of notices) feedback.append(message('info', notice));
			if (!outcome) {
				const next = this.dataset.api ? ' Press Test to ask Remote.' : '';
				feedback.append(message('pass', `Looks like a ${environmentLabels[selected()]} token.${next}`));
				return;
			}
			const failed = outcome.checks.find((check) => check.status === 'fail')!;
			const line = message(outcome.verdict === 'environment_mismatch' ? 'warn' : 'fail', failed.message);
			if (outcome.verdict === 'environment_mismatch' && outcome.detectedEnvironment) {
				const target = outcome.detectedEnvironment;
				const switchButton = h('button', { type: 'button', class: 'tt-switch' }, `Switch to ${environmentLabels[target]}`);
				switchButton.addEventListener('click', () => {
					select(target);
					radios.find((radio) => radio.value === target)?.focus();
				});
				line.append(switchButton);
			}
			feedback.append(line);
		};

		const clear = () => {
			result.replaceChildren();
			delete result.dataset.tone;
		};

		const show = (tone: Tone, ...children: Node[]) => {
			result.dataset.tone = tone;
			result.replaceChildren(...children);
			result.querySelector<HTMLElement>('.tt-verdict')?.focus();
		};

		const showResult = (answer: ConnectionTestResult) => {
			const meta = [`Token ${answer.maskedToken}`];
			if (answer.environment) meta.push(environmentLabels[answer.environment]);
			if (answer.upstreamStatus !== null) meta.push(`Remote answered ${answer.upstreamStatus}`);
			if (answer.latencyMs !== null) meta.push(`${answer.latencyMs} ms`);
			const children: Node[] = [
				h('p', { class: 'tt-verdict', tabindex: '-1' }, answer.summary),
				h('ul', { class: 'tt-checks' }, ...answer.checks.map((check) => h('li', { 'data-status': check.status }, h('span', { class: 'sr-only' }, `${check.status}: `), check.message))),
				h('p', { class: 'tt-meta' }, meta.join(' · ')),
			];
			if (answer.retryAfterSeconds !== null) children.push(h('p', {}, `You can test again in ${answer.retryAfterSeconds} seconds.`));
			children.push(h('p', {}, h('a', { href: safeGuidePath(answer.nextStep.href) }, `${answer.nextStep.label} →`)));
			show(toneOf(answer), ...children);
		};

		const showProblem = (text: string) => show('warn', h('p', { class: 'tt-verdict', tabindex: '-1' }, 'The test could not run.'), h('p', {}, text));

		const setBusy = (busy: boolean) => {
			this.#busy = busy;
			submit.setAttribute('aria-disabled', String(busy));
			submit.textContent = busy ? 'Testing…' : this.dataset.api ? 'Test token' : 'Check token';
			result.setAttribute('aria-busy', String(busy));
		};

		form.addEventListener('submit', async (event) => {
			event.preventDefault();
			if (this.#busy) return;
			const precheck = precheckToken({ token: input.value, environment: selected() });
			if ('result' in precheck) {
				// Decided in the browser: the token is not sent anywhere.
				showResult(precheck.result);
				return;
			}
			if (!this.dataset.api) {
				// A copy of the guides with no server behind it: the browser checks are all it can do.
				const terminal = this.querySelector<HTMLDetailsElement>('.tt-terminal');
				if (terminal) terminal.open = true;
				show(
					'pass',
					h('p', { class: 'tt-verdict', tabindex: '-1' }, `The format is right for ${environmentLabels[precheck.ready.environment]}.`),
					h('p', {}, 'The live check with Remote is not available on this page. To ask Remote itself, run the command under “Test from your terminal instead”.'),
				);
				return;
			}
			setBusy(true);
			try {
				const response = await fetch(this.dataset.api!, {
					method: 'POST',
					headers: { 'Content-Type': 'application/json', Accept: 'application/json' },
					body: JSON.stringify({ token: precheck.ready.token, environment: precheck.ready.environment }),
				});
				if (!response.headers.get('content-type')?.includes('application/json')) {
					showProblem(`This help center answered ${response.status} ${response.statusText} instead of a result. Try again in a moment.`);
					return;
				}
				const answer = (await response.json()) as ConnectionTestResult | ErrorResponse;
				if ('verdict' in answer) showResult(answer);
				else showProblem(answer.error.message);
			} catch {
				showProblem('This help center’s server could not be reached. Check your connection and try again.');
			} finally {
				setBusy(false);
			}
		});

		bindRevealToggle(input, reveal);

		input.addEventListener('input', update);
		for (const radio of radios) radio.addEventListener('change', update);
		for (const demo of this.querySelectorAll<HTMLButtonElement>('.tt-demo-token')) {
			demo.addEventListener('click', () => {
				input.value = demo.dataset.token!;
				select(demo.dataset.environment as Environment);
				input.focus();
			});
		}

		fields.disabled = false;
		update();
	}
}

/** A one-line message in the feedback area, toned like the checks. */
function message(tone: Tone | 'info', text: string): HTMLElement {
	return h('p', { class: 'tt-message', 'data-tone': tone }, text);
}

customElements.define('token-tester', TokenTester);
