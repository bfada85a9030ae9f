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

/**
 * The help-center path an answer's next step names, or the troubleshooting guide when it is not a
 * plain site path: a tampered answer must not turn the link into `javascript:` or another site.
 */
export function safeGuidePath(href: string): string {
	return /^\/(?!\/)[\w\-./#]*$/.test(href) ? href : '/troubleshooting/';
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
