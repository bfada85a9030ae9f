import type { NextStep, Verdict } from './connection-test-schema';

const invalidFormat: NextStep = { href: '/troubleshooting/#token-is-not-a-remote-api-token', label: 'Token is not a Remote API token' };
const environmentMismatch: NextStep = { href: '/troubleshooting/#wrong-environment', label: 'Fix a wrong environment' };

/**
 * Where the verdicts decided before any call to Remote send the reader. Kept apart from the rest
 * because the in-page tester reaches these on its own and ships them to the browser.
 */
export const precheckNextSteps = { invalid_format: invalidFormat, environment_mismatch: environmentMismatch } satisfies Partial<Record<Verdict, NextStep>>;

/**
 * Where each verdict sends the reader next: the guide or troubleshooting section that fixes it.
 * Shared by the route's answer and the island's in-browser checks, so both point to the same place.
 */
export const nextSteps: Record<Verdict, NextStep> = {
	connected: { href: '/link-account/', label: 'Link your account with this token' },
	invalid_format: invalidFormat,
	environment_mismatch: environmentMismatch,
	unauthorized: { href: '/troubleshooting/#revoked-or-mistyped-token', label: 'Fix a rejected token' },
	forbidden: { href: '/troubleshooting/#missing-permission', label: 'Fix a missing permission' },
	rate_limited: { href: '/troubleshooting/#rate-limited', label: 'About rate limits' },
	upstream_error: { href: '/troubleshooting/#remote-is-unavailable', label: 'When Remote is unavailable' },
	unreachable: { href: '/troubleshooting/#remote-is-unavailable', label: 'When Remote is unavailable' },
	timeout: { href: '/troubleshooting/#remote-is-unavailable', label: 'When Remote is unavailable' },
};
