import type { PageWords } from '../../i18n/en/pages.ts';
import { fill } from './fill-words.ts';
import { apiAreas, endpointCollections } from './remote-facts.ts';

/**
 * Which endpoint collection a token needs, derived from what an integration declares it does with
 * Remote (a brand's `uses`), with the reason in words an admin can check against their own plans.
 * The rule is the simplest that can be right: Full Access as soon as one use writes, else Read Only.
 */

export const accessLevels = ['read', 'write'] as const;
export type Access = (typeof accessLevels)[number];

export type ApiArea = keyof typeof apiAreas.value;
export const apiAreaIds = Object.keys(apiAreas.value) as [ApiArea, ...ApiArea[]];

/** One thing the integration does with Remote, as a brand file declares it. */
export interface IntegrationUse {
	/** In the reader's words: "Sync employees and contracts". */
	label: string;
	access: Access;
	area?: ApiArea | undefined;
}

/** The collection each access level needs, with Remote's label for it. */
export const collectionFor: Record<Access, string> = {
	read: endpointCollections.value.read,
	write: endpointCollections.value.write,
};

export interface AccessRecommendation {
	access: Access;
	/** Remote's label for the collection to select: "Read Only" or "Full Access". */
	collection: string;
	/** What the platform does, as the rest of a sentence that starts with its name: "creates time off in Remote". */
	does: string;
	/** Why, in one sentence that names the platform: "Select Full Access: Larkspur Console creates time off in Remote." */
	reason: string;
	/** The uses that decided it: the writing ones for Full Access, else every (reading) use. */
	decidingUses: IntegrationUse[];
	/** Whether the integration creates time off, which Remote only creates as approved. */
	createsTimeOff: boolean;
}

/** The words a recommendation is said in: the areas' names and the sentences about access, in one language. */
export type AccessWords = Pick<PageWords, 'access' | 'areas'> & { locale: string };

/** What writing to an area does, in the words of the reason sentence. */
function writingTo(area: ApiArea | undefined, words: AccessWords): string {
	if (area === 'time-off') return words.access.writesTimeOff;
	return area ? fill(words.access.writesArea, { area: words.areas[area] }) : words.access.writesData;
}

/** "a, b and c", as the language lists things ("a, b und c", "a, b et c"); English as in Britain, without a serial comma. */
export function listInWords(items: string[], locale = 'en'): string {
	return new Intl.ListFormat(locale === 'en' ? 'en-GB' : locale, { type: 'conjunction' }).format(items);
}

/**
 * The collection `uses` need, and why, in `words`' language. `platformName` is written as it reads
 * mid-sentence ("Larkspur Console", "the Hub"). Throws on an empty list: a brand without uses lets
 * the reader choose.
 */
export function recommendCollection(uses: readonly IntegrationUse[], platformName: string, words: AccessWords): AccessRecommendation {
	if (uses.length === 0) throw new Error('recommendCollection needs at least one use; without any, the reader chooses.');
	const writing = uses.filter((use) => use.access === 'write');
	const createsTimeOff = writing.some((use) => use.area === 'time-off');
	if (writing.length > 0) {
		// Areas named once each, in the order the brand lists them; uses without an area are covered by "data".
		const does = listInWords([...new Set(writing.map((use) => writingTo(use.area, words)))], words.locale);
		return {
			access: 'write',
			collection: collectionFor.write,
			does,
			reason: fill(words.access.reason, { collection: collectionFor.write, platform: platformName, does }),
			decidingUses: writing,
			createsTimeOff,
		};
	}
	const areas = [...new Set(uses.flatMap((use) => (use.area ? [words.areas[use.area]] : [])))];
	const does = fill(words.access.readsOnly, { areas: areas.length > 0 ? listInWords(areas, words.locale) : words.access.data });
	return {
		access: 'read',
		collection: collectionFor.read,
		does,
		reason: fill(words.access.reason, { collection: collectionFor.read, platform: platformName, does }),
		decidingUses: [...uses],
		createsTimeOff: false,
	};
}
