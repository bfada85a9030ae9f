import type { NextStep } from './connection-test-schema';
import {
	environmentLabels,
	maximumTokenLength,
	minimumBodyLength,
	tokenPrefixes,
	type FormatProblem,
	type PasteNotice,
	type VendorName,
} from './token-rules';
import { precheckNextSteps } from './verdict-guidance';

/**
 * Everything the token tester says before Remote is asked, in one place: the format problems,
 * the paste notices, the precheck's verdicts and the testers' own labels. The rules
 * (token-rules.ts) decide; these words say it, with `{placeholders}` for what the rules found.
 *
 * The route and the embeddable tester import these words. The in-page tester receives them from
 * its page (TokenTester.astro renders them into its markup), so its script carries rules and no
 * prose: the words are most of what a tester weighs, and the page compresses them with its text.
 */

/** Where a damaged token can be copied from again, ending every message that asks for that. */
const copyAgain = 'Copy it again from Remote’s tokens table.';

/** “ra_live_” (Production) or “ra_test_” (Sandbox), for messages that name both prefixes. */
const bothPrefixes = `“${tokenPrefixes.production}” (Production) or “${tokenPrefixes.sandbox}” (Sandbox)`;

export const testerWords = {
	environments: environmentLabels,
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
	nextSteps: precheckNextSteps as Record<keyof typeof precheckNextSteps, NextStep>,
	/** The testers' own labels and messages. */
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
		retryIn: 'You can test again in {seconds} second{s}.',
		retryNow: 'You can test again now.',
		couldNotRun: 'The test could not run.',
		notAResult: 'The help center answered {status} instead of a result. Try again in a moment.',
		unreachable: 'The token tester refused this page, or could not be reached. The site’s owner may need to be allowed to embed it.',
		formatRight: 'The format is right for {environment}.',
		offline: 'The live check with Remote is not available here.',
	},
};

export type TesterWords = typeof testerWords;
