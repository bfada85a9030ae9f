/**
 * Facts in the registry (remote-facts.ts) are written with two marks of inline Markdown: `**bold**`
 * for a label on Remote's screens and `` `code` `` for a literal. These turn a statement into the
 * HTML a guide shows, or the plain text a tester message or a tooltip needs.
 */

const escapes: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };
const escapeHtml = (text: string) => text.replace(/[&<>"']/g, (character) => escapes[character]!);

/** The statement cut into code spans and the text between them, so no mark applies inside code. */
const parts = (statement: string) => statement.split(/(`[^`]+`)/).filter(Boolean);
const isCode = (part: string) => part.length > 2 && part.startsWith('`') && part.endsWith('`');

/** A statement as HTML: escaped first, so nothing in a fact can become markup but the two marks. */
export function statementToHtml(statement: string): string {
	return parts(statement)
		.map((part) =>
			isCode(part) ? `<code>${escapeHtml(part.slice(1, -1))}</code>` : escapeHtml(part).replace(/\*\*([^*]+)\*\*/g, '<strong>$1</strong>'),
		)
		.join('');
}

/** A statement as plain text, its marks removed. */
export function statementToText(statement: string): string {
	return parts(statement)
		.map((part) => (isCode(part) ? part.slice(1, -1) : part.replace(/\*\*([^*]+)\*\*/g, '$1')))
		.join('');
}

/** How each language writes a day: English as in Britain ("30 November 2026"), the others as their own. */
const dateLocales: Record<string, string> = { en: 'en-GB' };

/** The day a fact was checked, as readers of `locale` write dates: "30 November 2026", "30. November 2026". */
export function formatCheckedDate(date: string, locale = 'en'): string {
	const written = new Date(`${date}T00:00:00Z`).toLocaleDateString(dateLocales[locale] ?? locale, {
		day: 'numeric',
		month: 'long',
		year: 'numeric',
		timeZone: 'UTC',
	});
	// French writes the first of the month as an ordinal: « 1er décembre 2026 ».
	return locale === 'fr' ? written.replace(/^1 /, '1er ') : written;
}
