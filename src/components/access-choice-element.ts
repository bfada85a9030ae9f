/**
 * Behaviour of `<access-choice>` (markup in AccessChoice.astro): the reader says whether the
 * platform only reads or also writes, and every `[data-access-when]` on the page shows for that
 * answer only ("read", "write", or "unset" before any answer). The answer goes into the address
 * (`?access=`) so the page can be linked to as it is; nothing is stored anywhere else.
 */
type Answer = 'read' | 'write' | 'unset';

class AccessChoice extends HTMLElement {
	connectedCallback(): void {
		const question = this.querySelector('fieldset')!;
		const radios = [...question.querySelectorAll<HTMLInputElement>('input[name=access]')];
		const show = (answer: Answer) => {
			for (const part of document.querySelectorAll<HTMLElement>('[data-access-when]')) {
				part.hidden = !part.dataset.accessWhen!.split(' ').includes(answer);
			}
		};
		const linked = new URLSearchParams(location.search).get('access');
		const answer: Answer = linked === 'read' || linked === 'write' ? linked : 'unset';
		for (const radio of radios) radio.checked = radio.value === answer;
		show(answer);
		question.addEventListener('change', () => {
			const chosen = radios.find((radio) => radio.checked)!.value as Answer;
			show(chosen);
			const url = new URL(location.href);
			url.searchParams.set('access', chosen);
			history.replaceState(history.state, '', url);
		});
	}
}

customElements.define('access-choice', AccessChoice);
