import { accessLevels, apiAreaIds } from '../shared/access-recommendation';
import { locales } from '../shared/locales';
import { reconnectReasons } from '../shared/reconnect-reasons';
import { z } from 'zod';

/**
 * The shape of /guides.json: every guide of a brand's site as data, for platforms that keep their
 * own copy of a provider's guide in their connect flow. `warning`, `sections` and `steps` follow
 * StackOne's `support.guides.config` (a warning, then sections of steps, all Markdown), so a
 * platform can map it field for field. /guides.schema.json is this schema as JSON Schema.
 */

const markdown = (what: string) => z.string().describe(`${what}, in Markdown (links are absolute).`);

export const GuideStepSchema = z.strictObject({
	title: markdown('The step itself: what to do'),
	content: markdown('What else the step says (a list of choices, a note); empty when nothing'),
	id: z
		.string()
		.optional()
		.describe(
			'The step’s stable anchor on its page, when it has one: `field-api-token` for the step a connect form’s token field links to.',
		),
});

export const GuideSectionSchema = z.strictObject({
	title: z.string().describe('The section’s heading, as text.'),
	id: z
		.string()
		.optional()
		.describe('The heading’s id, the same in every language: the section is the guide’s `url` with `#id`. Absent for the introduction.'),
	content: markdown('The section, less its steps'),
	steps: z.array(GuideStepSchema).min(1).optional().describe('The section’s numbered steps, in order, when it has any.'),
});

export const GuideDataSchema = z.strictObject({
	slug: z.string().describe('The guide’s path on the site, without slashes; empty for the overview.'),
	title: z.string(),
	description: z.string(),
	url: z.url().describe('The guide as a web page.'),
	markdownUrl: z.url().describe('The guide as one Markdown document.'),
	warning: markdown('What the guide most warns of (its first caution), shown before its sections').optional(),
	sections: z
		.array(GuideSectionSchema)
		.describe('The guide’s sections in reading order; what comes before its first heading is the first, named after the guide.'),
});

export const GuidesDataSchema = z.strictObject({
	locale: z.enum(locales).describe('The language every text here is in (Remote’s own labels stay as on its screens, in English).'),
	brand: z.strictObject({
		name: z.string().describe('The help center’s name.'),
		platformName: z.string().describe('What the guides call the integration platform.'),
		url: z.url().describe('Where this copy of the guides is published.'),
	}),
	recommendedCollection: z
		.strictObject({
			collection: z.string().describe('Remote’s label for the endpoint collection a token needs: "Read Only" or "Full Access".'),
			reason: z.string().describe('Why, in one sentence.'),
			uses: z
				.array(
					z.strictObject({
						label: z.string().describe('What the integration does, in the admin’s words, in this file’s language.'),
						access: z.enum(accessLevels).describe('"read" if it only reads from Remote, "write" if it also creates or changes data there.'),
						area: z.enum(apiAreaIds).optional().describe('The part of Remote’s API it touches.'),
					}),
				)
				.min(1)
				.describe('What the brand declares its integration does with Remote: the uses the recommendation is decided from.'),
		})
		.nullable()
		.describe('From what the brand declares its integration does; null when it declares nothing and the reader chooses.'),
	fields: z
		.strictObject({
			token: z.url().describe('Help for a connect form’s API token field.'),
			environment: z.url().describe('Help for a connect form’s environment choice.'),
		})
		.describe('Stable links from a connect form’s fields to the step of the guides that explains them.'),
	reconnect: z
		.strictObject({
			pattern: z
				.string()
				.describe(
					'The URL to send an admin to from a failure screen: `{code}` is the token test’s `code` (or `verdict`), and `environment` and `return` are optional.',
				),
			reasons: z
				.array(
					z.strictObject({
						code: z.enum(reconnectReasons),
						url: z.url().describe('/reconnect/ for this reason.'),
						section: z.url().describe('The section of /reconnect/ that explains it; several codes may share one.'),
					}),
				)
				.describe('Every reason /reconnect/ knows; any other code, or none, gives the page with every reason.'),
		})
		.describe('Where a platform sends an admin whose connection broke, to the fix for the reason it saw and back.'),
	errorCatalogue: z.url().describe('The error decoder’s catalogue as data, in this language.'),
	guides: z.array(GuideDataSchema).describe('The guides in task order; a brand’s hidden guides are absent.'),
});

export type GuidesData = z.infer<typeof GuidesDataSchema>;
export type GuideData = z.infer<typeof GuideDataSchema>;
export type GuideSection = z.infer<typeof GuideSectionSchema>;
export type GuideStep = z.infer<typeof GuideStepSchema>;

/** The JSON Schema served at /guides.schema.json, from the zod schema above (its one source). */
export function guidesJsonSchema(id: string): Record<string, unknown> {
	return {
		$id: id,
		title: 'Remote connection guides as data',
		...z.toJSONSchema(GuidesDataSchema, { target: 'draft-2020-12' }),
	};
}
