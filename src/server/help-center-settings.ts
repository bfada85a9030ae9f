import { z } from 'zod';
import { ApiSettingsSchema, apiSettingsVariables, gatewaySettingsOf } from '../lib/server/api-settings.ts';
import { readEnvSettings } from '../lib/server/env-settings.ts';
import { InsightsSettingsSchema, insightsSettingsVariables } from '../lib/server/insights/insights-settings.ts';
import { ServerSettingsSchema, serverSettingsVariables } from '../lib/server/server-settings.ts';

/**
 * Every setting the help center reads, from the environment, once: the API's, the server's and the
 * insights' schemas composed into one, which outputs each part in the shape the code that uses it
 * takes. No caller assembles gateway settings, limits or the request policy again.
 */

/** The environment variable behind each setting, for error messages and the README's table. */
export const helpCenterSettingsVariables = {
	...apiSettingsVariables,
	...serverSettingsVariables,
	...insightsSettingsVariables,
} as const;

export const HelpCenterSettingsSchema = z
	.object({ ...ApiSettingsSchema.shape, ...ServerSettingsSchema.shape, ...InsightsSettingsSchema.shape })
	.transform((settings) => ({
		/** The one call to Remote: each environment's gateway and the call's time budget. */
		gateway: gatewaySettingsOf(settings),
		/** What every JSON route counts against, here or, with `redisUrl`, shared by every instance. */
		limits: {
			rateLimitPerMinute: settings.rateLimitPerMinute,
			mcpRateLimitPerMinute: settings.mcpRateLimitPerMinute,
			maxConcurrentTests: settings.maxConcurrentTests,
			redisUrl: settings.redisUrl,
			redisTimeoutMs: settings.redisTimeoutMs,
			// A place under the cap is held at most for the call's whole budget, and a little more.
			longestTestMs: settings.timeoutMs + 1000,
		},
		/** Who may call the API from a browser, and which proxies in front name the client. */
		requestPolicy: { embedAllowedOrigins: settings.embedAllowedOrigins, trustedProxies: settings.trustedProxies },
		/** How the server listens and protects its readers. */
		server: {
			host: settings.host,
			port: settings.port,
			frameAncestors: settings.frameAncestors,
			hsts: settings.hsts,
			clientTimeoutMs: settings.clientTimeoutMs,
			maxConnections: settings.maxConnections,
			exportsDir: settings.exportsDir,
		},
		/** Where the insights are kept and who may read them. */
		insights: { databaseUrl: settings.databaseUrl, retentionDays: settings.retentionDays, token: settings.token },
	}));

export type HelpCenterSettings = z.output<typeof HelpCenterSettingsSchema>;
export type RequestPolicy = HelpCenterSettings['requestPolicy'];

/** Reads every setting, failing with each bad variable named, its value (never a secret's), and what is expected. */
export function readHelpCenterSettings(env: Record<string, string | undefined> = process.env): HelpCenterSettings {
	return readEnvSettings('settings', HelpCenterSettingsSchema, helpCenterSettingsVariables, env, ['token']);
}
