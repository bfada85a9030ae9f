/**
 * `<page-feedback>`, the skin of "Was this page helpful?" (markup and styles in PageFeedback.astro):
 * it binds the form to a feedback controller (src/lib/shared/feedback-controller.ts) and draws its
 * state. The words come with the page, in `data-words`. The widget stays hidden until this runs:
 * without JavaScript it could not send anything.
 */
import { createFeedbackController, feedbackCommentMaxLength, fillIn, type FeedbackState } from '../lib/shared/feedback-controller';
import type { FeedbackWords } from '../i18n/en/feedback';
import type { Locale } from '../lib/shared/locales';

/** How long after the last keystroke the characters left are read out, so typing is not narrated. */
const countPauseMs = 1000;
/** From how many characters left the count is read out at all. */
const countNearLimit = 100;

class PageFeedback extends HTMLElement {
	connectedCallback(): void {
		const find = <T extends HTMLElement = HTMLElement>(selector: string) => this.querySelector<T>(selector)!;
		const { api, page, brand, locale } = this.dataset;
		const words = JSON.parse(this.dataset.words!) as FeedbackWords;
		const form = find<HTMLFormElement>('form');
		const choices = [...this.querySelectorAll<HTMLButtonElement>('[data-helpful]')];
		const question = find('.pf-question');
		const more = find('.pf-more');
		const comment = find<HTMLTextAreaElement>('textarea');
		const count = find('.pf-count');
		const countStatus = find('.pf-count-status');
		const send = find('.pf-send');
		const sendLabel = send.textContent;
		const status = find('.pf-status');

		const render = (state: FeedbackState) => {
			for (const choice of choices) {
				choice.setAttribute('aria-pressed', String(state.helpful === (choice.dataset.helpful === 'true')));
				// One answer per page view: once it is recorded, it stays as it is.
				choice.setAttribute('aria-disabled', String(state.voted || state.phase === 'sending'));
			}
			more.hidden = state.helpful === null || state.phase === 'sent';
			send.setAttribute('aria-disabled', String(state.phase === 'sending'));
			send.textContent = state.phase === 'sending' ? words.sending : sendLabel;
			if (state.phase === 'sent') {
				const hadFocus = form.contains(document.activeElement);
				// The question and the comment give way to the thanks, which stays where it was said.
				question.hidden = more.hidden = true;
				status.dataset.tone = 'thanks';
				status.textContent = words.thanks;
				// Focus was on Send, now gone: it goes to the thanks, so the keyboard keeps its place.
				if (hadFocus) {
					status.tabIndex = -1;
					status.focus();
				}
			} else if (state.problem) {
				status.dataset.tone = 'problem';
				status.textContent = state.problem;
			} else {
				status.dataset.tone = 'voted';
				status.textContent = state.voted ? words.voted : '';
			}
		};
		const feedback = createFeedbackController({
			api: api!,
			where: { page: page!, brand: brand!, locale: locale as Locale },
			words,
			render,
		});

		for (const choice of choices) {
			choice.addEventListener('click', () => {
				const firstAnswer = feedback.state.helpful === null;
				void feedback.choose(choice.dataset.helpful === 'true');
				// The comment field appears with the answer: that is where the reader goes next.
				if (firstAnswer) comment.focus();
			});
		}

		let countTimer: ReturnType<typeof setTimeout> | undefined;
		comment.addEventListener('input', () => {
			const left = feedbackCommentMaxLength - comment.value.length;
			count.textContent = `${comment.value.length.toLocaleString(locale)} / ${feedbackCommentMaxLength.toLocaleString(locale)}`;
			clearTimeout(countTimer);
			countTimer = setTimeout(() => {
				const said =
					left > countNearLimit
						? ''
						: left <= 0
							? fillIn(words.limitReached, { limit: feedbackCommentMaxLength.toLocaleString(locale) })
							: left === 1
								? words.characterLeft
								: fillIn(words.charactersLeft, { count: left });
				if (countStatus.textContent !== said) countStatus.textContent = said;
			}, countPauseMs);
		});

		form.addEventListener('submit', (event) => {
			event.preventDefault();
			void feedback.send(comment.value);
		});
		// A browser that asks sites not to track it (Do Not Track, Global Privacy Control) sends that with
		// the answer, and the help center keeps nothing of it: so it is not asked at all.
		const navigatorSignals = navigator as Navigator & { globalPrivacyControl?: boolean };
		this.hidden = navigatorSignals.globalPrivacyControl === true || navigator.doNotTrack === '1';
	}
}

customElements.define('page-feedback', PageFeedback);
