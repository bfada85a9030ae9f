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

/** The day facts were checked in the first review of the registry against its sources. */
const checked = '2026-11-30';
/** The day of the second review, which re-read Remote's Quick Start, help center and API spec. */
const reviewed = '2026-12-01';

// The pages facts come from, named once. Titles say who published them.
const customerAuthorization: FactSource = {
	title: 'Remote developer docs: Authorization for customers',
	url: 'https://developer.remote.com/docs/authorization-for-customers',
	kind: 'remote',
};
const quickStart: FactSource = {
	title: 'Remote developer docs: Quick Start Guide for Customers',
	url: 'https://developer.remote.com/docs/quick-start-guide',
	kind: 'remote',
};
const companyRoles: FactSource = {
	title: 'Remote Help Center: What are the different types of company roles?',
	url: 'https://support.remote.com/hc/en-us/articles/7954123071885-What-are-the-different-types-of-company-roles',
	kind: 'remote',
};
const customizedRole: FactSource = {
	title: 'Remote Help Center: How to create a customized role for a company user',
	url: 'https://support.remote.com/hc/en-us/articles/14344778004109-How-to-create-a-customized-role-for-a-company-user',
	kind: 'remote',
};
const olderAuthorization: FactSource = {
	title: 'Remote API docs (older page): Auth & Authorization',
	url: 'https://remote.com/resources/api/auth-and-authorization',
	kind: 'remote-older',
};
const partnerRateLimit: FactSource = {
	title: 'Remote developer docs: Rate limit for partners',
	url: 'https://developer.remote.com/docs/rate-limit-for-partner',
	kind: 'remote',
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
const apiScopes: FactSource = {
	title: 'Remote API reference (OpenAPI): the scope tables of each endpoint, in Remote’s remote-flows client',
	url: 'https://github.com/remoteoss/remote-flows/blob/e71e4106713e8604992959ead7bcf47cab875cfa/src/client/sdk.gen.ts',
	kind: 'remote',
};
// A copy of Remote's spec from March 2024, vendored by a third party (some schemas mangled): older
// than the current reference, so it reports but never verifies on its own.
const apiReference2024: FactSource = {
	title: 'Remote API reference (OpenAPI 3.0, March 2024 copy vendored by Konfig)',
	url: 'https://github.com/konfig-sdks/remote-java-sdk/blob/80ecaa92116d2554baf40f60af2757d4f839f732/api/openapi.yaml',
	kind: 'remote-older',
};
const authNotes: FactSource = {
	title: 'Remote’s own API notes for AI assistants: authentication',
	url: 'https://github.com/remoteoss/remote-for-ai/blob/main/skills/api-auth/SKILL.md',
	kind: 'remote-notes',
};
const integrationNotes: FactSource = {
	title: 'Remote’s own API notes for AI assistants: integration',
	url: 'https://github.com/remoteoss/remote-for-ai/blob/main/skills/api-integration/SKILL.md',
	kind: 'remote-notes',
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
	checked: reviewed,
	sources: [stackOneGuide, quickStart],
	statement: 'A partner’s guide signs in to a live Remote company at `https://employ.remote.com/`.',
	value: 'https://employ.remote.com/',
	note: 'Remote’s Quick Start says only “log in to your remote.com account”, without an address. This is the live company’s sign-in only: a sandbox company is reached another way (see “sandbox-access”).',
} satisfies Fact;

export const adminsAndOwnersOnly = {
	id: 'admins-and-owners-only',
	topic: 'signing-in',
	certainty: 'verified',
	checked: reviewed,
	sources: [customerAuthorization, olderAuthorization, quickStart],
	statement:
		'Only a company **admin** or the company **owner** can create and revoke API tokens; Remote’s Quick Start adds that the integrations page needs the company admin role.',
	value: ['admin', 'owner'],
} satisfies Fact;

export const companyRolesFact = {
	id: 'company-roles',
	topic: 'signing-in',
	certainty: 'verified',
	checked: reviewed,
	sources: [companyRoles, customizedRole],
	statement:
		'Remote’s help center lists six default company roles, among them **Owner** (one per company) and **Super Admin**, who can take almost every action the owner can; a company can also create customized roles.',
	value: { owner: 'Owner', admin: 'Super Admin' },
} satisfies Fact;

export const otherRolesView = {
	id: 'other-roles-view',
	topic: 'signing-in',
	certainty: 'inferred',
	checked: reviewed,
	sources: [customerAuthorization, customizedRole],
	statement:
		'Remote does not say what other roles, or a customized role, see on the integrations page; expect the **Remote API** card or its **Generate API token** button to be missing for them.',
	value: null,
	note: 'Inferred from the rule that only admins and the owner create tokens. A customized role can do what its permissions allow, and no Remote page says which permission covers API tokens.',
} satisfies Fact;

export const activeAccount = {
	id: 'active-account',
	topic: 'signing-in',
	certainty: 'reported',
	checked: reviewed,
	sources: [apideckGuide],
	statement: 'A partner’s guide lists an active Remote company account among the prerequisites.',
	value: 'active',
	note: 'Remote’s own pages do not say what an account that is not active can do with tokens.',
} satisfies Fact;

export const appLanguage = {
	id: 'app-language',
	topic: 'signing-in',
	certainty: 'inferred',
	checked: '2026-12-02',
	sources: [quickStart, customerAuthorization, companyRoles],
	statement:
		'Remote’s pages show its screens in English; none of them says whether Remote’s app can be shown in another language. The guides in every language name Remote’s buttons and menus in English, as on those pages.',
	value: 'en',
	note: 'Every Remote page that names a button, menu or role does so in English, and none mentions a language setting. If your Remote shows another language, the labels in the guides are the English ones: find each by its place on the screen.',
} satisfies Fact;

export const settingsPath = {
	id: 'settings-path',
	topic: 'signing-in',
	certainty: 'reported',
	checked: reviewed,
	sources: [authNotes, stackOneGuide, apideckGuide, customerAuthorization],
	statement:
		'Remote’s notes for AI assistants and partners’ guides reach the **Remote API** card through **Company** → **Company Settings** → **Integrations & APIs**; Remote’s authorization page gives **Company** → **Company Settings** → **Workflows and Integrations** → **Integrations**.',
	// `menu` is the path the guides teach; `alternative` the one they give for "if you don't see it".
	value: {
		menu: ['Company', 'Company Settings', 'Integrations & APIs'],
		alternative: ['Company', 'Company Settings', 'Workflows and Integrations', 'Integrations'],
		card: 'Remote API',
	},
	note: 'Remote’s own sources disagree and none is dated, so neither path is known to be the current one. The guides teach the path three sources share and give the other as a fallback.',
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
	checked: reviewed,
	sources: [stackOneGuide],
	statement:
		'A partner’s guide shows a choice of **Endpoint collections** when you generate a token, **Read Only** or **Full Access**, at least one of them; Remote’s own pages do not mention the step.',
	value: { field: 'Endpoint collections', read: 'Read Only', write: 'Full Access' },
	note: 'Only StackOne’s guide describes this step; Remote’s authorization page goes straight from the name to the terms.',
} satisfies Fact;

export const collectionMeaning = {
	id: 'collection-meaning',
	topic: 'creating-tokens',
	certainty: 'inferred',
	checked: reviewed,
	sources: [stackOneGuide, apiScopes],
	statement:
		'Remote does not publish what each collection covers. By their names, **Read Only** lets a token read data and **Full Access** also lets it create and change data; Remote’s API reference does give each endpoint a read scope and a write scope.',
	value: { read: 'reading data', write: 'reading, creating and changing data' },
	note: 'Inferred from the collections’ names and the read and write scopes in Remote’s API reference; no page maps the collections to endpoints.',
} satisfies Fact;

export const generateConfirmButton = {
	id: 'generate-confirm-button',
	topic: 'creating-tokens',
	certainty: 'reported',
	checked: reviewed,
	sources: [stackOneGuide],
	statement: 'A partner’s guide ends the popup with a **Generate** button.',
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

export const copyAgainLater = {
	id: 'copy-again-later',
	topic: 'creating-tokens',
	certainty: 'inferred',
	checked: reviewed,
	sources: [customerAuthorization],
	statement:
		'Remote does not say who can copy a token again; since **Copy token** sits in the menu of each listed token, most likely any admin who can open the table can, not only whoever generated it.',
	value: null,
	note: 'Remote’s page shows the menu on the table’s rows; it does not say who may use it, or whether a token can be copied only once.',
} satisfies Fact;

export const singleActiveToken = {
	id: 'single-active-token',
	topic: 'creating-tokens',
	certainty: 'inferred',
	checked: reviewed,
	sources: [customerAuthorization],
	statement:
		'Remote’s page speaks of “your active access token”, in the singular, and does not say whether generating a new token revokes or changes the old one.',
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

export const sandboxAccess = {
	id: 'sandbox-access',
	topic: 'environments',
	certainty: 'verified',
	checked: reviewed,
	sources: [quickStart],
	statement:
		'A sandbox is self-service: in your live Remote account, **Integrations** → **Remote API** → **Access API** links to the sandbox environment from the right-hand panel, where **Sign Up** creates a test company. Test employments you create there are not charged.',
	value: { menu: ['Integrations', 'Remote API'], button: 'Access API', signUp: 'Sign Up' },
} satisfies Fact;

export const sandboxStartsEmpty = {
	id: 'sandbox-starts-empty',
	topic: 'environments',
	certainty: 'inferred',
	checked: reviewed,
	sources: [quickStart],
	statement: 'A new sandbox company most likely starts empty: Remote does not say what it holds.',
	value: null,
	note: 'Inferred from Remote’s Quick Start, which creates the company through the sign-up flow and then suggests adding a hire; no Remote page lists what a new sandbox company contains.',
} satisfies Fact;

export const sandboxAppHost = {
	id: 'sandbox-app-host',
	topic: 'environments',
	certainty: 'reported',
	checked: reviewed,
	sources: [authNotes, quickStart],
	statement: 'Remote’s notes for AI assistants give the sandbox app’s address as `remote-sandbox.com` (the live app’s as `remote.com`).',
	value: { production: 'remote.com', sandbox: 'remote-sandbox.com' },
	note: 'Only Remote’s notes name the sandbox app’s host. Remote’s Quick Start reaches the sandbox through a link in the live account instead, which is the way the guides teach.',
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
	certainty: 'reported',
	checked: reviewed,
	sources: [authNotes],
	statement:
		'Remote’s notes for AI assistants say a token sent to the other environment’s gateway is answered `401 Unauthorized`, the same answer as any token that is not valid there.',
	value: 401,
	note: 'Remote’s customer pages say a token works only against its own gateway, but only its notes for AI assistants name the answer.',
} satisfies Fact;

export const bearerHeader = {
	id: 'bearer-header',
	topic: 'environments',
	certainty: 'verified',
	checked,
	sources: [customerAuthorization, authNotes],
	statement: 'A request carries the token in its `Authorization` header, as `Bearer` followed by the token.',
	value: { header: 'Authorization', scheme: 'Bearer' },
} satisfies Fact;

// ── The identity check ─────────────────────────────────────────────────────────────────────────

export const identityEndpoint = {
	id: 'identity-endpoint',
	topic: 'identity-check',
	certainty: 'verified',
	checked,
	sources: [apiReference, apiReference2024],
	statement: '`GET /v1/identity/current` returns the company a token belongs to and the user who authorized it; it only reads.',
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
		'The identity answer holds the company’s id and name and the id, name, email and status of the user who authorized the token; it says nothing about the token’s endpoint collection or scopes.',
	value: { company: ['id', 'name'], user: ['id', 'name', 'email', 'status'] },
} satisfies Fact;

export const identityReadOnlyToken = {
	id: 'identity-read-only-token',
	topic: 'identity-check',
	certainty: 'inferred',
	checked,
	sources: [apiScopes],
	statement: 'The identity endpoint lists no required scope, so a **Read Only** token should pass it; Remote does not say so.',
	value: null,
	note: 'Inferred from the missing scope table in Remote’s API reference; not confirmed with a Read Only token.',
} satisfies Fact;

// ── Remote's error answers ─────────────────────────────────────────────────────────────────────

export const unauthorizedAnswer = {
	id: 'unauthorized-answer',
	topic: 'answers',
	certainty: 'verified',
	checked: reviewed,
	sources: [apiReference, apiReference2024],
	statement:
		'Remote answers `401 Unauthorized`, with a message such as `{"message": "Unauthorized"}`, when a request does not include valid authentication credentials; the answer does not say why.',
	value: { status: 401, body: '{"message": "Unauthorized"}' },
} satisfies Fact;

export const forbiddenAnswer = {
	id: 'forbidden-answer',
	topic: 'answers',
	certainty: 'verified',
	checked: reviewed,
	sources: [apiReference, apiReference2024],
	statement:
		'Remote answers `403 Forbidden`, with a message such as `{"message": "Forbidden"}`, when the token or its user may not make that request, for want of a scope or a role.',
	value: { status: 403, body: '{"message": "Forbidden"}' },
} satisfies Fact;

export const notFoundAnswer = {
	id: 'not-found-answer',
	topic: 'answers',
	certainty: 'verified',
	checked: reviewed,
	sources: [apiReference],
	statement:
		'Remote answers `404` when the requested resource does not exist or is not accessible with the current authentication credentials.',
	value: 404,
} satisfies Fact;

export const inactiveCompanyAnswer = {
	id: 'inactive-company-answer',
	topic: 'answers',
	certainty: 'verified',
	checked: reviewed,
	sources: [apiReference2024, apiReference],
	statement:
		'Remote’s API reference answers a request that conflicts with the state of a resource with `409 Conflict`; its 2024 copy’s example is “Company needs to be in status active to manage employments”. No status is tied to an inactive account on the identity check.',
	value: 409,
} satisfies Fact;

// ── Rate limits ────────────────────────────────────────────────────────────────────────────────

export const rateLimit = {
	id: 'rate-limit',
	topic: 'rate-limits',
	certainty: 'reported',
	checked,
	sources: [olderRateLimit],
	statement:
		'Remote’s older rate-limit page gives 20 requests a minute per company, shared by all of the company’s tokens and counted from the first request of each minute; the current figure may differ.',
	value: { requests: 20, windowSeconds: 60 },
	note: 'The page is an older Remote page; a third-party summary claims 300 a minute today, which no Remote page we could read confirms. That the limit is shared per company comes from the same page.',
} satisfies Fact;

export const rateLimitAnswer = {
	id: 'rate-limit-answer',
	topic: 'rate-limits',
	certainty: 'verified',
	checked,
	sources: [apiReference, apiReference2024],
	statement: 'A request over the limit is answered `429 Too Many Requests`, with a message such as `{"message": "Too many requests"}`.',
	value: { status: 429, body: '{"message": "Too many requests"}' },
} satisfies Fact;

export const rateLimitHeaders = {
	id: 'rate-limit-headers',
	topic: 'rate-limits',
	certainty: 'verified',
	checked: reviewed,
	sources: [partnerRateLimit, olderRateLimit, integrationNotes],
	statement:
		'Remote’s current rate-limit page for partners and its older page for customers say every authenticated answer carries `x-ratelimit-count`, `x-ratelimit-remaining` and `x-ratelimit-reset`, the last in milliseconds until the window resets.',
	value: { count: 'x-ratelimit-count', remaining: 'x-ratelimit-remaining', reset: 'x-ratelimit-reset' },
} satisfies Fact;

export const retryAfter = {
	id: 'retry-after',
	topic: 'rate-limits',
	certainty: 'reported',
	checked: reviewed,
	sources: [apiReference, integrationNotes],
	statement:
		'Remote’s API reference tells clients to read a `Retry-After` header on a `429`, while Remote’s integration notes say there is none and to wait for `x-ratelimit-reset`.',
	value: 'Retry-After',
	note: 'Remote’s own sources disagree; the tester reads `Retry-After` when it is there and `x-ratelimit-reset` otherwise.',
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
	certainty: 'inferred',
	checked: reviewed,
	sources: [apiReference, customerAuthorization],
	statement:
		'Remote does not say how it answers a revoked token; a revoked token is no longer a valid credential, so expect `401 Unauthorized`.',
	value: 401,
	note: 'Inferred from the meaning Remote’s API reference gives `401` (no valid authentication credentials); no Remote page names the answer to a revoked token.',
} satisfies Fact;

export const revokeIsFinal = {
	id: 'revoke-is-final',
	topic: 'revoking',
	certainty: 'reported',
	checked: reviewed,
	sources: [apideckGuide],
	statement: 'A partner’s guide says revoked tokens cannot be recovered, and Remote’s page offers no way to restore one.',
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
	statement: 'Remote’s API creates time off only as already approved, never as a request that waits for approval in Remote.',
	value: 'approved',
} satisfies Fact;

export const timeOffCreateFields = {
	id: 'time-off-create-fields',
	topic: 'time-off',
	certainty: 'verified',
	checked: reviewed,
	sources: [apiReference, apiReference2024],
	statement:
		'`POST /v1/timeoff` takes a `status` that accepts only `"approved"`, and requires `approved_at` (an ISO 8601 date-time) and `approver_id` with it; `approver_id` may be `null`.',
	value: { endpoint: 'POST /v1/timeoff', status: 'approved', required: ['approved_at', 'approver_id'] },
} satisfies Fact;

export const timeOffApprover = {
	id: 'time-off-approver',
	topic: 'time-off',
	certainty: 'verified',
	checked: reviewed,
	sources: [apiReference2024, apiReference],
	statement:
		'`approver_id` is the id of a Remote user who may approve time off, or `null`; the 2024 copy of the reference points to the list of company managers to find one.',
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
	checked: reviewed,
	sources: [apiScopes],
	statement:
		'Remote’s API reference groups endpoints in categories, each with read and write scopes: employments, time and attendance, company administration, employment documents, employment payments, payroll, invoices and company management.',
	// Each area a brand's `uses` may name, in the reader's words, with the category it belongs to.
	// `company_management` ("Manage companies") is left out: Remote's notes make company listing a
	// partner's call, not one a customer's API token makes.
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

// ── This help center's own token checks ────────────────────────────────────────────────────────
// Remote publishes its prefixes and nothing about the rest of a token. These are the tester's own
// heuristics (src/lib/shared/token-rules.ts names each rule's fact); each says why it exists.

/** The tester's length bounds, exported apart from their fact for the browser, like `tokenPrefixes`. */
export const testerLengthBounds = { minimumAfterPrefix: 16, maximum: 512 } as const;

export const testerExpectsLength = {
	id: 'tester-expects-length',
	topic: 'tester-rules',
	certainty: 'inferred',
	checked: reviewed,
	sources: [customerAuthorization],
	statement:
		'This help center expects at least 16 characters after a token’s prefix and at most 512 in all; Remote does not publish a token length.',
	value: testerLengthBounds,
	note: 'A rule of this help center’s own, to catch a token cut off when copied, or pasted together with other text. Both bounds are far from any token Remote’s examples show.',
} satisfies Fact;

export const testerExpectsCharacters = {
	id: 'tester-expects-characters',
	topic: 'tester-rules',
	certainty: 'inferred',
	checked: reviewed,
	sources: [customerAuthorization],
	statement:
		'This help center expects a token to be one unbroken string of printable ASCII characters, with no spaces; Remote does not publish its tokens’ character set.',
	value: 'printable ASCII',
	note: 'A rule of this help center’s own: a token travels in an HTTP `Authorization` header, where a bearer token is written in plain ASCII, and invisible or lookalike characters picked up in documents and chats are the commonest damage to a pasted token.',
} satisfies Fact;

export const testerExpectsCase = {
	id: 'tester-expects-case',
	topic: 'tester-rules',
	certainty: 'inferred',
	checked: reviewed,
	sources: [customerAuthorization],
	statement:
		'This help center expects a token exactly as Remote shows it, with its prefix in lower case; Remote does not say whether tokens are case-sensitive.',
	value: 'lower-case prefix',
	note: 'A rule of this help center’s own: Remote writes both prefixes in lower case, and a token retyped in capitals is a different string, so the tester asks for a fresh copy rather than guessing.',
} satisfies Fact;

/** Every fact, in the order /sources/ lists them within each topic. */
export const remoteFacts = [
	signInUrl,
	adminsAndOwnersOnly,
	companyRolesFact,
	otherRolesView,
	activeAccount,
	appLanguage,
	settingsPath,
	generateButton,
	termsOfUse,
	endpointCollections,
	collectionMeaning,
	generateConfirmButton,
	tokensTable,
	tokenMenu,
	copyAgainLater,
	singleActiveToken,
	tokenPrefixesFact,
	sandboxAccess,
	sandboxStartsEmpty,
	sandboxAppHost,
	gateways,
	wrongEnvironmentAnswer,
	bearerHeader,
	identityEndpoint,
	identitySuccessStatus,
	identityFields,
	identityReadOnlyToken,
	unauthorizedAnswer,
	forbiddenAnswer,
	notFoundAnswer,
	inactiveCompanyAnswer,
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
	testerExpectsLength,
	testerExpectsCharacters,
	testerExpectsCase,
] as const;

export type RemoteFactId = (typeof remoteFacts)[number]['id'];

/** The fact with `id`; throws with the ids that exist, for a guide that names one that does not. */
export function factById(id: string): (typeof remoteFacts)[number] {
	const found = remoteFacts.find((entry) => entry.id === id);
	if (!found) throw new Error(`There is no Remote fact "${id}". Facts: ${remoteFacts.map((entry) => entry.id).join(', ')}.`);
	return found;
}

/**
 * What Remote's pages leave open; the guides say so rather than guess. Listed on /sources/, and
 * answered as far as anyone can on /revoke-token/#questions-about-tokens.
 */
export const openQuestions: readonly OpenQuestion[] = [
	{
		id: 'token-expiry',
		question: 'Do tokens expire on their own?',
		guidesSay:
			'A token that worked and now gets `401` may have been revoked, its creator’s account may have changed, or it may have expired: the fix is the same, a new token.',
		checked: reviewed,
	},
	{
		id: 'creator-leaves',
		question: 'What happens to a token when the admin who generated it leaves the company or loses the role?',
		guidesSay: 'It may keep working, or stop. Replace it while its creator is still an admin, or test it as soon as their account changes.',
		checked: reviewed,
	},
	{
		id: 'generating-revokes-old',
		question: 'Does generating a new token revoke or change the old one?',
		guidesSay:
			'Before you generate one, find out what else uses the active token; afterwards, check the tokens table, and if the old row shows as revoked, update whatever used it straight away.',
		checked: reviewed,
	},
	{
		id: 'revoke-timing',
		question: 'How soon after revoking does a token stop working?',
		guidesSay: 'Test the connection you keep after revoking, rather than assume either way.',
		checked,
	},
	{
		id: 'collection-coverage',
		question: 'Which endpoints does each endpoint collection (Read Only, Full Access) cover?',
		guidesSay: 'Go by the collections’ names, knowing they are only names: choose Read Only unless the platform creates or changes data.',
		checked,
	},
	{
		id: 'custom-role-tokens',
		question: 'Can a customized role generate, copy or revoke API tokens?',
		guidesSay: 'Ask an admin whether your role is enough, or to give you the admin role.',
		checked: reviewed,
	},
	{
		id: 'time-off-notifications',
		question: 'Are managers notified of time off created through the API?',
		guidesSay: 'Approve time off before it is sent to Remote, and don’t count on Remote telling anyone about it.',
		checked,
	},
	{
		id: 'current-rate-limit',
		question: 'What is the customer rate limit today?',
		guidesSay: 'Plan for the figure on Remote’s older rate-limit page, and wait when Remote answers `429`.',
		checked,
	},
];

/** The open question with `id`; throws with the ids that exist, for a guide that names one that does not. */
export function openQuestionById(id: string): OpenQuestion {
	const found = openQuestions.find((question) => question.id === id);
	if (!found)
		throw new Error(`There is no open question "${id}". Open questions: ${openQuestions.map((question) => question.id).join(', ')}.`);
	return found;
}
