import { z } from 'zod';
import { normalizeComment } from '../../lib/shared/secret-redaction.ts';
import { guideSlugs } from '../../lib/shared/guide-catalogue.ts';
import { defaultLocale, locales } from '../../lib/shared/locales.ts';
import { feedbackCommentMaxLength, type FeedbackAnswer } from '../../lib/shared/feedback-controller';

/**
 * `POST /api/feedback`: a reader's answer to "Was this page helpful?", with an optional comment.
 * The page must be one of the guides, so the insights count only real pages.
 */

export const maximumCommentLength = feedbackCommentMaxLength;
/** A comment of 1,000 characters, each escaped in JSON as `\uXXXX`, fits with room to spare. */
export const maximumFeedbackBytes = 8192;

export const feedbackPages = guideSlugs as [string, ...string[]];

export const FeedbackRequestSchema = z.strictObject({
	/** The guide the answer is about, by slug (`index` is the overview). */
	page: z.preprocess(
		// A path is taken for the slug it names: `/environments/` is `environments`, `/` the overview.
		(page) => (typeof page === 'string' && page.startsWith('/') ? page.replace(/^\/+|\/+$/g, '') || 'index' : page),
		z.enum(feedbackPages, { error: `must be the slug of a guide: ${feedbackPages.map((slug) => `"${slug}"`).join(', ')}` }),
	),
	helpful: z.boolean({ error: 'must be true or false' }),
	/**
	 * Measured as it will be stored, normalised: a compatibility character can stand for several
	 * (NFKC turns one `ﷺ` into 18), so counting what was sent would let a longer comment in.
	 */
	comment: z
		.string({ error: 'must be text' })
		.refine((comment) => normalizeComment(comment).length <= maximumCommentLength, `must be at most ${maximumCommentLength} characters`)
		.optional(),
	/**
	 * The id this route gave the same answer when it was first sent (the widget sends Yes or No at
	 * once, then perhaps a comment): the comment then completes that answer instead of adding one.
	 */
	answer: z.uuid({ error: 'must be the id this route answered with for the same answer' }).optional(),
	/** The language of the page the answer is about; English when not said (an older widget, a direct call). */
	locale: z.enum(locales, { error: `must be one of ${locales.map((locale) => `"${locale}"`).join(', ')}` }).default(defaultLocale),
	/** The brand whose copy of the guides the answer comes from, when not this server's own. */
	brand: z.string({ error: 'must be a brand id' }).max(100, 'must be at most 100 characters').optional(),
});
export type FeedbackRequest = z.infer<typeof FeedbackRequestSchema>;

export const feedbackBody = {
	fields: 'Send only "page", "helpful" and optionally "comment" (and "answer", the id a first post of the same answer got).',
	shape: '{"page": "environments", "helpful": true, "comment": "…"}',
};

/** The widget's answer (src/lib/shared/feedback-controller.ts) is a request this schema accepts: checked by the compiler. */
const widgetSendsWhatTheRouteAccepts: FeedbackAnswer extends z.input<typeof FeedbackRequestSchema> ? true : never = true;
void widgetSendsWhatTheRouteAccepts;
