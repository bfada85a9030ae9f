import type { LiveCheckCode, LiveVerdict } from '../../lib/shared/connection-test-codes';
import {
	maximumTokenLength,
	minimumBodyLength,
	tokenPrefixes,
	type Environment,
	type FormatProblem,
	type PasteNotice,
	type VendorName,
} from '../../lib/shared/token-rules';
import type { NextStepFor } from '../../lib/shared/verdict-guidance';

/**
 * Everything the token tester says, in English: the format problems, the paste notices, the
 * precheck's and Remote's answers, the next steps' labels and the testers' own labels. The rules
 * (src/lib/shared/token-rules.ts) decide; these words say it, with `{placeholders}` for what the
 * rules found. Every other language is typed `TesterWords`, so the compiler holds it to the same keys.
 */

/** Where a damaged token can be copied from again, ending every message that asks for that. */
const copyAgain = 'Copy it again from Remote’s tokens table.';

/** “ra_live_” (Production) or “ra_test_” (Sandbox), for messages that name both prefixes. */
const bothPrefixes = `“${tokenPrefixes.production}” (Production) or “${tokenPrefixes.sandbox}” (Sandbox)`;

/** Said at the end of every answer that is not about the token. */
const notYourToken = 'This is not a problem with your token';

export const testerWords = {
	environments: { production: 'Production', sandbox: 'Sandbox' } satisfies Record<Environment, string>,
	notices: {
		whitespace: 'Removed spaces or line breaks from around the token.',
		bearer: 'Removed “Bearer ” from the start: paste the token alone.',
		quotes: 'Removed the quotation marks around the token.',
	} satisfies Record<PasteNotice, string>,
	/** What a `{name}` in a format message stands for: a character the rules found, or another service's key. */
	names: {
		'\u200b': 'a zero-width space',
		'\u200c': 'a zero-width non-joiner',
		'\u200d': 'a zero-width joiner',
		'\u2060': 'a word joiner',
		'\ufeff': 'a byte-order mark',
		'\u00a0': 'a non-breaking space',
		'\u00ad': 'a soft hyphen',
		'\u2018': 'a curly quotation mark',
		'\u2019': 'a curly quotation mark',
		'\u201c': 'a curly quotation mark',
		'\u201d': 'a curly quotation mark',
		'\u2013': 'a dash that is not a hyphen',
		'\u2014': 'a dash that is not a hyphen',
		stripe: 'a Stripe API key',
		github: 'a GitHub token',
		slack: 'a Slack token',
		aws: 'an AWS access key',
		openai: 'an OpenAI-style API key',
		jwt: 'a JSON Web Token (an OAuth access token, not an API token)',
	} satisfies Record<VendorName, string> & Record<string, string> as Record<string, string>,
	format: {
		empty: 'Paste a Remote API token to check it.',
		tooLong: `That is {length} characters; this help center expects at most ${maximumTokenLength}. Something else was probably pasted along with it.`,
		copiedCharacter: `The token contains {name} at character {position}, picked up when it was copied through a document or chat. ${copyAgain}`,
		whitespaceInside:
			'The token has a space or line break inside it, at character {position}. This help center expects one unbroken string: copy it again in one piece.',
		controlCharacter: `The token contains an invisible control character at character {position}. ${copyAgain}`,
		nonAscii: `The token contains a character this help center does not expect (a non-ASCII letter or symbol) at character {position}. ${copyAgain}`,
		lookalike: `The token contains a character this help center does not expect (a lookalike of a plain character) at character {position}. ${copyAgain}`,
		capitals: `The token starts with “{start}” in capitals. Remote writes its prefixes in lower case: copy the token again rather than retyping it.`,
		otherVendor: `This looks like {name}, not a Remote API token. Remote tokens start with ${bothPrefixes}.`,
		partialPrefix: `The token starts with “ra_” but not with ${bothPrefixes}. Part of the prefix may be missing: copy the whole token again.`,
		notRemote: `This is not a Remote API token: those start with ${bothPrefixes}. Copy one from Remote’s tokens table, or generate a new one.`,
		prefixOnly: `That is only the prefix “{prefix}”: the rest of the token is missing. ${copyAgain}`,
		cutOff: `Only {length} characters follow the prefix; this help center expects at least ${minimumBodyLength}. The token was probably cut off when copied: copy it again.`,
	} satisfies Record<FormatProblem['code'], string>,
	/** The verdicts and checks decided without Remote. */
	precheck: {
		invalidFormat: 'This does not look like a valid Remote API token.',
		mismatch: 'The token belongs to the other environment.',
		formatFirst: 'Not checked: the token’s format comes first.',
		fixFormatFirst: 'Not sent to Remote: fix the format first.',
		looksLike: 'Looks like a {environment} token (starts with “{prefix}”).',
		cannotWork: 'This {environment} token cannot work in {chosen}: choose {environment}, or use a token that starts with “{prefix}”.',
		only401: 'Not sent to Remote: it would only answer 401.',
		prefixMatches: 'The prefix matches {environment}.',
	},
	/** One sentence summing up each verdict Remote's answer, or its absence, decides. */
	summaries: {
		connected: 'Connected to {company} — {environment}',
		unauthorized: 'Remote rejected the token ({environment}).',
		forbidden: 'Remote recognised the token but refused access ({environment}).',
		rate_limited: 'Remote’s rate limit was reached; try again later.',
		upstream_error: 'Remote gave an answer that could not be used.',
		unreachable: 'Remote could not be reached.',
		timeout: 'Remote did not answer in time.',
	} satisfies Record<LiveVerdict, string>,
	/** What Remote's answer means, as the result's last check says it, by the check's code. */
	remote: {
		accepted: 'Remote accepted the token.',
		not_identity: 'Remote answered {status} but not with its usual identity data, so the token could not be confirmed. Try again later.',
		rejected:
			'Remote did not accept the token ({status} Unauthorized). Most likely it was revoked, copied incompletely, or belongs to the other environment.',
		refused:
			'Remote recognised the token but refused the check ({status} Forbidden), an answer its API reference does not list for the identity endpoint.',
		rate_limited: "Remote's rate limit was reached for now: wait up to a minute, then test once. The token was not judged.",
		rate_limited_reset_known:
			"Remote's rate limit was reached for now: it resets in {seconds} s, then test once. The token was not judged.",
		redirected: "Remote's gateway answered with a redirect ({status}). It was not followed, so the token was sent nowhere else.",
		gateway_not_found:
			'The gateway answered 404, which Remote gives for something that does not exist or is not accessible with the credentials sent. The identity check exists for every token, so most likely this help center’s gateway address is wrong.',
		remote_unavailable: `Remote could not answer ({status}). ${notYourToken}: try again in a few minutes.`,
		unexpected_status: `The gateway answered {status}, which says nothing about the token. ${notYourToken}: try again later.`,
		timeout: `Remote did not answer within {seconds} s. ${notYourToken}: try again shortly.`,
		unreachable: `Remote's gateway could not be reached{network}. ${notYourToken}: try again shortly.`,
		connection_broken: `Remote's gateway started to answer ({status}) but the connection broke before the answer was complete{network}. ${notYourToken}: try again shortly.`,
	} satisfies Record<LiveCheckCode, string>,
	/** The label of the link to the section about each outcome (src/lib/shared/verdict-guidance.ts says where it leads). */
	nextStepLabels: {
		connected: 'Link your account with this token',
		invalid_format: 'Token is not a Remote API token',
		environment_mismatch: 'Fix a wrong environment',
		unauthorized: 'Fix a rejected token',
		forbidden: 'When Remote refuses the check',
		rate_limited: 'About Remote’s rate limit',
		gateway_not_found: 'When the gateway is not found',
		unexpected_answer: 'When the gateway’s answer is not Remote’s',
		remote_unavailable: 'When Remote is unavailable',
		unreachable: 'When Remote cannot be reached',
		timeout: 'When Remote does not answer in time',
		too_many_requests: 'Why this help center paused your tests',
		server_busy: 'When the tester is busy',
		origin_not_allowed: 'Why a test from another site is refused',
	} satisfies Record<NextStepFor, string>,
	/** This help center's refusals a reader can meet in a tester, said in the language its request asks for (`what` is `tests`, `answers` or `requests`). */
	refusals: {
		too_many_requests: 'Too many requests from your address: at most {limit} {what} a minute. Try again in {seconds} s.',
		tests: 'tests',
		answers: 'answers',
		requests: 'requests',
		server_busy: 'This help center is running as many live tests as it allows ({cap}). Try again in {seconds} s.',
		origin_not_allowed: 'Requests from other websites are not accepted here. Use the tester on this help center, or test from a terminal.',
		embedding_not_allowed: 'This site is not allowed to use the token tester here. Its operator can list it in EMBED_ALLOWED_ORIGINS.',
	},
	/** What `npm run check-token` says around the result, in a terminal. */
	terminal: {
		prompt: 'Remote API token (not shown as you type or paste):',
		noToken: 'No token was given: pipe it in, type it at the prompt, or set REMOTE_API_TOKEN.',
		company: 'Company: {company}',
		tryAgainIn: 'Try again in {seconds} seconds.',
		next: 'Next: {label} → {url}',
	},
	/** The testers' own labels and messages. `retryIn` is said for 0 or 2 and more seconds, `retryInOne` for 1. */
	ui: {
		looksLike: 'Looks like a {environment} token.',
		pressTest: ' Press Test to ask Remote.',
		switchTo: 'Switch to {environment}',
		test: 'Test token',
		check: 'Check token',
		testing: 'Testing…',
		show: 'Show',
		hide: 'Hide',
		showToken: 'Show token',
		hideToken: 'Hide token',
		token: 'Token {masked}',
		answered: 'Remote answered {status}',
		milliseconds: '{latency} ms',
		retryIn: 'You can test again in {seconds} seconds.',
		retryInOne: 'You can test again in 1 second.',
		retryNow: 'You can test again now.',
		couldNotRun: 'The test could not run.',
		notAResult: 'The help center answered {status} instead of a result. Try again in a moment.',
		unreachable: 'The token tester refused this page, or could not be reached. The site’s owner may need to be allowed to embed it.',
		formatRight: 'The format is right for {environment}.',
		offline: 'The live check with Remote is not available here.',
		/** The embeddable tester's own field labels (the page's tester has its labels in its markup). */
		tokenLabel: 'Remote API token',
		environmentLabel: 'Environment',
		formLabel: 'Test a Remote API token',
		attachedLabel: 'Test the Remote API token',
	},
};

/** What every language's tester says: the same keys as the English, each a string. */
export type TesterWords = typeof testerWords;
