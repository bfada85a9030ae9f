import type { NextStep } from './connection-test-schema';

/**
 * Where each outcome of a token test sends the reader next: the guide to continue with, or the one
 * section of /troubleshooting/ about exactly that outcome. One catalogue for the route's answers,
 * its refusals and the in-page tester, so every verdict lands on a section of its own (an e2e test
 * opens each link and checks its section exists, and that no two share one).
 */

const invalidFormat: NextStep = { href: '/troubleshooting/#token-is-not-a-remote-api-token', label: 'Token is not a Remote API token' };
const environmentMismatch: NextStep = { href: '/troubleshooting/#wrong-environment', label: 'Fix a wrong environment' };

/**
 * Where the verdicts decided before any call to Remote send the reader. Kept apart from the rest
 * because the in-page tester reaches these on its own and ships them to the browser.
 */
export const precheckNextSteps = { invalid_format: invalidFormat, environment_mismatch: environmentMismatch } satisfies Record<
	string,
	NextStep
>;

/**
 * Why a gateway's answer could not be used (the `upstream_error` verdict). Each cause has its own
 * fix: a wrong gateway address is this help center's to fix, an outage is Remote's.
 */
export type UpstreamErrorCause = 'gateway_not_found' | 'unexpected_answer' | 'remote_unavailable';

/** The refusals of this help center's own route that a reader can act on, each with its section. */
export type RefusalWithGuidance = 'too_many_requests' | 'server_busy' | 'origin_not_allowed';

/** Every outcome with a next step: the verdicts, `upstream_error` split by cause, and the refusals. */
export const nextSteps = {
	connected: { href: '/link-account/', label: 'Link your account with this token' },
	// Named one by one rather than spread: bundlers cannot tell a spread is free of side effects,
	// and would keep this whole catalogue in the browser bundles that only need the two above.
	invalid_format: invalidFormat,
	environment_mismatch: environmentMismatch,
	unauthorized: { href: '/troubleshooting/#revoked-or-mistyped-token', label: 'Fix a rejected token' },
	forbidden: { href: '/troubleshooting/#remote-refused-the-check', label: 'When Remote refuses the check' },
	rate_limited: { href: '/troubleshooting/#rate-limited', label: 'About Remote’s rate limit' },
	gateway_not_found: { href: '/troubleshooting/#the-gateway-was-not-found', label: 'When the gateway is not found' },
	unexpected_answer: { href: '/troubleshooting/#an-unexpected-answer', label: 'When the gateway’s answer is not Remote’s' },
	remote_unavailable: { href: '/troubleshooting/#remote-is-unavailable', label: 'When Remote is unavailable' },
	unreachable: { href: '/troubleshooting/#remote-could-not-be-reached', label: 'When Remote cannot be reached' },
	timeout: { href: '/troubleshooting/#remote-did-not-answer-in-time', label: 'When Remote does not answer in time' },
	too_many_requests: { href: '/troubleshooting/#too-many-tests', label: 'Why this help center paused your tests' },
	server_busy: { href: '/troubleshooting/#the-tester-is-busy', label: 'When the tester is busy' },
	origin_not_allowed: { href: '/troubleshooting/#a-test-from-another-site', label: 'Why a test from another site is refused' },
} satisfies Record<string, NextStep>;

export type NextStepFor = keyof typeof nextSteps;
