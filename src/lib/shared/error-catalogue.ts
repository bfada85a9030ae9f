import { decodeWith, type DecodableError, type DecodedError, type ErrorMeaning } from './error-decoding';
import type { FactSource } from './remote-fact-schema';
import { forbiddenAnswer, rateLimitAnswer, unauthorizedAnswer } from './remote-facts';

export { decodableLength, errorSpeakerNames, errorSpeakers, speakerName, type ErrorMeaning, type ErrorSpeaker } from './error-decoding';

/**
 * The error texts an admin arrives with when a connection breaks, and what each most likely means:
 * Remote's own answers, the HTTP status lines any tool may print, and what integration platforms
 * show when their check of a credential fails. Each entry is sourced as a fact is (where the text
 * was seen, how sure its meaning is, when it was checked); docs/research/error-texts.md keeps the
 * research each one was taken from. The decoder matches pasted text against it in the browser
 * (error-decoding.ts), from a copy its page carries as data.
 *
 * What an entry means is one of the tester's result codes, so it leads to the same section of
 * /troubleshooting/ as the tester's verdict would (verdict-guidance.ts).
 */

/**
 * The page or file a text was read in, cited as a fact's source is (its title names the publisher;
 * a file's URL names its commit), without the kinds that rank Remote's own pages.
 */
export type ErrorSource = Pick<FactSource, 'title' | 'url'>;

export interface KnownError extends DecodableError {
	/** Real wordings that contain it: each must match this entry and no other (tests/unit/error-catalogue.test.ts). */
	examples: readonly string[];
	/** Why the meaning is only reported or inferred, in one sentence; required then. */
	note?: string;
	sources: readonly ErrorSource[];
	/** When the sources were last read (YYYY-MM-DD). */
	checked: string;
}

const researched = '2026-12-02';

// The sources, named once. A file in a public repository is cited at the commit it was read at.
const rfc9110Unauthorized: ErrorSource = {
	title: 'RFC 9110, HTTP Semantics: 15.5.2 401 Unauthorized',
	url: 'https://www.rfc-editor.org/rfc/rfc9110#section-15.5.2',
};
const rfc9110Forbidden: ErrorSource = {
	title: 'RFC 9110, HTTP Semantics: 15.5.4 403 Forbidden',
	url: 'https://www.rfc-editor.org/rfc/rfc9110#section-15.5.4',
};
const rfc6585TooManyRequests: ErrorSource = {
	title: 'RFC 6585, Additional HTTP Status Codes: 4. 429 Too Many Requests',
	url: 'https://www.rfc-editor.org/rfc/rfc6585#section-4',
};
const nangoErrors: ErrorSource = {
	title: 'Nango source: packages/shared/lib/utils/error.ts (connection_test_failed)',
	url: 'https://github.com/NangoHQ/nango/blob/2f4c0af671e2ca1c43dd4e78f3c369218bf3fc87/packages/shared/lib/utils/error.ts',
};
const nangoConnectWords: ErrorSource = {
	title: 'Nango source: packages/connect-ui/src/lib/i18n/translations/en.ts (invalidCredentials)',
	url: 'https://github.com/NangoHQ/nango/blob/2f4c0af671e2ca1c43dd4e78f3c369218bf3fc87/packages/connect-ui/src/lib/i18n/translations/en.ts',
};
const apideckVaultWords: ErrorSource = {
	title: 'Apideck Vault source: src/utils/i18n.ts',
	url: 'https://github.com/apideck-libraries/vault-core/blob/97f3ea008bd6a33df6acdbd42ba728ca259de254/src/utils/i18n.ts',
};
const apideckStatusBadge: ErrorSource = {
	title: 'Apideck Vault source: src/components/StatusBadge.tsx',
	url: 'https://github.com/apideck-libraries/vault-core/blob/97f3ea008bd6a33df6acdbd42ba728ca259de254/src/components/StatusBadge.tsx',
};
const apideckConnectionStates: ErrorSource = {
	title: 'Apideck developer docs: Connection states',
	url: 'https://developers.apideck.com/guides/connection-states',
};
const apideckErrors: ErrorSource = {
	title: 'Apideck developer docs: Errors',
	url: 'https://developers.apideck.com/errors',
};
const mergeIssues: ErrorSource = {
	title: 'Merge Help Center: Issue tracking',
	url: 'https://help.merge.dev/articles/5389726-issue-tracking',
};
const mergeStatuses: ErrorSource = {
	title: 'Merge Help Center: Linked Account statuses and the account details endpoint',
	url: 'https://help.merge.dev/en/articles/6074068-linked-account-statuses-and-the-account-details-endpoint',
};
const komboStates: ErrorSource = {
	title: 'Kombo docs: Integration states',
	url: 'https://docs.kombo.dev/integration-states',
};
const komboErrors: ErrorSource = {
	title: 'Kombo docs: Errors',
	url: 'https://docs.kombo.dev/guides/errors',
};
const komboErrorCodes: ErrorSource = {
	title: 'Kombo TypeScript SDK source: src/models/kombohriserror.ts',
	url: 'https://github.com/kombohq/typescript-sdk/blob/1dc00a98636343b9423d19aec8b8c74844e96358/src/models/kombohriserror.ts',
};
const finchReauthentication: ErrorSource = {
	title: 'Finch developer docs: Reauthentication',
	url: 'https://developer.tryfinch.com/developer-resources/Reauthentication',
};

/** A fact of the registry about one of Remote's error answers: its status and body. */
type RemoteAnswerFact = typeof unauthorizedAnswer | typeof forbiddenAnswer | typeof rateLimitAnswer;

/**
 * Remote's own answer as a catalogue entry, all of it from its fact: the body as the registry
 * records it, found by its message however the JSON is spaced, with the fact's certainty, sources
 * and date.
 */
function remoteAnswer(id: string, fact: RemoteAnswerFact, means: KnownError['means'], examples: readonly string[]): KnownError {
	const { message } = JSON.parse(fact.value.body) as { message: string };
	const literal = message.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
	return {
		id,
		shownBy: 'remote',
		text: fact.value.body,
		pattern: new RegExp(`"message"\\s*:\\s*"${literal}"`, 'i'),
		examples,
		means,
		certainty: fact.certainty,
		sources: fact.sources.map(({ title, url }) => ({ title, url })),
		checked: fact.checked,
	};
}

/**
 * Most specific first: a platform's own wording before Remote's bodies, and those before the bare
 * status lines any tool prints, so the first match is the one that says most.
 */
export const knownErrors: readonly KnownError[] = [
	{
		id: 'nango-credentials-invalid',
		shownBy: 'nango',
		text: 'The given credentials were found to be invalid. Please check the credentials and try again.',
		pattern: /given credentials were found to be invalid/i,
		examples: [
			'{"error":{"code":"connection_test_failed","message":"The given credentials were found to be invalid. Please check the credentials and try again."}}',
			'The given credentials were found to be invalid and received a 401 on a test API call. Please check the credentials and try again.',
		],
		means: 'unauthorized',
		certainty: 'inferred',
		note: 'Nango says this whenever the provider’s check did not succeed; for a Remote token that is most often Remote’s 401.',
		sources: [nangoErrors],
		checked: researched,
	},
	{
		id: 'nango-connect-did-not-validate',
		shownBy: 'nango',
		text: '{provider} did not validate your credentials. Please check the values and try again.',
		pattern: /did not validate your credentials/i,
		examples: ['Remote did not validate your credentials. Please check the values and try again.'],
		means: 'unauthorized',
		certainty: 'inferred',
		note: 'Nango’s connect screen shows this when the provider’s check failed; for a Remote token that is most often Remote’s 401.',
		sources: [nangoConnectWords],
		checked: researched,
	},
	{
		id: 'apideck-could-not-connect',
		shownBy: 'apideck',
		text: 'Could not connect to {connection}. Please check your credentials.',
		pattern: /could not connect to [^.\n]{1,60}\.\s*(?:please check your credentials|view our connection guide)/i,
		examples: [
			'Connection failed. Could not connect to Remote. Please check your credentials.',
			'Could not connect to Remote. View our Connection Guide for help',
		],
		means: 'unauthorized',
		certainty: 'inferred',
		note: 'Apideck shows this when the saved connection is invalid; for a Remote token that is most often Remote’s 401.',
		sources: [apideckVaultWords],
		checked: researched,
	},
	{
		id: 'apideck-invalid-configuration',
		shownBy: 'apideck',
		text: 'Invalid configuration',
		pattern: /\binvalid configuration\b/i,
		examples: ['Remote · Invalid configuration'],
		means: 'unauthorized',
		certainty: 'verified',
		sources: [apideckStatusBadge, apideckConnectionStates],
		checked: researched,
	},
	{
		id: 'apideck-connector-rate-limit',
		shownBy: 'apideck',
		text: 'ConnectorRateLimitError: Connector Rate Limit Error',
		pattern: /\bConnectorRateLimitError\b|\bconnector rate limit error\b/i,
		examples: [
			'{"status_code":429,"error":"Too Many Requests","type_name":"ConnectorRateLimitError","message":"Connector Rate Limit Error"}',
		],
		means: 'rate_limited',
		certainty: 'verified',
		sources: [apideckErrors],
		checked: researched,
	},
	{
		id: 'merge-bad-api-key',
		shownBy: 'merge',
		text: 'Bad API Key',
		pattern: /\bbad api key\b/i,
		examples: ['Issue: Bad API Key'],
		means: 'unauthorized',
		certainty: 'verified',
		sources: [mergeIssues],
		checked: researched,
	},
	{
		id: 'merge-relink-needed',
		shownBy: 'merge',
		text: 'RELINK_NEEDED',
		pattern: /\brelink[_ ]needed\b/i,
		examples: ['"status": "RELINK_NEEDED"', 'Relink needed'],
		means: 'unauthorized',
		certainty: 'verified',
		sources: [mergeStatuses],
		checked: researched,
	},
	{
		id: 'merge-missing-permissions',
		shownBy: 'merge',
		text: 'Missing permissions',
		pattern: /\bmissing permissions?\b/i,
		examples: ['Issue: Missing permissions', 'error_description: Missing permission'],
		means: 'forbidden',
		certainty: 'verified',
		sources: [mergeIssues],
		checked: researched,
	},
	{
		id: 'merge-hit-rate-limit',
		shownBy: 'merge',
		text: 'Hit rate limit',
		pattern: /\bhit rate limit\b/i,
		examples: ['Issue: Hit rate limit'],
		means: 'rate_limited',
		certainty: 'reported',
		note: 'Only an earlier copy of Merge’s issue list names it.',
		sources: [mergeIssues],
		checked: researched,
	},
	{
		id: 'merge-third-party-offline',
		shownBy: 'merge',
		text: 'Third-party offline',
		pattern: /\bthird[- ]party offline\b/i,
		examples: ['Issue: Third-party offline'],
		means: 'remote_unavailable',
		certainty: 'verified',
		sources: [mergeIssues],
		checked: researched,
	},
	{
		id: 'kombo-authentication-failing',
		shownBy: 'kombo',
		text: 'Authentication Failing',
		pattern: /\bauthentication failing\b|\bintegration\.authentication_failed\b|\bINTEGRATION\.AUTHENTICATION_INVALID\b/i,
		examples: ['Remote: Authentication Failing', 'integration.authentication_failed', '"code": "INTEGRATION.AUTHENTICATION_INVALID"'],
		means: 'unauthorized',
		certainty: 'verified',
		sources: [komboStates, komboErrorCodes],
		checked: researched,
	},
	{
		id: 'kombo-credentials-invalid',
		shownBy: 'kombo',
		text: 'Credentials Invalid',
		pattern: /\bcredentials invalid\b/i,
		examples: ['Status: Credentials Invalid'],
		means: 'unauthorized',
		certainty: 'verified',
		sources: [komboStates],
		checked: researched,
	},
	{
		id: 'kombo-permission-missing',
		shownBy: 'kombo',
		text: 'INTEGRATION.PERMISSION_MISSING',
		pattern: /\bINTEGRATION\.PERMISSION_MISSING\b/i,
		examples: ['{"code":"INTEGRATION.PERMISSION_MISSING","title":"Permission missing"}'],
		means: 'forbidden',
		certainty: 'inferred',
		note: 'Kombo lists the code without a description; its name says the connected tool refused for want of a permission.',
		sources: [komboErrorCodes],
		checked: researched,
	},
	{
		// Kombo's `REMOTE.` means the connected tool, whichever it is: for this connection, Remote.
		id: 'kombo-remote-rate-limit',
		shownBy: 'kombo',
		text: 'REMOTE.RATE_LIMIT_EXCEEDED',
		pattern: /\bREMOTE\.RATE_LIMIT_EXCEEDED\b/i,
		examples: ['"code": "REMOTE.RATE_LIMIT_EXCEEDED"'],
		means: 'rate_limited',
		certainty: 'verified',
		sources: [komboErrors, komboErrorCodes],
		checked: researched,
	},
	{
		id: 'kombo-remote-unavailable',
		shownBy: 'kombo',
		text: 'REMOTE.SERVICE_UNAVAILABLE',
		pattern: /\bREMOTE\.SERVICE_UNAVAILABLE\b/i,
		examples: ['"code": "REMOTE.SERVICE_UNAVAILABLE"'],
		means: 'remote_unavailable',
		certainty: 'verified',
		sources: [komboErrors, komboErrorCodes],
		checked: researched,
	},
	{
		id: 'finch-reauthenticate-user',
		shownBy: 'finch',
		text: 'Please reauthenticate user',
		pattern: /\breauthenticate_user\b|\bplease reauthenticate user\b/i,
		examples: [
			'{"code": 401, "name": "authentication_error", "finch_code": "reauthenticate_user", "message": "Please reauthenticate user"}',
			'Please reauthenticate user',
		],
		means: 'unauthorized',
		certainty: 'verified',
		sources: [finchReauthentication],
		checked: researched,
	},
	remoteAnswer('remote-unauthorized', unauthorizedAnswer, 'unauthorized', [
		'{"message":"Unauthorized"}',
		'Remote answered: { "message": "Unauthorized" }',
	]),
	remoteAnswer('remote-forbidden', forbiddenAnswer, 'forbidden', ['{"message":"Forbidden"}']),
	remoteAnswer('remote-too-many-requests', rateLimitAnswer, 'rate_limited', ['{"message":"Too many requests"}']),
	{
		id: 'http-401',
		shownBy: 'http',
		text: '401 Unauthorized',
		pattern: /\b401\s+unauthori[sz]ed\b/i,
		examples: ['HTTP/1.1 401 Unauthorized', 'Request failed: 401 Unauthorized'],
		means: 'unauthorized',
		certainty: 'verified',
		sources: [rfc9110Unauthorized],
		checked: researched,
	},
	{
		id: 'http-403',
		shownBy: 'http',
		text: '403 Forbidden',
		pattern: /\b403\s+forbidden\b/i,
		examples: ['HTTP/1.1 403 Forbidden', 'Error: 403 Forbidden'],
		means: 'forbidden',
		certainty: 'verified',
		sources: [rfc9110Forbidden],
		checked: researched,
	},
	{
		id: 'http-429',
		shownBy: 'http',
		text: '429 Too Many Requests',
		pattern: /\b429\s+too many requests\b/i,
		examples: ['HTTP/1.1 429 Too Many Requests', 'Sync failed (429 Too Many Requests)'],
		means: 'rate_limited',
		certainty: 'verified',
		sources: [rfc6585TooManyRequests],
		checked: researched,
	},
];

/**
 * What a pasted error most likely means, against the whole catalogue (the decoder in the browser
 * gets the same entries as data: ErrorDecoder.astro).
 */
export const decodeError = (pasted: string): DecodedError<KnownError> => decodeWith(knownErrors, pasted);

/**
 * The section of /troubleshooting/ about each meaning, as an admin meets it: a connection that
 * worked and now fails, not a first test (so not always the tester's own next step).
 */
export const decodedSections = {
	unauthorized: '/troubleshooting/#it-worked-before-now-401',
	forbidden: '/troubleshooting/#missing-permission',
	rate_limited: '/troubleshooting/#rate-limited',
	remote_unavailable: '/troubleshooting/#remote-is-unavailable',
} as const satisfies Record<ErrorMeaning, string>;
