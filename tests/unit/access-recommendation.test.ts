import { describe, expect, test } from 'vitest';
import { pageWordsByLocale } from '../../src/i18n/page-words';
import { recommendCollection, type IntegrationUse } from '../../src/lib/shared/access-recommendation';

const english = { ...pageWordsByLocale.en, locale: 'en' };

const read = (label: string, area?: IntegrationUse['area']): IntegrationUse => ({ label, access: 'read', area });
const write = (label: string, area?: IntegrationUse['area']): IntegrationUse => ({ label, access: 'write', area });

describe('recommendCollection', () => {
	test.each<[string, IntegrationUse[], string, string, boolean]>([
		[
			'one reading use: Read Only',
			[read('Sync employees', 'people')],
			'Read Only',
			'Select Read Only: Larkspur Console only reads employment records from Remote and never creates or changes anything there.',
			false,
		],
		[
			'several reading areas are named once each, in order',
			[read('Sync employees', 'people'), read('Show time off', 'time-off'), read('Sync contracts', 'people')],
			'Read Only',
			'Select Read Only: Larkspur Console only reads employment records and time off from Remote and never creates or changes anything there.',
			false,
		],
		[
			'a reading use without an area reads "data"',
			[read('Build reports')],
			'Read Only',
			'Select Read Only: Larkspur Console only reads data from Remote and never creates or changes anything there.',
			false,
		],
		[
			'one writing use makes it Full Access',
			[read('Sync employees', 'people'), write('Create leave', 'time-off')],
			'Full Access',
			'Select Full Access: Larkspur Console creates time off in Remote.',
			true,
		],
		[
			'a writing use without an area writes "data"',
			[write('Update records')],
			'Full Access',
			'Select Full Access: Larkspur Console creates or changes data in Remote.',
			false,
		],
		[
			'several writing areas are listed',
			[write('Onboard hires', 'people'), write('Log expenses', 'expenses'), write('Create leave', 'time-off')],
			'Full Access',
			'Select Full Access: Larkspur Console creates or changes employment records in Remote, creates or changes expenses in Remote and creates time off in Remote.',
			true,
		],
		[
			'reading time off does not bring in the time-off rule',
			[read('Show time off', 'time-off')],
			'Read Only',
			'Select Read Only: Larkspur Console only reads time off from Remote and never creates or changes anything there.',
			false,
		],
	])('%s', (_case, uses, collection, reason, createsTimeOff) => {
		const recommendation = recommendCollection(uses, 'Larkspur Console', english);
		expect(recommendation.collection).toBe(collection);
		expect(recommendation.reason).toBe(reason);
		expect(recommendation.reason).toBe(`Select ${collection}: Larkspur Console ${recommendation.does}.`);
		expect(recommendation.createsTimeOff).toBe(createsTimeOff);
	});

	test('the deciding uses are the writing ones for Full Access, every use for Read Only', () => {
		const uses = [read('Sync employees', 'people'), write('Create leave', 'time-off')];
		expect(recommendCollection(uses, 'the Hub', english).decidingUses).toEqual([uses[1]]);
		expect(recommendCollection([uses[0]!], 'the Hub', english).decidingUses).toEqual([uses[0]]);
	});

	test('a platform named mid-sentence keeps its own capitals', () => {
		expect(recommendCollection([write('Create leave', 'time-off')], 'the Hub', english).reason).toBe(
			'Select Full Access: the Hub creates time off in Remote.',
		);
	});

	test('no uses is not a recommendation: the reader chooses', () => {
		expect(() => recommendCollection([], 'the Hub', english)).toThrow(/the reader chooses/);
	});
});

describe('recommendCollection in another language', () => {
	test('says the reason in German, with German areas and German list words, and Remote’s label as on screen', () => {
		const german = { ...pageWordsByLocale.de, locale: 'de' };
		const recommendation = recommendCollection(
			[read('Mitarbeitende synchronisieren', 'people'), read('Abwesenheiten zeigen', 'time-off')],
			'Acme Hub',
			german,
		);
		expect(recommendation.collection).toBe('Read Only');
		expect(recommendation.reason).toContain('Read Only');
		expect(recommendation.reason).toContain('Acme Hub');
		expect(recommendation.does).toContain(` und `);
		expect(recommendation.does).toContain(german.areas.people);
	});
});
