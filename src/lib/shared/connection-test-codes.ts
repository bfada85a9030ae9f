import type { FormatProblem } from './token-rules';

/**
 * The stable, language-free codes of a token test's answer: one on the result (what happened, and
 * so which section explains it) and one on each check. The words differ per language; these never
 * do, so a platform may word an answer itself. docs/token-tester.md lists them; renaming one
 * breaks platforms.
 */

/** What Remote's answer, or its absence, comes to (src/lib/server/remote-gateway.ts decides). */
export type LiveVerdict = 'connected' | 'unauthorized' | 'forbidden' | 'rate_limited' | 'upstream_error' | 'unreachable' | 'timeout';

/** Why an `upstream_error` answer could not be used: each cause has its own fix and its own section. */
export const upstreamErrorCauses = ['gateway_not_found', 'unexpected_answer', 'remote_unavailable'] as const;
export type UpstreamErrorCause = (typeof upstreamErrorCauses)[number];

/** Every verdict a test can reach: decided in the browser and on the server, or by Remote's answer. */
export const verdicts = [
	'connected',
	'invalid_format',
	'environment_mismatch',
	'unauthorized',
	'forbidden',
	'rate_limited',
	'upstream_error',
	'unreachable',
	'timeout',
] as const;

/** The result's `code`: its verdict, except that an `upstream_error` names its cause. */
export type ResultCode = Exclude<(typeof verdicts)[number], 'upstream_error'> | UpstreamErrorCause;
export const resultCodes: readonly ResultCode[] = [
	...verdicts.filter((verdict): verdict is Exclude<typeof verdict, 'upstream_error'> => verdict !== 'upstream_error'),
	...upstreamErrorCauses,
];

/** Remote's answer, or its absence, as the last check's code. */
export const liveCheckCodes = [
	'accepted',
	'not_identity',
	'rejected',
	'refused',
	'rate_limited',
	'rate_limited_reset_known',
	'redirected',
	'gateway_not_found',
	'remote_unavailable',
	'unexpected_status',
	'timeout',
	'unreachable',
	'connection_broken',
] as const;
export type LiveCheckCode = (typeof liveCheckCodes)[number];

/** The format check's code: the problem found, in snake case, or `format_valid`. */
export const formatCheckCodes = {
	empty: 'empty',
	tooLong: 'too_long',
	cutOff: 'cut_off',
	whitespaceInside: 'whitespace_inside',
	controlCharacter: 'control_character',
	nonAscii: 'non_ascii',
	lookalike: 'lookalike',
	copiedCharacter: 'copied_character',
	capitals: 'capitals',
	otherVendor: 'other_vendor',
	partialPrefix: 'partial_prefix',
	notRemote: 'not_remote',
	prefixOnly: 'prefix_only',
} as const satisfies Record<FormatProblem['code'], string>;
export type FormatCheckCode = (typeof formatCheckCodes)[FormatProblem['code']];

/** Every code a check can carry, stage by stage. */
export const checkCodes = {
	format: ['format_valid', ...Object.values(formatCheckCodes)],
	environment: ['environment_matches', 'environment_mismatch', 'environment_not_checked'],
	remote: ['not_sent_invalid_format', 'not_sent_environment_mismatch', ...liveCheckCodes],
} as const;
export type CheckCode = (typeof checkCodes)[keyof typeof checkCodes][number];
