import { z } from 'zod';
import { readEnvSettings } from './env-settings';

/**
 * The token tester's runtime settings, read from the environment when the server first needs them.
 * Tests and `npm run demo` point the gateways at the fake Remote on 127.0.0.1 through these.
 */
const booleanFlag = z
	.enum(['1', '0', 'true', 'false', 'yes', 'no'], { error: 'must be 1 or 0 (or true/false, yes/no)' })
	.transform((value) => value === '1' || value === 'true' || value === 'yes');

const gatewayUrl = z
	.url({ protocol: /^https?$/, error: 'must be an http(s) URL such as https://gateway.remote.com' })
	.transform((url) => url.replace(/\/+$/, ''));

export const TesterSettingsSchema = z.object({
	/** The production gateway, which `ra_live_` tokens are sent to. */
	productionApiUrl: gatewayUrl.default('https://gateway.remote.com'),
	/** The sandbox gateway, which `ra_test_` tokens are sent to. */
	sandboxApiUrl: gatewayUrl.default('https://gateway.remote-sandbox.com'),
	/** The time budget of one call to Remote, in milliseconds. */
	timeoutMs: z.coerce
		.number({ error: 'must be a number of milliseconds' })
		.int('must be a whole number of milliseconds')
		.min(100, 'must be at least 100 ms')
		.max(60_000, 'must be at most 60000 ms')
		.default(8000),
	/** How many tests one client may run per minute before getting 429. */
	rateLimitPerMinute: z.coerce
		.number({ error: 'must be a number of tests per minute' })
		.int('must be a whole number')
		.min(1, 'must be at least 1')
		.default(10),
	/** Whether a proxy in front sets `X-Forwarded-For`, so it names the client instead of the socket. */
	trustProxy: booleanFlag.default(false),
});
export type TesterSettings = z.output<typeof TesterSettingsSchema>;

export const testerSettingsVariables = {
	productionApiUrl: 'REMOTE_PRODUCTION_API_URL',
	sandboxApiUrl: 'REMOTE_SANDBOX_API_URL',
	timeoutMs: 'REMOTE_TIMEOUT_MS',
	rateLimitPerMinute: 'TESTER_RATE_LIMIT',
	trustProxy: 'TRUST_PROXY',
} as const satisfies Record<keyof TesterSettings, string>;

/** Reads the settings, failing with every bad variable named, its value, and what is expected. */
export function readTesterSettings(env: Record<string, string | undefined> = process.env): TesterSettings {
	return readEnvSettings('token tester settings', TesterSettingsSchema, testerSettingsVariables, env);
}
