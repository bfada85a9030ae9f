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

/** What writing to an area does, in the words of the reason sentence. */
function writingTo(area: ApiArea | undefined): string {
	if (area === 'time-off') return 'creates time off in Remote';
	return area ? `creates or changes ${apiAreas.value[area].words} in Remote` : 'creates or changes data in Remote';
}

/** "a, b and c" */
export function listInWords(items: string[]): string {
	return items.length <= 1 ? (items[0] ?? '') : `${items.slice(0, -1).join(', ')} and ${items.at(-1)}`;
}

/**
 * The collection `uses` need, and why. `platformName` is written as it reads mid-sentence
 * ("Larkspur Console", "the Hub"). Throws on an empty list: a brand without uses lets the reader choose.
 */
export function recommendCollection(uses: readonly IntegrationUse[], platformName: string): AccessRecommendation {
	if (uses.length === 0) throw new Error('recommendCollection needs at least one use; without any, the reader chooses.');
	const writing = uses.filter((use) => use.access === 'write');
	const createsTimeOff = writing.some((use) => use.area === 'time-off');
	if (writing.length > 0) {
		// Areas named once each, in the order the brand lists them; uses without an area are covered by "data".
		const does = listInWords([...new Set(writing.map((use) => writingTo(use.area)))]);
		return {
			access: 'write',
			collection: collectionFor.write,
			does,
			reason: `Select ${collectionFor.write}: ${platformName} ${does}.`,
			decidingUses: writing,
			createsTimeOff,
		};
	}
	const areas = [...new Set(uses.flatMap((use) => (use.area ? [apiAreas.value[use.area].words] : [])))];
	const does = `only reads ${areas.length > 0 ? listInWords(areas) : 'data'} from Remote and never creates or changes anything there`;
	return {
		access: 'read',
		collection: collectionFor.read,
		does,
		reason: `Select ${collectionFor.read}: ${platformName} ${does}.`,
		decidingUses: [...uses],
		createsTimeOff: false,
	};
}
