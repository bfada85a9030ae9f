import type { Environment } from './token-rules';

/**
 * Tokens the fake Remote (tests/support/fake-remote.ts) answers in a known way, one per verdict,
 * so anyone can try every outcome offline with `npm run demo`. The fake decides by the part after
 * the prefix, so any token that starts like one of these behaves like it (tests add a unique tail).
 * They are not real tokens and Remote itself rejects them.
 */
export type DemoBehaviour = 'connected' | 'revoked' | 'forbidden' | 'rate_limited' | 'server_error' | 'slow' | 'malformed' | 'reset';

export interface DemoToken {
	token: string;
	environment: Environment;
	behaviour: DemoBehaviour;
	/** What the fake does with it, for the demo list on the page. */
	description: string;
}

export const demoTokens: readonly DemoToken[] = [
	{
		token: 'ra_test_demo_connected_4f1c9a27b3',
		environment: 'sandbox',
		behaviour: 'connected',
		description: 'accepted, company “Acme Sandbox Ltd”',
	},
	{
		token: 'ra_live_demo_connected_8d2e6b10c5',
		environment: 'production',
		behaviour: 'connected',
		description: 'accepted, company “Acme Ltd”',
	},
	{ token: 'ra_test_demo_revoked_77a0d4e9f1', environment: 'sandbox', behaviour: 'revoked', description: 'revoked: 401 Unauthorized' },
	{
		token: 'ra_test_demo_forbidden_3c5b8e2a90',
		environment: 'sandbox',
		behaviour: 'forbidden',
		description: 'lacks permission: 403 Forbidden',
	},
	{
		token: 'ra_test_demo_rate_limited_5e9f2c7d',
		environment: 'sandbox',
		behaviour: 'rate_limited',
		description: 'rate limited: 429, resets in 42 s',
	},
	{
		token: 'ra_test_demo_server_error_b8a1f4c3',
		environment: 'sandbox',
		behaviour: 'server_error',
		description: 'Remote is down: 503 with an HTML page',
	},
	{ token: 'ra_test_demo_slow_6c2d9e4f1a07b5', environment: 'sandbox', behaviour: 'slow', description: 'answers after 30 s: times out' },
	{
		token: 'ra_test_demo_malformed_9a7e3b1d2c',
		environment: 'sandbox',
		behaviour: 'malformed',
		description: '200 that is not Remote’s JSON',
	},
	{ token: 'ra_test_demo_reset_2f8c6a4e0d9b1', environment: 'sandbox', behaviour: 'reset', description: 'connection reset: unreachable' },
];

/** The behaviour the fake gives `token`, from the marker after its prefix, or undefined. */
export function demoBehaviourOf(token: string): DemoBehaviour | undefined {
	const body = token.slice('ra_xxxx_'.length);
	return demoTokens.find((demo) => body.startsWith(`demo_${demo.behaviour}_`))?.behaviour;
}
