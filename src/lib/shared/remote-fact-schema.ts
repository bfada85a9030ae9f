import { z } from 'zod';

/**
 * The shape of one fact about Remote in the registry (src/lib/shared/remote-facts.ts). The registry itself
 * imports only the types from here, so the facts the browser needs (the token prefixes) reach it
 * without zod; the unit tests and the /sources/ page parse every entry with these schemas.
 */

/** How sure we are of a fact, from the strongest source that states it. */
export const certainties = ['verified', 'reported', 'inferred'] as const;
export type Certainty = (typeof certainties)[number];

/** What each certainty means, for readers of /sources/ and for maintainers adding a fact. */
export const certaintyMeanings: Record<Certainty, string> = {
	verified: 'Remote’s current documentation, help center or API reference says it.',
	reported:
		'Only partners’ guides, an older Remote page or Remote’s notes for AI assistants say it, or Remote’s own pages disagree about it.',
	inferred: 'This help center’s own reasoning, or a rule of its own; no source says it in so many words. Its note gives the reason.',
};

/**
 * Who published a source. Only Remote's current docs, help center and API spec (`remote`) verify a
 * fact; an older Remote page, Remote's notes for AI assistants (`remote-notes`: Remote's words, but
 * not pages it publishes for customers, and undated) and partners' guides only report one.
 */
export const sourceKinds = ['remote', 'remote-older', 'remote-notes', 'partner'] as const;
export type SourceKind = (typeof sourceKinds)[number];

/** The kinds that can verify a fact, and those that can only report one. */
export const verifyingKinds: readonly SourceKind[] = ['remote'];
export const reportingKinds: readonly SourceKind[] = ['remote-older', 'remote-notes', 'partner'];

export const FactSourceSchema = z.strictObject({
	/** The page's title as a reader recognises it, naming its publisher. */
	title: z.string().trim().min(3, 'expected the title of the page'),
	/** Where the page is, so anyone can re-read it. */
	url: z.url({ protocol: /^https$/, error: 'expected the https URL of the page' }),
	/** Remote's current pages and API spec verify; older Remote pages, Remote's notes and partners' guides only report. */
	kind: z.enum(sourceKinds),
});
export type FactSource = z.infer<typeof FactSourceSchema>;

/** The groups /sources/ lists facts in, in reading order, each with its heading. */
export const factTopics = {
	'signing-in': 'Signing in and finding the Remote API settings',
	'creating-tokens': 'Creating and copying a token',
	environments: 'Environments, prefixes and gateways',
	'identity-check': 'The identity check',
	answers: 'Remote’s error answers',
	'rate-limits': 'Rate limits',
	revoking: 'Revoking a token',
	'time-off': 'Time off',
	'areas-of-the-api': 'Areas of the API',
	'tester-rules': 'This help center’s own token checks',
} as const;
export type FactTopic = keyof typeof factTopics;

/** Today's date as the registry writes dates, for "not in the future". */
const today = () => new Date().toISOString().slice(0, 10);

export const RemoteFactSchema = z
	.strictObject({
		/** The fact's anchor on /sources/ and the id guides name it by: `<Fact id="rate-limit" />`. */
		id: z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, 'expected a lower-case id with hyphens, such as "rate-limit"'),
		topic: z.enum(Object.keys(factTopics) as [FactTopic, ...FactTopic[]]),
		certainty: z.enum(certainties),
		/** The day someone last read the sources and found the fact still stated there (YYYY-MM-DD). */
		checked: z.iso
			.date({ error: 'expected the date the fact was checked, as YYYY-MM-DD' })
			.refine((date) => date <= today(), 'expected a date that is not in the future'),
		/** At least one page anyone can re-read. An inferred fact names the pages it reasons from. */
		sources: z.array(FactSourceSchema).min(1, 'expected at least one source: a fact nobody can trace is not a fact'),
		/**
		 * The fact as guides state it, worded as what it is: a `reported` or `inferred` fact says so
		 * ("Remote’s older rate-limit page gives…", "Remote does not say…"). `**bold**` marks a label
		 * from Remote's screens and `` `code` `` a literal.
		 */
		statement: z.string().trim().min(10, 'expected the fact as a sentence'),
		/** What code and components use: a label, a URL, a prefix per environment, a number. */
		value: z.unknown(),
		/**
		 * For a fact that is not verified: what is uncertain (reported), or the reason an inferred fact
		 * or a rule of this help center's own rests on.
		 */
		note: z.string().trim().min(10).optional(),
	})
	.superRefine((fact, context) => {
		const kinds = fact.sources.map((source) => source.kind);
		if (fact.certainty === 'verified' && !kinds.some((kind) => verifyingKinds.includes(kind))) {
			context.addIssue({
				code: 'custom',
				path: ['certainty'],
				message: `a verified fact needs a source of kind "remote" (Remote’s current docs, help center or API reference); found only ${[...new Set(kinds)].join(', ')}, which can only report it`,
			});
		}
		if (fact.certainty === 'reported' && !kinds.some((kind) => reportingKinds.includes(kind))) {
			context.addIssue({
				code: 'custom',
				path: ['certainty'],
				message: 'a reported fact names the partner guide, older Remote page or Remote note that reports it',
			});
		}
		if (fact.certainty === 'reported' && !fact.note) {
			context.addIssue({ code: 'custom', path: ['note'], message: 'a reported fact says what is uncertain about it' });
		}
		if (fact.certainty === 'inferred' && !fact.note) {
			context.addIssue({ code: 'custom', path: ['note'], message: 'an inferred fact gives the reason it rests on' });
		}
	});

export type RemoteFactInput = z.input<typeof RemoteFactSchema>;
export type RemoteFact = z.output<typeof RemoteFactSchema>;

/** Something Remote's pages do not say, which a guide must not claim either way. */
export const OpenQuestionSchema = z.strictObject({
	id: z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/),
	/** The question, as a reader would ask it. */
	question: z.string().trim().min(10),
	/**
	 * What to do instead of an answer, as the guides advise it. Guides show it after “Remote does
	 * not say.” and /sources/ after “What to do instead:”, so it reads as advice, not as a claim.
	 */
	guidesSay: z.string().trim().min(10),
	checked: z.iso.date(),
});
export type OpenQuestion = z.infer<typeof OpenQuestionSchema>;
