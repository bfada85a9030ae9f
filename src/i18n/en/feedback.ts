/**
 * Everything "Was this page helpful?" says once the reader answers, in English, with
 * `{placeholders}`; every other language is typed `FeedbackWords`. The
 * page renders them into the widget (PageFeedback.astro), so its script, which loads on every
 * guide, carries behaviour and no prose. The question and the labels are in the markup itself.
 */
export const feedbackWords = {
	/** What the Send button says while the answer is on its way. */
	sending: 'Sending…',
	/** Once Yes or No is received, above the comment: said once, politely. */
	voted: 'Thank you, your answer is recorded.',
	/** Instead of the form once the answer is complete: said once, politely, and focused. */
	thanks: 'Thank you for your feedback.',
	/** Under the comment, when the reader nears the limit: read out only once they pause typing. */
	charactersLeft: '{count} characters left.',
	characterLeft: '1 character left.',
	limitReached: 'You have reached the limit of {limit} characters.',
	/** How long to wait before trying again (a 429's Retry-After), for `{wait}`. */
	waitSeconds: '{count} seconds',
	waitSecond: '1 second',
	/** Why an answer was not received, each ending with what to do; the comment stays where it was. */
	problems: {
		tooManyRetryIn: 'Too many answers came from your address just now. Please try again in {wait}.',
		tooMany: 'Too many answers came from your address just now. Please try again in a minute.',
		comment: 'Your comment could not be accepted as it is. Please shorten or change it and send again.',
		notAllowed: 'This copy of the guides is not allowed to send feedback, so your answer was not recorded. Sorry about that.',
		notReceived: 'Your answer could not be recorded just now (the server answered {status}). Please try again in a moment.',
		unreachable: 'Your answer could not be sent: the server could not be reached. Check your connection and please try again.',
	},
};

export type FeedbackWords = typeof feedbackWords;
