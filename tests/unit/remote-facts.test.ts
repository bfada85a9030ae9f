import { describe, expect, test } from 'vitest';
import { statementToHtml, statementToText } from '../../src/lib/shared/fact-markup';
import { factTopics, OpenQuestionSchema, RemoteFactSchema, type RemoteFactInput } from '../../src/lib/shared/remote-fact-schema';
import {
	factById,
	gateways,
	openQuestionById,
	openQuestions,
	remoteFacts,
	signInUrl,
	testerLengthBounds,
	tokenPrefixes,
} from '../../src/lib/shared/remote-facts';
import { formatRuleFacts, maximumTokenLength, minimumBodyLength } from '../../src/lib/shared/token-rules';

const remotePage = { title: 'Remote developer docs: a page', url: 'https://developer.remote.com/docs/a-page', kind: 'remote' } as const;
const partnerPage = { title: 'A platform’s Remote guide', url: 'https://docs.platform.example/remote', kind: 'partner' } as const;
const remoteNotes = { title: 'Remote’s notes for AI assistants', url: 'https://github.com/remoteoss/notes', kind: 'remote-notes' } as const;
const olderPage = { title: 'Remote API docs (older page)', url: 'https://remote.com/resources/api/a-page', kind: 'remote-older' } as const;
const validFact: RemoteFactInput = {
	id: 'a-fact',
	topic: 'environments',
	certainty: 'verified',
	checked: '2026-11-30',
	sources: [remotePage],
	statement: 'Remote says something about tokens.',
	value: 'something',
};

describe('the registry', () => {
	test.each(remoteFacts.map((fact) => [fact.id, fact] as const))('%s is a complete, sourced fact', (_id, fact) => {
		const parsed = RemoteFactSchema.safeParse(fact);
		expect(parsed.success, parsed.error?.message).toBe(true);
		expect(fact.sources.length).toBeGreaterThan(0);
	});

	test('every id is unique, also among topics and open questions (they share /sources/ as anchors), and every topic has facts', () => {
		const ids = [
			...remoteFacts.map((fact) => fact.id),
			...Object.keys(factTopics),
			...openQuestions.map((question) => question.id),
			'not-stated',
		];
		expect(new Set(ids).size).toBe(ids.length);
		for (const topic of Object.keys(factTopics))
			expect(
				remoteFacts.some((fact) => fact.topic === topic),
				topic,
			).toBe(true);
	});

	// A fact Remote's current pages do not state says so where it is stated, in its own words.
	test.each(remoteFacts.filter((fact) => fact.certainty !== 'verified').map((fact) => [fact.id, fact.certainty, fact.statement] as const))(
		'%s (%s) is worded as what it is',
		(_id, _certainty, statement) => {
			expect(statement).toMatch(/\b(guides?|older|does not|do not|may|might|should|expect|by their names|inferred?|says?|give)\b/i);
		},
	);

	test('open questions are well formed, and each is found by its id', () => {
		for (const question of openQuestions) {
			expect(OpenQuestionSchema.safeParse(question).success, question.id).toBe(true);
			expect(openQuestionById(question.id)).toBe(question);
		}
		expect(() => openQuestionById('token-expiry-date')).toThrow(
			/There is no open question "token-expiry-date"\. Open questions: token-expiry,/,
		);
	});

	// No fact is surer than its sources: Remote's notes and partners' guides can only report.
	test.each(remoteFacts.filter((fact) => fact.certainty === 'verified').map((fact) => [fact.id, fact] as const))(
		'%s (verified) has a source of Remote’s current docs, help center or API reference',
		(_id, fact) => {
			expect(fact.sources.map((source) => source.kind)).toContain('remote');
		},
	);

	test.each(remoteFacts.filter((fact) => fact.certainty === 'inferred').map((fact) => [fact.id, fact] as const))(
		'%s (inferred) gives the reason it rests on',
		(_id, fact) => {
			expect('note' in fact && typeof fact.note === 'string' && fact.note.length >= 10).toBe(true);
		},
	);

	test('the values code depends on are the ones Remote documents', () => {
		expect(tokenPrefixes).toEqual({ production: 'ra_live_', sandbox: 'ra_test_' });
		expect(factById('token-prefixes').value).toBe(tokenPrefixes);
		expect(gateways.value).toEqual({ production: 'https://gateway.remote.com', sandbox: 'https://gateway.remote-sandbox.com' });
		expect(new URL(signInUrl.value).protocol).toBe('https:');
	});

	test('an unknown id is refused with the ids that exist', () => {
		expect(() => factById('rate-limits')).toThrow(/There is no Remote fact "rate-limits"\. Facts: .*rate-limit,/);
	});
});

describe('RemoteFactSchema refuses', () => {
	// Fields a fact might get wrong, so typed loosely: the schema, not the compiler, is under test.
	test.each<[string, Record<string, unknown>, RegExp]>([
		['a fact without a source', { sources: [] }, /at least one source/],
		['a fact with no sources field', { sources: undefined }, /sources/],
		['a source that is not an https page', { sources: [{ ...remotePage, url: 'http://developer.remote.com/docs' }] }, /https URL/],
		['a source of unknown kind', { sources: [{ ...remotePage, kind: 'blog' as never }] }, /kind/],
		['a verified fact only a partner states', { sources: [partnerPage] }, /verified fact needs a source of kind "remote"/],
		[
			'a verified fact only Remote’s notes state',
			{ sources: [remoteNotes] },
			/verified fact needs a source of kind "remote".*found only remote-notes/,
		],
		[
			'a verified fact stated only by partners, notes and an older page',
			{ sources: [partnerPage, remoteNotes, olderPage] },
			/verified fact needs a source of kind "remote"/,
		],
		[
			'a reported fact with only Remote’s current pages',
			{ certainty: 'reported', note: 'Only a partner says it.', sources: [remotePage] },
			/reported fact names the partner guide/,
		],
		['an inferred fact without its reason', { certainty: 'inferred' }, /inferred fact gives the reason it rests on/],
		[
			'a reported fact that does not say what is uncertain',
			{ certainty: 'reported', sources: [partnerPage] },
			/reported fact says what is uncertain/,
		],
		['a date that is not a date', { checked: '30/11/2026' }, /YYYY-MM-DD/],
		['a date in the future', { checked: '2999-01-01' }, /not in the future/],
		['an id with capitals', { id: 'RateLimit' }, /lower-case id/],
		['an unknown topic', { topic: 'pricing' as never }, /topic/],
		['an extra field', { sourse: 'typo' }, /sourse/],
	])('%s', (_case, change, message) => {
		const result = RemoteFactSchema.safeParse({ ...validFact, ...change });
		expect(result.success).toBe(false);
		expect(result.error?.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`).join('\n')).toMatch(message);
	});

	test('and accepts the valid one, and a fact Remote’s notes report', () => {
		expect(RemoteFactSchema.safeParse(validFact).success).toBe(true);
		expect(
			RemoteFactSchema.safeParse({ ...validFact, certainty: 'reported', sources: [remoteNotes], note: 'Only Remote’s notes say so.' })
				.success,
		).toBe(true);
	});
});

describe('statement markup', () => {
	test.each([
		['a label in bold', 'Choose **Copy token**.', 'Choose <strong>Copy token</strong>.', 'Choose Copy token.'],
		['a literal in code', 'Starts with `ra_live_`.', 'Starts with <code>ra_live_</code>.', 'Starts with ra_live_.'],
		['HTML in a fact stays text', 'A <script> & "quote"', 'A &lt;script&gt; &amp; &quot;quote&quot;', 'A <script> & "quote"'],
		['a mark inside code is not bold', '`**x**`', '<code>**x**</code>', '**x**'],
	])('%s', (_case, statement, html, text) => {
		expect(statementToHtml(statement)).toBe(html);
		expect(statementToText(statement)).toBe(text);
	});
});

describe('the tester’s own rules', () => {
	const rulesFacts = remoteFacts.filter((fact) => fact.topic === 'tester-rules');

	// Every rule the format check applies names the fact behind it: Remote's prefixes, or a heuristic
	// of this help center's own, listed on /sources/ as inferred with its reason.
	test.each(Object.entries(formatRuleFacts).filter(([, id]) => id !== null))('%s applies “%s”, which the registry has', (_code, id) => {
		const fact = factById(id!);
		if (fact.topic === 'tester-rules') expect(fact.certainty).toBe('inferred');
		else expect(fact.id).toBe('token-prefixes');
	});

	test('every heuristic in the registry is one the format check applies, and says it is the help center’s own', () => {
		const applied = new Set(Object.values(formatRuleFacts));
		expect(rulesFacts.length).toBeGreaterThanOrEqual(3);
		for (const fact of rulesFacts) {
			expect(applied, fact.id).toContain(fact.id);
			expect(fact.statement, fact.id).toMatch(/^This help center expects/);
			expect(fact.note, fact.id).toMatch(/rule of this help center’s own/);
		}
	});

	test('the length the tester checks is the length its fact states', () => {
		expect(factById('tester-expects-length').value).toBe(testerLengthBounds);
		expect([minimumBodyLength, maximumTokenLength]).toEqual([testerLengthBounds.minimumAfterPrefix, testerLengthBounds.maximum]);
		expect(factById('tester-expects-length').statement).toContain(`at least ${minimumBodyLength} characters`);
		expect(factById('tester-expects-length').statement).toContain(`at most ${maximumTokenLength}`);
	});
});
