import type { VerdictDetail } from '../../src/lib/shared/tester-controller';

/** The `remote-token-tester:verdict` detail for a Sandbox token the fake Remote accepts (tests/support/fake-remote.ts). */
export const connectedSandboxVerdict: VerdictDetail = {
	verdict: 'connected',
	environment: 'sandbox',
	detectedEnvironment: 'sandbox',
	companyName: 'Acme Sandbox Ltd',
	upstreamStatus: 201,
	retryAfterSeconds: null,
};
