/**
 * Behaviour of `<token-tester>` (markup and styles in TokenTester.astro). Runs the shared token
 * rules on every keystroke without any request, and on Test sends the cleaned token once to the
 * API route. Results are built with `textContent` only, so nothing in an answer is parsed as HTML.
 */
import { precheckToken } from '../lib/shared/connection-test';
import type { Check, ConnectionTestResult, ErrorResponse, NextStep } from '../lib/shared/connection-test-schema';
import { bindRevealToggle, h, safeGuidePath } from '../lib/shared/tester-dom';
import { environmentLabels, type Environment } from '../lib/shared/token-rules';

type Tone = Check['status'] | 'info';

class TokenTester extends HTMLElement {
	connectedCallback(): void {
		const find = <T extends HTMLElement = HTMLElement>(selector: string) => this.querySelector<T>(selector)!;
		const form = find<HTMLFormElement>('form');
		const input = find<HTMLInputElement>('.tt-token');
		// The radios as one control: its value is the checked environment, and setting it checks one.
		const choice = form.elements.namedItem('environment') as RadioNodeList;
		const feedback = find('.tt-feedback');
		const submit = find('.tt-submit');
		const result = find('.tt-result');
		// Words that depend on the page (the platform, whether there is a live check) come with the markup.
		const { api, connectedNote, offlineNote } = this.dataset;
		// The button's own words: "Test token", or "Check token" where there is no live check.
		const submitLabel = submit.textContent;
		let busy = false;
		// Until the reader picks an environment (or arrived with one), it follows the token's prefix.
		let picked = !('followPrefix' in this.dataset);

		const check = () => precheckToken({ token: input.value, environment: choice.value as Environment });
		/** A one-line message in the feedback area, toned like the checks. */
		const message = (tone: Tone, text: string) => h('p', { class: 'tt-message', 'data-tone': tone }, text);

		/** A click on an environment, even the one already selected, or a change of it, is the reader's pick. */
		const notePick = (event?: Event) => {
			if ((event?.target as HTMLInputElement | undefined)?.name === 'environment') picked = true;
		};
		const update = (event?: Event) => {
			notePick(event);
			let precheck = check();
			if (!picked && 'result' in precheck && precheck.result.detectedEnvironment) {
				choice.value = precheck.result.detectedEnvironment;
				precheck = check();
			}
			for (const command of this.querySelectorAll<HTMLElement>('.tt-command'))
				command.hidden = command.dataset.environment !== choice.value;
			feedback.replaceChildren();
			// A verdict belongs to the token and environment it was given for: clear it once either changes.
			if (!busy) {
				result.replaceChildren();
				delete result.dataset.tone;
			}
			if (!input.value) return;
			const { notices } = 'result' in precheck ? precheck.result : precheck.ready;
			for (const notice of notices) feedback.append(message('info', notice));
			if ('ready' in precheck) {
				const environment = environmentLabels[precheck.ready.environment];
				feedback.append(message('pass', `Looks like a ${environment} token.${api ? ' Press Test to ask Remote.' : ''}`));
				return;
			}
			const { verdict, checks, detectedEnvironment } = precheck.result;
			const mismatch = verdict === 'environment_mismatch';
			const line = message(mismatch ? 'warn' : 'fail', checks.find((check) => check.status === 'fail')!.message);
			if (mismatch && detectedEnvironment) {
				const switchButton = h('button', { type: 'button', class: 'tt-switch' }, `Switch to ${environmentLabels[detectedEnvironment]}`);
				switchButton.addEventListener('click', () => {
					choice.value = detectedEnvironment;
					picked = true;
					update();
					find('[name=environment]:checked').focus();
				});
				line.append(switchButton);
			}
			feedback.append(line);
		};

		/** A link to the guide or section that helps next. */
		const nextStepLink = ({ href, label }: NextStep) => h('p', {}, h('a', { href: safeGuidePath(href) }, `${label} →`));

		/** Shows a verdict with what follows it, and moves focus to the verdict. */
		const show = (tone: Tone, summary: string, ...details: Node[]) => {
			const verdict = h('p', { class: 'tt-verdict', tabindex: '-1' }, summary);
			result.dataset.tone = tone;
			result.replaceChildren(verdict, ...details);
			verdict.focus();
		};

		const showResult = (answer: ConnectionTestResult) => {
			const meta = [
				`Token ${answer.maskedToken}`,
				answer.environment && environmentLabels[answer.environment],
				answer.upstreamStatus !== null && `Remote answered ${answer.upstreamStatus}`,
				answer.latencyMs !== null && `${answer.latencyMs} ms`,
			];
			show(
				answer.verdict === 'connected' ? 'pass' : answer.checks.some((check) => check.status === 'fail') ? 'fail' : 'warn',
				answer.summary,
				h(
					'ul',
					{ class: 'tt-checks' },
					...answer.checks.map((check) =>
						h('li', { 'data-status': check.status }, h('span', { class: 'sr-only' }, `${check.status}: `), check.message),
					),
				),
				h('p', { class: 'tt-meta' }, meta.filter(Boolean).join(' · ')),
				...(answer.retryAfterSeconds === null ? [] : [h('p', {}, `You can test again in ${answer.retryAfterSeconds} seconds.`)]),
				...(answer.verdict === 'connected' && connectedNote ? [h('p', {}, connectedNote)] : []),
				nextStepLink(answer.nextStep),
			);
		};

		const showProblem = (text: string, next?: NextStep) =>
			show('warn', 'The test could not run.', h('p', {}, text), ...(next ? [nextStepLink(next)] : []));

		const setBusy = (value: boolean) => {
			busy = value;
			submit.setAttribute('aria-disabled', String(busy));
			submit.textContent = busy ? 'Testing…' : submitLabel;
			result.setAttribute('aria-busy', String(busy));
		};

		form.addEventListener('submit', async (event) => {
			event.preventDefault();
			if (busy) return;
			const precheck = check();
			// Decided in the browser: the token is not sent anywhere.
			if ('result' in precheck) return showResult(precheck.result);
			const { token, environment } = precheck.ready;
			if (!api) {
				// A copy of the guides with no server behind it: the browser checks are all it can do.
				find<HTMLDetailsElement>('.tt-terminal').open = true;
				return show('pass', `The format is right for ${environmentLabels[environment]}.`, h('p', {}, offlineNote!));
			}
			setBusy(true);
			try {
				const response = await fetch(api, {
					method: 'POST',
					headers: { 'Content-Type': 'application/json', Accept: 'application/json' },
					body: JSON.stringify({ token, environment }),
				});
				if (!response.headers.get('content-type')?.includes('application/json')) {
					return showProblem(
						`This help center answered ${response.status} ${response.statusText} instead of a result. Try again in a moment.`,
					);
				}
				const answer = (await response.json()) as ConnectionTestResult | ErrorResponse;
				if ('verdict' in answer) showResult(answer);
				else showProblem(answer.error.message, answer.error.nextStep);
			} catch {
				showProblem('This help center’s server could not be reached. Check your connection and try again.');
			} finally {
				setBusy(false);
			}
		});

		// Typing in the token field and choosing an environment both fire `input`.
		form.addEventListener('input', update);
		form.addEventListener('click', notePick);
		bindRevealToggle(input, find('.tt-reveal'));

		find<HTMLFieldSetElement>('.tt-fields').disabled = false;
		update();
	}
}

customElements.define('token-tester', TokenTester);
