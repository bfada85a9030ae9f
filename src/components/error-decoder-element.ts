/**
 * `<error-decoder>` (markup and styles in ErrorDecoder.astro): decodes what the reader pastes with
 * the error catalogue, in the browser. It makes no request of any kind: the catalogue, the words and
 * the links come with the page. A token in the text is masked before anything is
 * matched, and the field then shows the masked text too, so the token does not stay on screen.
 */
import {
	decodeWith,
	revivedDecodable,
	speakerName,
	type DecodableError,
	type DecodableErrorData,
	type ErrorMeaning,
} from '../lib/shared/error-decoding';
import { fill } from '../lib/shared/fill-words';
import { h } from '../lib/shared/tester-view';
import type { PageWords } from '../i18n/page-words';

type DecoderWords = Pick<
	PageWords['decoder'],
	'empty' | 'noMatch' | 'noMatchLink' | 'secretFound' | 'youPasted' | 'found' | 'moreFound' | 'anyHttpTool' | 'means' | 'certainty'
>;
type Link = { href: string; label: string };

class ErrorDecoder extends HTMLElement {
	connectedCallback(): void {
		const words = JSON.parse(this.dataset.words!) as DecoderWords;
		const links = JSON.parse(this.dataset.links!) as Record<ErrorMeaning, { section: Link; reconnect: Link }>;
		const catalogue = (JSON.parse(this.dataset.catalogue!) as DecodableErrorData[]).map(revivedDecodable);
		const form = this.querySelector('form')!;
		const field = this.querySelector('textarea')!;
		const answer = this.querySelector<HTMLElement>('.ed-answer')!;
		const anchor = ({ href, label }: Link) => h('a', { href }, `${label} →`);
		const found = (entry: DecodableError) =>
			fill(words.found, { text: entry.text, speaker: speakerName(entry.shownBy, words.anyHttpTool) });

		const decode = () => {
			answer.replaceChildren();
			delete answer.dataset.tone;
			if (!field.value.trim()) return void answer.append(h('p', {}, words.empty));
			const { shown, hadSecret, matches } = decodeWith(catalogue, field.value);
			const parts: Node[] = [];
			if (hadSecret) {
				// Nothing token-shaped stays on screen: the field takes the masked text as well.
				field.value = shown;
				parts.push(h('p', { class: 'ed-secret' }, words.secretFound), h('p', {}, words.youPasted), h('pre', { tabindex: '0' }, shown));
			}
			const [first, ...others] = matches;
			if (!first) {
				answer.dataset.tone = 'unknown';
				parts.push(h('p', {}, words.noMatch), h('p', {}, anchor({ href: this.dataset.troubleshooting!, label: words.noMatchLink })));
			} else {
				answer.dataset.tone = 'found';
				const { section, reconnect } = links[first.means];
				parts.push(
					h('p', { class: 'ed-cause', 'data-means': first.means }, words.means[first.means]),
					h('p', { 'data-entry': first.id }, found(first), ' ', words.certainty[first.certainty]),
					h('p', {}, anchor(section)),
					h('p', {}, anchor(reconnect)),
				);
				if (others.length > 0) {
					parts.push(
						h('p', {}, words.moreFound),
						h(
							'ul',
							{},
							...others.map((entry) => h('li', { 'data-entry': entry.id }, found(entry), ' ', anchor(links[entry.means].section))),
						),
					);
				}
			}
			answer.append(...parts);
		};

		form.addEventListener('submit', (event) => {
			event.preventDefault();
			decode();
		});
		// A paste is the usual way in: answer it at once, once the pasted text is in the field.
		field.addEventListener('paste', () => setTimeout(decode));
		this.querySelector<HTMLFieldSetElement>('fieldset')!.disabled = false;
	}
}

customElements.define('error-decoder', ErrorDecoder);
