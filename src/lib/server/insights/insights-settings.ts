import { z } from 'zod';
import { tokenWeakness } from './token-strength.ts';
import { parseDatabaseUrl } from './database.ts';

/**
 * Where the insights are kept and who may read them, read from the environment at startup (the
 * server refuses to start on a bad value, naming the variable).
 */

/** Whether `url` is one the store can open, checked at startup so a typo stops the server, not the insights. */
function isDatabaseUrl(url: string): boolean {
	try {
		if (parseDatabaseUrl(url).engine === 'sqlite') return true;
		// A password with an unencoded `#` or `?`, say, would cut the URL short: pg would read another host.
		const parsed = new URL(url);
		return parsed.hostname !== '' && !parsed.hash;
	} catch {
		return false;
	}
}

/** What DATABASE_URL may name: a SQLite file (Node's own node:sqlite), or a PostgreSQL server. */
const databaseUrl = z
	.string()
	.trim()
	.refine(
		isDatabaseUrl,
		'must be sqlite:<path> (a file, e.g. sqlite:data/insights.db) or postgres://user:password@host:5432/database, with any special character in the password percent-encoded',
	);

export const InsightsSettingsSchema = z.object({
	/** The insights database: a SQLite file by default, PostgreSQL when several instances share it. */
	databaseUrl: databaseUrl.default('sqlite:data/insights.db'),
	/** How many days of records are kept; older ones are deleted once a day. */
	retentionDays: z.coerce
		.number({ error: 'must be a number of days' })
		.int('must be a whole number of days')
		.min(1, 'must be at least 1 day')
		.max(3650, 'must be at most 3650 days (10 years)')
		.default(180),
	/**
	 * The secret that opens /insights/ and GET /api/insights. Without it the dashboard is off (the
	 * records are still kept). Long, so it cannot be guessed within the sign-in limit.
	 */
	token: z
		.string()
		.trim()
		.min(24, 'must be at least 24 characters: make one with `openssl rand -hex 24`')
		.max(512, 'must be at most 512 characters')
		.refine((token) => /^[\x21-\x7e]+$/.test(token), 'must be printable ASCII without spaces')
		.superRefine((token, context) => {
			const weakness = tokenWeakness(token);
			if (weakness)
				context.addIssue({ code: 'custom', message: `is too easy to guess (${weakness}): make one with \`openssl rand -hex 24\`` });
		})
		.optional(),
});
export type InsightsSettings = z.output<typeof InsightsSettingsSchema>;

export const insightsSettingsVariables = {
	databaseUrl: 'DATABASE_URL',
	retentionDays: 'INSIGHTS_RETENTION_DAYS',
	token: 'INSIGHTS_TOKEN',
} as const satisfies Record<keyof InsightsSettings, string>;
