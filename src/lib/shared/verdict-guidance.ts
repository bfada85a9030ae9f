import type { NextStep } from './connection-test-schema';
import type { ResultCode } from './connection-test-codes';
import { localizePath, type Locale } from './locales';

/**
 * Where each outcome of a token test sends the reader next: the guide to continue with, or the one
 * section of /troubleshooting/ about exactly that outcome. One catalogue for the route's answers,
 * its refusals and both testers, so every outcome lands on a section of its own (an e2e test opens
 * each link in every language and checks its section exists, and that no two share one). The
 * sections' ids are explicit and the same in every language; each language's words give the labels.
 */

/** The refusals of this help center's own route that a reader can act on, each with its section. */
export type RefusalWithGuidance = 'too_many_requests' | 'server_busy' | 'origin_not_allowed';

export const nextStepPaths = {
	connected: '/link-account/',
	invalid_format: '/troubleshooting/#token-is-not-a-remote-api-token',
	environment_mismatch: '/troubleshooting/#wrong-environment',
	unauthorized: '/troubleshooting/#revoked-or-mistyped-token',
	forbidden: '/troubleshooting/#remote-refused-the-check',
	rate_limited: '/troubleshooting/#rate-limited',
	gateway_not_found: '/troubleshooting/#the-gateway-was-not-found',
	unexpected_answer: '/troubleshooting/#an-unexpected-answer',
	remote_unavailable: '/troubleshooting/#remote-is-unavailable',
	unreachable: '/troubleshooting/#remote-could-not-be-reached',
	timeout: '/troubleshooting/#remote-did-not-answer-in-time',
	too_many_requests: '/troubleshooting/#too-many-tests',
	server_busy: '/troubleshooting/#the-tester-is-busy',
	origin_not_allowed: '/troubleshooting/#a-test-from-another-site',
} as const satisfies Record<ResultCode | RefusalWithGuidance, string>;

/** Every outcome with a next step: the results' codes and the refusals a reader can act on. */
export type NextStepFor = keyof typeof nextStepPaths;

/**
 * Every outcome's next step in one language, on a site whose root language is `rootLocale`
 * (the house site's is English; a brand may choose another).
 */
export function nextStepsIn(labels: Record<NextStepFor, string>, locale: Locale, rootLocale?: Locale): Record<NextStepFor, NextStep> {
	return Object.fromEntries(
		Object.entries(nextStepPaths).map(([outcome, path]) => [
			outcome,
			{ href: localizePath(path, locale, rootLocale), label: labels[outcome as NextStepFor] },
		]),
	) as Record<NextStepFor, NextStep>;
}
