import { existsSync } from 'node:fs';
import { defineConfig, devices } from '@playwright/test';
import { chromiumArgs, chromiumPath } from './scripts/chromium.mjs';
import {
	baseURL,
	e2eDatabaseUrl,
	e2eInsightsToken,
	e2eRemoteTimeoutMs,
	embedAllowedOrigin,
	fakeRemoteCallsUrl,
	fakeRemotePort,
	helpCenterPort,
} from './tests/support/e2e-settings';

/**
 * End-to-end tests drive the production build, served by the real standalone Node server, in the
 * system's Chromium. Browsers are never downloaded: this machine has no internet, only Debian's apt.
 */
if (!existsSync(chromiumPath)) {
	throw new Error(
		`No Chromium found at ${chromiumPath}.\n` +
			"Install Debian's build with `sudo apt-get install -y chromium` (or `apt-get install -y chromium` as root),\n" +
			'or point CHROMIUM_PATH at another Chromium or Chrome binary. `npx playwright install` is not needed.',
	);
}

export default defineConfig({
	testDir: 'tests/e2e',
	fullyParallel: true,
	forbidOnly: Boolean(process.env.CI),
	workers: 2,
	timeout: 30_000,
	reporter: [['list']],
	use: {
		baseURL,
		trace: 'retain-on-failure',
	},
	projects: [
		{
			name: 'chromium',
			use: {
				...devices['Desktop Chrome'],
				launchOptions: {
					executablePath: chromiumPath,
					args: chromiumArgs,
				},
			},
		},
	],
	webServer: [
		{
			command: `"${process.execPath}" tests/support/fake-remote.ts --port ${fakeRemotePort}`,
			url: fakeRemoteCallsUrl,
			reuseExistingServer: false,
		},
		{
			// The same command as `npm start`, run with the Node that runs Playwright (Node 24 under npm),
			// pointed at the fake Remote. Every test comes from 127.0.0.1, hence the high rate limit.
			command: `"${process.execPath}" server.mjs`,
			url: `${baseURL}/api/health`,
			env: {
				HOST: '127.0.0.1',
				PORT: String(helpCenterPort),
				REMOTE_SANDBOX_API_URL: `http://127.0.0.1:${fakeRemotePort}`,
				REMOTE_PRODUCTION_API_URL: `http://127.0.0.1:${fakeRemotePort + 1}`,
				REMOTE_TIMEOUT_MS: String(e2eRemoteTimeoutMs),
				TESTER_RATE_LIMIT: '100000',
				EMBED_ALLOWED_ORIGINS: embedAllowedOrigin,
				DATABASE_URL: e2eDatabaseUrl,
				INSIGHTS_TOKEN: e2eInsightsToken,
			},
			reuseExistingServer: false,
			timeout: 60_000,
		},
	],
});
