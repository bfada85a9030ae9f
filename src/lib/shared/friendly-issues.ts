import type { z } from 'zod';

/**
 * zod's issues as a person reads them: which field, what was found there and what is expected.
 * The one formatter behind every message about bad input: a brand file, an environment variable,
 * a request to the API. Each caller lays the lines out its own way, and says whether the value
 * found may be quoted back (never for a request, whose values may be a token).
 */
export interface FriendlyIssue {
	/** The field at fault as a dotted path (`uses.0.access`), or '' for the whole input. */
	field: string;
	/** The value found there, short and as JSON (`"#f5c518"`, `nothing`); absent when it may not be quoted. */
	found?: string;
	/** What would be accepted, in the schema's own words. */
	expected: string;
	/** For a field the schema does not know: its key, as sent. */
	unknownKey?: string;
}

/** The value at `path` inside `value`. */
function valueAt(value: unknown, path: readonly PropertyKey[]): unknown {
	return path.reduce<unknown>(
		(current, key) => (current !== null && typeof current === 'object' ? (current as Record<PropertyKey, unknown>)[key] : undefined),
		value,
	);
}

/** A value as "found …" shows it: JSON, cut to a line. */
function describeFound(value: unknown): string {
	if (value === undefined) return 'nothing';
	const text = JSON.stringify(value);
	return text.length > 60 ? `${text.slice(0, 57)}…` : text;
}

/**
 * Every issue of `error` about `input`, one per field: an unknown field becomes one issue per key.
 * With `quoteFound: false`, nothing of the input is repeated.
 */
export function friendlyIssues(error: z.ZodError, input: unknown, { quoteFound = true }: { quoteFound?: boolean } = {}): FriendlyIssue[] {
	return error.issues.flatMap((issue): FriendlyIssue[] => {
		const field = issue.path.map(String).join('.');
		if (issue.code === 'unrecognized_keys') {
			return issue.keys.map((key) => ({
				field: field ? `${field}.${key}` : key,
				expected: 'only the fields this schema describes',
				unknownKey: key,
			}));
		}
		return [{ field, expected: issue.message, ...(quoteFound ? { found: describeFound(valueAt(input, issue.path)) } : {}) }];
	});
}
