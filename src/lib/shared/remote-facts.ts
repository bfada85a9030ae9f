import type { FactSource, OpenQuestion, RemoteFactInput } from './remote-fact-schema';

/**
 * Everything this help center says about Remote, each fact once, with where it comes from, when it
 * was last checked and how sure we are of it. Guides take facts from here (`<Fact>`, `<UiLabel>`,
 * `<Gateway>`…), the tester's messages and settings import them, and /sources/ lists them all, so
 * when Remote renames a menu it is one edit here.
 *
 * To update a fact: re-read its sources, change `value` and `statement`, set `checked` to today,
 * and move `certainty` if the evidence changed (see `certaintyMeanings`). The unit tests parse every
 * entry with `RemoteFactSchema`, which refuses a fact without a source.
 *
 * Browser code imports from this module too (the token prefixes), so it stays free of runtime
 * dependencies; bundlers keep only the facts a bundle uses.
 */

/** The date every fact below was last checked against its sources. */
const checked = '2026-11-30';

// The pages facts come from, named once. Titles say who published them.
const customerAuthorization: FactSource = {
	title: 'Remote developer docs: Authorization for customers',
	url: 'https://developer.remote.com/docs/authorization-for-customers',
	kind: 'remote',
};
const olderAuthorization: FactSource = {
	title: 'Remote API docs (older page): Auth & Authorization',
	url: 'https://remote.com/resources/api/auth-and-authorization',
	kind: 'remote-older',
};
const olderRateLimit: FactSource = {
	title: 'Remote API docs (older page): Rate Limit Policy',
	url: 'https://remote.com/resources/api/rate-limit',
	kind: 'remote-older',
};
const apiReference: FactSource = {
	title: 'Remote API reference (OpenAPI), as generated into Remote’s remote-flows client on 2026-07-16',
	url: 'https://github.com/remoteoss/remote-flows/blob/e71e4106713e8604992959ead7bcf47cab875cfa/src/client/types.gen.ts',
	kind: 'remote',
};
const apiReference2024: FactSource = {
	title: 'Remote API reference (OpenAPI 3.0, March 2024 copy)',
	url: 'https://github.com/konfig-sdks/remote-java-sdk/blob/80ecaa92116d2554baf40f60af2757d4f839f732/api/openapi.yaml',
	kind: 'remote',
};
const authSkill: FactSource = {
	title: 'Remote’s own API notes for AI assistants: authentication',
	url: 'https://github.com/remoteoss/remote-for-ai/blob/main/skills/api-auth/SKILL.md',
	kind: 'remote',
};
const integrationSkill: FactSource = {
	title: 'Remote’s own API notes for AI assistants: integration',
	url: 'https://github.com/remoteoss/remote-for-ai/blob/main/skills/api-integration/SKILL.md',
	kind: 'remote',
};
const stackOneGuide: FactSource = {
	title: 'StackOne’s guide to connecting Remote with an API token',
	url: 'https://docs.stackone.com/connectors/remote/guides/link-account/api-token',
	kind: 'partner',
};
const apideckGuide: FactSource = {
	title: 'Apideck’s guide to connecting Remote',
	url: 'https://developers.apideck.com/connectors/remote/docs/consumer+connection',
	kind: 'partner',
};

/**
 * Each fact is a plain object literal (checked with `satisfies`, so its `value` keeps its own type):
 * no call wraps it, so bundlers drop every fact a bundle does not use.
 */
type Fact = RemoteFactInput;

// ── Signing in and finding the Remote API settings ─────────────────────────────────────────────

export const signInUrl = {
	id: 'sign-in-url',
	topic: 'signing-in',
	certainty: 'reported',
	checked,
	sources: [stackOneGuide],
	statement: 'Integration platforms’ guides send admins to Remote’s sign-in page at `https://employ.remote.com/`.',
	value: 'https://employ.remote.com/',
	note: 'Remote’s developer docs say “sign in” without giving the address; employ.remote.com is the address partners’ guides give for Remote’s dashboard.',
} satisfies Fact;

export const adminsAndOwnersOnly = {
	id: 'admins-and-owners-only',
	topic: 'signing-in',
	certainty: 'verified',
	checked,
	sources: [customerAuthorization, olderAuthorization],
	statement: 'Only a company **admin** or the company **owner** can create and revoke API tokens.',
	value: ['admin', 'owner'],
} satisfies Fact;

export const settingsPath = {
	id: 'settings-path',
	topic: 'signing-in',
	certainty: 'verified',
	checked,
	sources: [customerAuthorization],
	statement:
		'On the Remote dashboard, API tokens live under **Company** → **Company Settings** → **Workflows and Integrations** → **Integrations**, on the **Remote API** card.',
	value: { menu: ['Company', 'Company Settings', 'Workflows and Integrations', 'Integrations'], card: 'Remote API' },
} satisfies Fact;

export const settingsPathElsewhere = {
	id: 'settings-path-elsewhere',
	topic: 'signing-in',
	certainty: 'reported',
	checked,
	sources: [stackOneGuide, apideckGuide, olderAuthorization],
	statement:
		'Partners’ guides give the path as **Company** → **Company Settings** → **Integrations & APIs** (some add → **Integrations**), from the navigation panel on the left; Remote’s older page says “the integrations page, under the Company tab”.',
	value: ['Company', 'Company Settings', 'Integrations & APIs'],
	note: 'Remote’s current page names Workflows and Integrations instead; accounts may still show either.',
} satisfies Fact;

export const activeAccount = {
	id: 'active-account',
	topic: 'signing-in',
	certainty: 'reported',
	checked,
	sources: [apideckGuide],
	statement: 'An integration platform’s guide lists an active Remote company account among the prerequisites.',
	value: 'active',
	note: 'Remote’s own pages do not say what happens with an account that is not active.',
} satisfies Fact;

export const otherRolesView = {
	id: 'other-roles-view',
	topic: 'signing-in',
	certainty: 'inferred',
	checked,
	sources: [customerAuthorization],
	statement:
		'Remote does not say what other roles see; since only admins and owners can create tokens, expect the **Remote API** card or its **Generate API token** button to be missing or unavailable to everyone else.',
	value: null,
	note: 'An inference from the admin-and-owner rule; no Remote page describes the screen for other roles.',
} satisfies Fact;

// ── Creating and copying a token ───────────────────────────────────────────────────────────────

export const generateButton = {
	id: 'generate-button',
	topic: 'creating-tokens',
	certainty: 'verified',
	checked,
	sources: [customerAuthorization],
	statement: 'On the **Remote API** card, **Generate API token** opens a popup that asks for the token’s name.',
	value: 'Generate API token',
} satisfies Fact;

export const termsOfUse = {
	id: 'terms-of-use',
	topic: 'creating-tokens',
	certainty: 'verified',
	checked,
	sources: [customerAuthorization],
	statement: 'To generate a token you must agree to the **Remote API Terms of Use**.',
	value: 'Remote API Terms of Use',
} satisfies Fact;

export const endpointCollections = {
	id: 'endpoint-collections',
	topic: 'creating-tokens',
	certainty: 'reported',
	checked,
	sources: [stackOneGuide],
	statement:
		'An integration platform’s guide shows a choice of **Endpoint collections** when you generate a token, **Read Only** or **Full Access**, at least one of them; Remote’s own page does not mention the step.',
	value: { field: 'Endpoint collections', read: 'Read Only', write: 'Full Access' },
	note: 'Only one partner’s guide describes this step; Remote’s authorization page goes straight from the name to the terms.',
} satisfies Fact;

export const collectionMeaning = {
	id: 'collection-meaning',
	topic: 'creating-tokens',
	certainty: 'inferred',
	checked,
	sources: [stackOneGuide, apiReference],
	statement:
		'Remote does not publish what each collection covers. By their names, **Read Only** lets a token read data and **Full Access** also lets it create and change data; Remote’s API reference does give each endpoint a read scope and a write scope.',
	value: { read: 'reading data', write: 'reading, creating and changing data' },
	note: 'Inferred from the collections’ names and the read and write scopes in Remote’s API reference; no page maps the collections to endpoints.',
} satisfies Fact;

export const generateConfirmButton = {
	id: 'generate-confirm-button',
	topic: 'creating-tokens',
	certainty: 'reported',
	checked,
	sources: [stackOneGuide],
	statement: 'An integration platform’s guide ends the popup with a **Generate** button.',
	value: 'Generate',
	note: 'Remote’s page does not name the popup’s button.',
} satisfies Fact;

export const tokensTable = {
	id: 'tokens-table',
	topic: 'creating-tokens',
	certainty: 'verified',
	checked,
	sources: [customerAuthorization, olderAuthorization],
	statement:
		'After you generate a token, the **Remote API** screen shows a table of the company’s tokens: all your revoked tokens as well as your active one.',
	value: 'tokens table',
} satisfies Fact;

export const tokenMenu = {
	id: 'token-menu',
	topic: 'creating-tokens',
	certainty: 'verified',
	checked,
	sources: [customerAuthorization],
	statement: 'The three-dot menu (**⋯**) in a token’s row offers **Copy token** and **Revoke token**.',
	value: { copy: 'Copy token', revoke: 'Revoke token' },
} satisfies Fact;

export const singleActiveToken = {
	id: 'single-active-token',
	topic: 'creating-tokens',
	certainty: 'inferred',
	checked,
	sources: [customerAuthorization],
	statement:
		'Remote’s page speaks of “your active access token”, in the singular, and does not say whether generating a new token changes the old one.',
	value: null,
	note: 'The singular may only be a manner of speaking; no page says how many tokens can be active at once.',
} satisfies Fact;

// ── Environments, prefixes and gateways ────────────────────────────────────────────────────────

/**
 * The prefix of each environment's tokens. Exported apart from its fact because the token check
 * runs in the browser: a bundle that imports the value alone carries none of the sources.
 */
export const tokenPrefixes = { production: 'ra_live_', sandbox: 'ra_test_' } as const;

export const tokenPrefixesFact = {
	id: 'token-prefixes',
	topic: 'environments',
	certainty: 'verified',
	checked,
	sources: [customerAuthorization],
	statement: 'Production tokens start with `ra_live_`; Sandbox tokens start with `ra_test_`.',
	value: tokenPrefixes,
} satisfies Fact;

export const gateways = {
	id: 'gateways',
	topic: 'environments',
	certainty: 'verified',
	checked,
	sources: [customerAuthorization, apiReference2024],
	statement:
		'Production tokens work only against `https://gateway.remote.com`; Sandbox tokens only against `https://gateway.remote-sandbox.com`.',
	value: { production: 'https://gateway.remote.com', sandbox: 'https://gateway.remote-sandbox.com' },
} satisfies Fact;

export const wrongEnvironmentAnswer = {
	id: 'wrong-environment-answer',
	topic: 'environments',
	certainty: 'verified',
	checked,
	sources: [authSkill],
	statement:
		'A token sent to the other environment’s gateway is answered `401 Unauthorized`, the same answer as for a revoked or mistyped token.',
	value: 401,
} satisfies Fact;

export const bearerHeader = {
	id: 'bearer-header',
	topic: 'environments',
	certainty: 'verified',
	checked,
	sources: [customerAuthorization, authSkill],
	statement: 'A request carries the token in its `Authorization` header, as `Bearer` followed by the token.',
	value: { header: 'Authorization', scheme: 'Bearer' },
} satisfies Fact;

export const sandboxAccess = {
	id: 'sandbox-access',
	topic: 'environments',
	certainty: 'inferred',
	checked,
	sources: [customerAuthorization],
	statement:
		'Remote’s customer docs describe the sandbox environment but do not say, in the pages we checked, how a company gets a sandbox account: ask your Remote account manager or Remote support.',
	value: null,
	note: 'No Remote page we found explains how a customer company gets a sandbox account.',
} satisfies Fact;

// ── The identity check ─────────────────────────────────────────────────────────────────────────

export const identityEndpoint = {
	id: 'identity-endpoint',
	topic: 'identity-check',
	certainty: 'verified',
	checked,
	sources: [apiReference, apiReference2024],
	statement:
		'`GET /v1/identity/current` returns the company a token belongs to and the user who created it; it reads and changes nothing else.',
	value: { method: 'GET', path: '/v1/identity/current' },
} satisfies Fact;

export const identitySuccessStatus = {
	id: 'identity-success-status',
	topic: 'identity-check',
	certainty: 'verified',
	checked,
	sources: [apiReference, apiReference2024],
	statement:
		'Remote’s API reference documents a successful identity check as `201`; its documented errors are `400`, `401`, `404`, `422` and `429`.',
	value: 201,
} satisfies Fact;

export const identityFields = {
	id: 'identity-fields',
	topic: 'identity-check',
	certainty: 'verified',
	checked,
	sources: [apiReference],
	statement:
		'The identity answer holds the company’s id and name and the token creator’s id, name, email and status; it says nothing about the token’s endpoint collection or scopes.',
	value: { company: ['id', 'name'], user: ['id', 'name', 'email', 'status'] },
} satisfies Fact;

export const identityReadOnlyToken = {
	id: 'identity-read-only-token',
	topic: 'identity-check',
	certainty: 'inferred',
	checked,
	sources: [apiReference],
	statement: 'The identity endpoint lists no required scope, so a **Read Only** token should pass it; Remote does not say so.',
	value: null,
	note: 'Inferred from the missing scope table in Remote’s API reference; not confirmed with a Read Only token.',
} satisfies Fact;

// ── Remote's error answers ─────────────────────────────────────────────────────────────────────

export const unauthorizedAnswer = {
	id: 'unauthorized-answer',
	topic: 'answers',
	certainty: 'verified',
	checked,
	sources: [apiReference, apiReference2024, authSkill],
	statement:
		'`401 Unauthorized`, with the body `{"message": "Unauthorized"}`, means the token is missing, invalid, revoked, or meant for the other environment.',
	value: { status: 401, body: '{"message": "Unauthorized"}' },
} satisfies Fact;

export const forbiddenAnswer = {
	id: 'forbidden-answer',
	topic: 'answers',
	certainty: 'verified',
	checked,
	sources: [apiReference, apiReference2024, integrationSkill],
	statement:
		'`403 Forbidden`, with the body `{"message": "Forbidden"}`, means Remote recognised the token but it may not make that request: a missing scope or user role.',
	value: { status: 403, body: '{"message": "Forbidden"}' },
} satisfies Fact;

// ── Rate limits ────────────────────────────────────────────────────────────────────────────────

export const rateLimit = {
	id: 'rate-limit',
	topic: 'rate-limits',
	certainty: 'reported',
	checked,
	sources: [olderRateLimit],
	statement:
		'Remote’s rate-limit page gives 20 requests a minute per company, shared by all of the company’s tokens and counted from the first request of each minute; the current figure may differ.',
	value: { requests: 20, windowSeconds: 60 },
	note: 'The page is an older Remote page; a third-party summary claims 300 a minute today, which no Remote page we could read confirms.',
} satisfies Fact;

export const rateLimitAnswer = {
	id: 'rate-limit-answer',
	topic: 'rate-limits',
	certainty: 'verified',
	checked,
	sources: [apiReference, apiReference2024],
	statement: 'A request over the limit is answered `429 Too Many Requests`, with the body `{"message": "Too many requests"}`.',
	value: { status: 429, body: '{"message": "Too many requests"}' },
} satisfies Fact;

export const rateLimitHeaders = {
	id: 'rate-limit-headers',
	topic: 'rate-limits',
	certainty: 'reported',
	checked,
	sources: [olderRateLimit, integrationSkill],
	statement:
		'Remote’s rate-limit page says every authenticated answer carries `x-ratelimit-count`, `x-ratelimit-remaining` and `x-ratelimit-reset`, the last in milliseconds until the window resets.',
	value: { count: 'x-ratelimit-count', remaining: 'x-ratelimit-remaining', reset: 'x-ratelimit-reset' },
	note: 'Stated on the older rate-limit page; Remote’s notes for AI assistants name the same headers.',
} satisfies Fact;

export const retryAfter = {
	id: 'retry-after',
	topic: 'rate-limits',
	certainty: 'verified',
	checked,
	sources: [apiReference, integrationSkill],
	statement:
		'Remote’s API reference tells clients to read a `Retry-After` header on a `429`, while Remote’s integration notes say there is none and to wait for `x-ratelimit-reset`.',
	value: 'Retry-After',
} satisfies Fact;

// ── Revoking a token ───────────────────────────────────────────────────────────────────────────

export const revokeConfirmButton = {
	id: 'revoke-confirm-button',
	topic: 'revoking',
	certainty: 'verified',
	checked,
	sources: [customerAuthorization],
	statement: 'Choosing **Revoke token** opens a popup that asks whether you are sure; its **Revoke token** button revokes the token.',
	value: 'Revoke token',
} satisfies Fact;

export const revokedTokensListed = {
	id: 'revoked-tokens-listed',
	topic: 'revoking',
	certainty: 'verified',
	checked,
	sources: [customerAuthorization, olderAuthorization],
	statement: 'Revoked tokens stay in the **Remote API** table, beside the active token.',
	value: true,
} satisfies Fact;

export const revokedTokenAnswer = {
	id: 'revoked-token-answer',
	topic: 'revoking',
	certainty: 'verified',
	checked,
	sources: [apiReference, authSkill],
	statement: 'Remote answers a request made with a revoked token with `401 Unauthorized`.',
	value: 401,
} satisfies Fact;

export const revokeIsFinal = {
	id: 'revoke-is-final',
	topic: 'revoking',
	certainty: 'reported',
	checked,
	sources: [apideckGuide],
	statement: 'An integration platform’s guide says revoked tokens cannot be recovered, and Remote’s page offers no way to restore one.',
	value: true,
	note: 'Remote’s page describes revoking and no undo; only a partner’s guide says outright that it is final.',
} satisfies Fact;

// ── Time off ───────────────────────────────────────────────────────────────────────────────────

export const timeOffCreatedApproved = {
	id: 'time-off-created-approved',
	topic: 'time-off',
	certainty: 'verified',
	checked,
	sources: [apiReference, apiReference2024, apideckGuide],
	statement:
		'Remote’s API creates time off only as already approved: there is no way to create a request that waits for approval in Remote.',
	value: 'approved',
} satisfies Fact;

export const timeOffCreateFields = {
	id: 'time-off-create-fields',
	topic: 'time-off',
	certainty: 'verified',
	checked,
	sources: [apiReference, apiReference2024],
	statement: '`POST /v1/timeoff` takes a `status` that accepts only `"approved"`, and requires `approved_at` and `approver_id` with it.',
	value: { endpoint: 'POST /v1/timeoff', status: 'approved', required: ['approved_at', 'approver_id'] },
} satisfies Fact;

export const timeOffApprover = {
	id: 'time-off-approver',
	topic: 'time-off',
	certainty: 'verified',
	checked,
	sources: [apiReference2024],
	statement:
		'`approver_id` is the id of a Remote user who may approve time off; the reference points to the list of company managers to find one.',
	value: 'approver_id',
} satisfies Fact;

export const timeOffReadStatuses = {
	id: 'time-off-read-statuses',
	topic: 'time-off',
	certainty: 'verified',
	checked,
	sources: [apiReference],
	statement:
		'Time off read from Remote can have any of the statuses `requested`, `approved`, `cancelled`, `declined`, `taken` and `cancel_requested`.',
	value: ['requested', 'approved', 'cancelled', 'declined', 'taken', 'cancel_requested'],
} satisfies Fact;

// ── Areas of the API ───────────────────────────────────────────────────────────────────────────

export const apiAreas = {
	id: 'api-areas',
	topic: 'areas-of-the-api',
	certainty: 'verified',
	checked,
	sources: [apiReference],
	statement:
		'Remote’s API reference groups endpoints in categories, each with read and write scopes: employments, time and attendance, company administration, employment documents, employment payments, payroll and invoices.',
	// Each area a brand's `uses` may name, in the reader's words, with the category it belongs to.
	value: {
		people: { words: 'employment records', category: 'employments' },
		'time-off': { words: 'time off', category: 'time_and_attendance' },
		timesheets: { words: 'timesheets', category: 'time_and_attendance' },
		company: { words: 'company details', category: 'company_admin' },
		documents: { words: 'documents', category: 'employment_documents' },
		expenses: { words: 'expenses', category: 'employment_payments' },
		payroll: { words: 'payroll data', category: 'payroll' },
		invoices: { words: 'invoices', category: 'invoices' },
	},
} satisfies Fact;

/** Every fact, in the order /sources/ lists them within each topic. */
export const remoteFacts = [
	signInUrl,
	adminsAndOwnersOnly,
	settingsPath,
	settingsPathElsewhere,
	activeAccount,
	otherRolesView,
	generateButton,
	termsOfUse,
	endpointCollections,
	collectionMeaning,
	generateConfirmButton,
	tokensTable,
	tokenMenu,
	singleActiveToken,
	tokenPrefixesFact,
	gateways,
	wrongEnvironmentAnswer,
	bearerHeader,
	sandboxAccess,
	identityEndpoint,
	identitySuccessStatus,
	identityFields,
	identityReadOnlyToken,
	unauthorizedAnswer,
	forbiddenAnswer,
	rateLimit,
	rateLimitAnswer,
	rateLimitHeaders,
	retryAfter,
	revokeConfirmButton,
	revokedTokensListed,
	revokedTokenAnswer,
	revokeIsFinal,
	timeOffCreatedApproved,
	timeOffCreateFields,
	timeOffApprover,
	timeOffReadStatuses,
	apiAreas,
] as const;

export type RemoteFactId = (typeof remoteFacts)[number]['id'];

/** The fact with `id`; throws with the ids that exist, for a guide that names one that does not. */
export function factById(id: string): (typeof remoteFacts)[number] {
	const found = remoteFacts.find((entry) => entry.id === id);
	if (!found) throw new Error(`There is no Remote fact "${id}". Facts: ${remoteFacts.map((entry) => entry.id).join(', ')}.`);
	return found;
}

/** What Remote's pages leave open; the guides say so rather than guess. Listed on /sources/. */
export const openQuestions: readonly OpenQuestion[] = [
	{
		id: 'revoke-timing',
		question: 'How soon after revoking does a token stop working?',
		guidesSay: 'Revoked tokens are answered 401; how quickly that starts is not stated, so check the connection after revoking.',
		checked,
	},
	{
		id: 'other-tokens',
		question: 'Does generating or revoking one token affect the company’s other tokens?',
		guidesSay: 'Check the tokens table after each change and test the connection.',
		checked,
	},
	{
		id: 'token-expiry',
		question: 'Do tokens expire on their own?',
		guidesSay: 'Nothing about expiry; a token that suddenly gets 401 is treated like a revoked one.',
		checked,
	},
	{
		id: 'collection-coverage',
		question: 'Which endpoints does each endpoint collection (Read Only, Full Access) cover?',
		guidesSay: 'What the names suggest, marked as our inference.',
		checked,
	},
	{
		id: 'time-off-notifications',
		question: 'Are managers notified of time off created through the API?',
		guidesSay: 'Nothing either way: the time off is created as approved, and the approval happens before it reaches Remote.',
		checked,
	},
	{
		id: 'current-rate-limit',
		question: 'What is the customer rate limit today?',
		guidesSay: 'The figure from Remote’s older rate-limit page, marked as possibly out of date.',
		checked,
	},
];
