import type { TesterWords } from '../../i18n/en/tester';
import type { FormatProblem } from './token-rules';

/**
 * Words with their `{placeholders}` filled in. Apart from the words themselves (src/i18n/<language>/tester.ts),
 * so the in-page tester, which gets its words from its page, bundles none of them.
 */

/** A message with its `{placeholders}` filled in; `{name}` is looked up in `names`. */
export function fill(template: string, values: Record<string, string | number> = {}, names: Record<string, string> = {}): string {
	return template.replace(/\{(\w+)\}/g, (_, key: string) => String(key === 'name' ? names[values.name!] : values[key]));
}

/** A format problem in words. */
export function describeFormatProblem(problem: FormatProblem, words: Pick<TesterWords, 'format' | 'names'>): string {
	return fill(words.format[problem.code], problem as Record<string, string | number>, words.names);
}
