/** Where the end-to-end run puts its servers, shared by playwright.config.ts and the tests. */
export const helpCenterPort = Number(process.env.E2E_PORT ?? 4329);
export const baseURL = `http://127.0.0.1:${helpCenterPort}`;
/** The fake Remote: sandbox on this port, production on the next (tests/support/fake-remote.ts). */
export const fakeRemotePort = helpCenterPort + 1;
export const fakeRemoteCallsUrl = `http://127.0.0.1:${fakeRemotePort}/__fake/calls`;
/** Short, so the timeout verdict is tested in seconds; the slow demo token waits 30 s. */
export const e2eRemoteTimeoutMs = 1500;
/** Two other localhost origins for the embed: one listed in EMBED_ALLOWED_ORIGINS, one not. */
export const embedAllowedPort = helpCenterPort + 6;
export const embedRefusedPort = helpCenterPort + 7;
export const embedAllowedOrigin = `http://127.0.0.1:${embedAllowedPort}`;
/** The insights dashboard's token in the end-to-end run, and the database it reads (fresh each run). */
export const e2eInsightsToken = 'e2e-insights-token-0123456789abcdef';
export const e2eDatabaseUrl = `sqlite:${process.env.E2E_DATABASE_DIR ?? `/tmp/remote-connect-e2e-${helpCenterPort}`}/insights-${process.pid}.db`;
