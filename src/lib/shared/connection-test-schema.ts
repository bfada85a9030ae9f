import { z } from 'zod';
import { checkCodes, resultCodes, verdicts } from './connection-test-codes';

export { verdicts };
import { locales } from './locales';
import { environments } from './token-rules';

/**
 * The shapes `POST /api/connection-test` accepts and answers with. The route parses with these,
 * the island imports their types only (so zod never ships to the browser), and the tests parse
 * every answer with them.
 */

export const EnvironmentSchema = z.enum(environments);

/** The largest request body the route reads; a token is at most 512 characters. */
export const maximumRequestBytes = 4096;

export const ConnectionTestRequestSchema = z.strictObject({
	/** The token as pasted; surrounding whitespace, quotes and `Bearer ` are forgiven. */
	token: z.string({ error: (issue) => (issue.input === undefined ? 'is required' : 'must be a string') }),
	/** The environment to test against; when absent, the one the token's prefix names. */
	environment: EnvironmentSchema.optional(),
	/**
	 * Where the test is run from, for the help center's insights: a guide's slug, or `embed`. Only
	 * counted, and only when the request does not ask not to be tracked.
	 */
	page: z.string({ error: 'must be a string' }).max(100, 'must be at most 100 characters').optional(),
	/** The brand whose copy of the guides the test runs in (its id), when not this server's own. */
	brand: z.string({ error: 'must be a string' }).max(100, 'must be at most 100 characters').optional(),
	/**
	 * The language to answer in, as a language tag (`de`, `fr-CA`). Without it, the request's
	 * `Accept-Language` chooses; a language the help center is not written in gets English.
	 */
	locale: z.string({ error: 'must be a string, such as "de"' }).max(35, 'must be a language tag, such as "de"').optional(),
});
export type ConnectionTestRequest = z.infer<typeof ConnectionTestRequestSchema>;

export const VerdictSchema = z.enum(verdicts);
export type Verdict = z.infer<typeof VerdictSchema>;

export const CheckSchema = z.object({
	/** Which stage this is: the token's format, its environment, or Remote's answer. */
	id: z.enum(['format', 'environment', 'remote']),
	/** What this stage found, as a stable, language-free code (docs/token-tester.md lists them). */
	code: z.enum([...checkCodes.format, ...checkCodes.environment, ...checkCodes.remote]),
	status: z.enum(['pass', 'warn', 'fail', 'skip']),
	/** What happened, in words a person understands. */
	message: z.string(),
});
export type Check = z.infer<typeof CheckSchema>;

export const NextStepSchema = z.object({
	/** A guide page or troubleshooting section for this verdict, as a site path. */
	href: z.string(),
	label: z.string(),
});
export type NextStep = z.infer<typeof NextStepSchema>;

export const ConnectionTestResultSchema = z.object({
	verdict: VerdictSchema,
	/** The outcome as a stable, language-free code: the verdict, or an `upstream_error`'s cause. */
	code: z.enum(resultCodes),
	/** The language `summary`, the checks' messages, `notices` and `nextStep` are in; `nextStep` leads to its pages. */
	locale: z.enum(locales),
	/** One sentence that sums the verdict up, e.g. "Connected to Acme Ltd — Sandbox" */
	summary: z.string(),
	/** The environment tested against: the one asked for, else the detected one, else null. */
	environment: EnvironmentSchema.nullable(),
	/** The environment the token's prefix names, or null when it has no Remote prefix. */
	detectedEnvironment: EnvironmentSchema.nullable(),
	/** The token as it can be shown: prefix and last 4 characters. Never the whole token. */
	maskedToken: z.string(),
	/** What was forgiven in the pasted value (whitespace, quotes, `Bearer `). */
	notices: z.array(z.string()),
	checks: z.array(CheckSchema),
	/** The company the token belongs to, when Remote accepted it. Never the token owner's details. */
	companyName: z.string().nullable(),
	/** Remote's HTTP status, when a call was made and answered. */
	upstreamStatus: z.number().int().nullable(),
	/** How long the call to Remote took, when one was made. */
	latencyMs: z.number().int().nonnegative().nullable(),
	/** When rate limited: how many seconds until a new test can succeed. */
	retryAfterSeconds: z.number().int().nonnegative().nullable(),
	nextStep: NextStepSchema,
});
export type ConnectionTestResult = z.infer<typeof ConnectionTestResultSchema>;

export const ErrorCodeSchema = z.enum([
	'invalid_json',
	'invalid_request',
	'payload_too_large',
	'unsupported_media_type',
	'method_not_allowed',
	'not_found',
	'origin_not_allowed',
	'too_many_requests',
	'server_busy',
	'internal_error',
	'unauthorized',
	'insights_unavailable',
]);

/** Every refused request answers with this shape and a 4xx status (5xx only when this server is at fault). */
export const ErrorResponseSchema = z.object({
	error: z.object({
		code: ErrorCodeSchema,
		/** What was wrong and how to fix it. Never contains the token. */
		message: z.string(),
		/** The request field at fault, when one is. */
		field: z.string().optional(),
		/** For a refusal the reader can act on (too many tests, busy, another site): the section that explains it. */
		nextStep: NextStepSchema.optional(),
	}),
});
export type ErrorResponse = z.infer<typeof ErrorResponseSchema>;
export type ErrorCode = z.infer<typeof ErrorCodeSchema>;
