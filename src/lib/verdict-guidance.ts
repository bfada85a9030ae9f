import type { NextStep, Verdict } from './connection-test-schema';

/**
 * Where each verdict sends the reader next: the guide or troubleshooting section that fixes it.
 * Shared by the route's answer and the island's in-browser checks, so both point to the same place.
 */
export const nextSteps: Record<Verdict, NextStep> = {
	connected: { href: '/link-account/', label: 'Link your account with this token' },
	invalid_format: { href: '/troubleshooting/#token-is-not-a-remote-api-token', label: 'Token is not a Remote API token' },
	environment_mismatch: { href: '/troubleshooting/#wrong-environment', label: 'Fix a wrong environment' },
	unauthorized: { href: '/troubleshooting/#revoked-or-mistyped-token', label: 'Fix a rejected token' },
	forbidden: { href: '/troubleshooting/#missing-permission', label: 'Fix a missing permission' },
	rate_limited: { href: '/troubleshooting/#rate-limited', label: 'About rate limits' },
	upstream_error: { href: '/troubleshooting/#remote-is-unavailable', label: 'When Remote is unavailable' },
	unreachable: { href: '/troubleshooting/#remote-is-unavailable', label: 'When Remote is unavailable' },
	timeout: { href: '/troubleshooting/#remote-is-unavailable', label: 'When Remote is unavailable' },
};
