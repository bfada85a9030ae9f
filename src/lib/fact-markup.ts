/**
 * Facts in the registry (remote-facts.ts) are written with two marks of inline Markdown: `**bold**`
 * for a label on Remote's screens and `` `code` `` for a literal. These turn a statement into the
 * HTML a guide shows, or the plain text a tester message or a tooltip needs.
 */

const escapes: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };
const escapeHtml = (text: string) => text.replace(/[&<>"']/g, (character) => escapes[character]!);

/** A statement as HTML: escaped first, so nothing in a fact can become markup but the two marks. */
export function statementToHtml(statement: string): string {
	return escapeHtml(statement)
		.replace(/`([^`]+)`/g, '<code>$1</code>')
		.replace(/\*\*([^*]+)\*\*/g, '<strong>$1</strong>');
}

/** A statement as plain text, its marks removed. */
export function statementToText(statement: string): string {
	return statement.replace(/`([^`]+)`/g, '$1').replace(/\*\*([^*]+)\*\*/g, '$1');
}
