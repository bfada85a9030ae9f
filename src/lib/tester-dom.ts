/**
 * DOM helpers shared by the two token testers (the in-page island and the embeddable element).
 * Browser-only, and kept tiny: both ship to readers.
 */

/** Creates an element with attributes and children; text goes in as text, never parsed as HTML. */
export function h(tag: string, attributes: Record<string, string> = {}, ...children: Array<Node | string>): HTMLElement {
	const element = document.createElement(tag);
	for (const [name, value] of Object.entries(attributes)) element.setAttribute(name, value);
	element.append(...children);
	return element;
}

/** Makes `button` show and hide the token in `input`, its name saying what the next press does. */
export function bindRevealToggle(input: HTMLInputElement, button: HTMLElement): void {
	button.addEventListener('click', () => {
		const revealing = input.type === 'password';
		input.type = revealing ? 'text' : 'password';
		button.textContent = revealing ? 'Hide' : 'Show';
		button.setAttribute('aria-label', revealing ? 'Hide token' : 'Show token');
	});
}
