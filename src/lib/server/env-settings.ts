import { z } from 'zod';
import { friendlyIssues } from '../shared/friendly-issues.ts';

/**
 * Reads settings from environment variables through a zod schema: each field has one variable,
 * an empty variable counts as unset (so the schema's default applies), and a bad value fails with
 * every offending variable named, its value, and what is expected.
 */
export function readEnvSettings<Schema extends z.ZodType<unknown, Record<string, unknown>>>(
	what: string,
	schema: Schema,
	/** The variable behind each field of the schema's input. */
	variables: Record<keyof z.input<Schema> & string, string>,
	env: Record<string, string | undefined>,
	/** Fields whose value is a secret: a bad one is described by its length, never shown. */
	secretFields: ReadonlyArray<keyof z.input<Schema> & string> = [],
): z.output<Schema> {
	const fieldVariables: Record<string, string> = variables;
	const raw = Object.fromEntries(
		Object.entries(fieldVariables).map(([field, variable]) => [field, env[variable] === '' ? undefined : env[variable]]),
	);
	const result = schema.safeParse(raw);
	if (!result.success) {
		const problems = friendlyIssues(result.error, raw).map((issue) => {
			const field = issue.field.split('.')[0]!;
			// A URL's user and password (REDIS_URL's, say) never reach a message or a log.
			const value = raw[field];
			const shown = (secretFields as readonly string[]).includes(field)
				? `(hidden, ${String(value ?? '').length} characters)`
				: // Up to the last `@`: a password written without percent-encoding may hold `/` or `@` itself.
					JSON.stringify(value)?.replace(/(\/\/).*@/, '$1***@');
			return `  - ${fieldVariables[field]}=${shown}: ${issue.expected}`;
		});
		throw new Error(`Invalid ${what}:\n${problems.join('\n')}`);
	}
	return result.data;
}

/** An on/off variable: 1/0, true/false, yes/no or on/off, in any case. */
export const booleanFlag = z
	.string()
	.transform((value) => value.trim().toLowerCase())
	.pipe(z.enum(['1', '0', 'true', 'false', 'yes', 'no', 'on', 'off'], { error: 'must be 1 or 0 (or true/false, yes/no, on/off)' }))
	.transform((value) => ['1', 'true', 'yes', 'on'].includes(value));
