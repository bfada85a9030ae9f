/**
 * Building HTML as text, safely: every value goes through `escapeHtml`, and `html` marks text that
 * is already markup. Readers' comments reach the dashboard, so nothing may be interpolated raw.
 */

const entities: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

export function escapeHtml(value: string | number): string {
	return String(value).replace(/[&<>"']/g, (character) => entities[character]!);
}

/** Markup that is already safe: built by `html` from escaped values. */
export class Markup {
	constructor(readonly text: string) {}
	toString(): string {
		return this.text;
	}
}

type Value = Markup | string | number | null | undefined | false | Value[];

function render(value: Value): string {
	if (value === null || value === undefined || value === false) return '';
	if (Array.isArray(value)) return value.map(render).join('');
	if (value instanceof Markup) return value.text;
	return escapeHtml(value);
}

/** A template tag: the literal parts are markup, every interpolated value is escaped (unless it is Markup). */
export function html(strings: TemplateStringsArray, ...values: Value[]): Markup {
	let text = strings[0]!;
	values.forEach((value, index) => (text += render(value) + strings[index + 1]!));
	return new Markup(text);
}
