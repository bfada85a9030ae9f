import type { FeedbackWords } from '../../i18n/en/feedback';
import type { Locale } from './locales';

/**
 * "Was this page helpful?": the reader's answer and the requests that deliver it. This owns the
 * state and the requests; the widget (src/components/feedback-element.ts) draws the state and
 * passes on what the reader does.
 *
 * One answer per page view: Yes or No is sent as soon as it is pressed (so it counts even if the
 * reader goes no further), then an optional comment completes that same answer, quoting the id the
 * route gave it. Only what the reader gave is sent: the guide, yes or no, the comment if any, and
 * the brand whose guides they read. No cookies go with it, and nothing is kept in the browser.
 */

/** The most a comment may hold, in characters (the textarea's `maxlength`, and what the route accepts). */
export const feedbackCommentMaxLength = 1000;

/** The JSON body of `POST /api/feedback`: exactly these fields, `comment` only when there is one. */
export interface FeedbackAnswer {
	/** The guide's content entry id: `index`, `environments`, `troubleshooting`… */
	page: string;
	helpful: boolean;
	comment?: string;
	/** The brand whose guides the reader is on (`brands/<id>.json`). */
	brand: string;
	/** The page's language (`en`, `de`…), which the insights count answers by. */
	locale: Locale;
	/** With a comment: the id the route gave the Yes or No it completes. */
	answer?: string;
}

/** Which page an answer is about: the guide, its brand's copy and its language. */
export type AnsweredPage = Pick<FeedbackAnswer, 'page' | 'brand' | 'locale'>;

export interface FeedbackState {
	/** Yes (true) or No (false), once the reader picked one. */
	helpful: boolean | null;
	/** Whether the Yes or No was received: it is then the answer, and the comment completes it. */
	voted: boolean;
	/** `asking` until the comment (or the whole answer) is on its way, `sending` while something is, `sent` once done. */
	phase: 'asking' | 'sending' | 'sent';
	/** Why the last attempt was not received, in words; null when there is nothing to report. */
	problem: string | null;
}

export interface FeedbackControllerOptions {
	/** Where answers go: this server's `/api/feedback`, or the brand's hosted one in an export. */
	api: string;
	where: AnsweredPage;
	words: FeedbackWords;
	render: (state: FeedbackState) => void;
}

/**
 * A message with its `{placeholders}` filled in. fill-words.ts does the same, but importing it
 * here would make it a chunk shared with the tester: one more request on every guide, for a line.
 */
export const fillIn = (template: string, values: Record<string, string | number>): string =>
	template.replace(/\{(\w+)\}/g, (_, key: string) => String(values[key]));

/** The answer as sent: a comment of only spaces is no comment. */
export function feedbackAnswer({ page, brand, locale }: AnsweredPage, helpful: boolean, comment = '', answer?: string): FeedbackAnswer {
	const trimmed = comment.trim().slice(0, feedbackCommentMaxLength);
	return { page, helpful, ...(trimmed ? { comment: trimmed } : {}), brand, locale, ...(trimmed && answer ? { answer } : {}) };
}

/** What a refusal means for the reader (`{"error": {"code", "field"?}}` bodies, Retry-After on a 429). */
export async function refusalInWords(response: Response, words: FeedbackWords): Promise<string> {
	const { problems } = words;
	if (response.status === 429) {
		const seconds = Number(response.headers.get('retry-after'));
		if (!Number.isInteger(seconds) || seconds <= 0) return problems.tooMany;
		return fillIn(problems.tooManyRetryIn, { wait: seconds === 1 ? words.waitSecond : fillIn(words.waitSeconds, { count: seconds }) });
	}
	if (response.status === 403) return problems.notAllowed;
	if (response.status === 413) return problems.comment;
	if (response.status === 400) {
		const body = (await response.json().catch(() => null)) as { error?: { field?: unknown } } | null;
		if (body?.error?.field === 'comment') return problems.comment;
	}
	return fillIn(problems.notReceived, { status: response.status });
}

export function createFeedbackController({ api, where, words, render }: FeedbackControllerOptions) {
	const state: FeedbackState = { helpful: null, voted: false, phase: 'asking', problem: null };
	/** The id the route gave the Yes or No, which the comment quotes. */
	let answer: string | undefined;
	const update = (change: Partial<FeedbackState>) => {
		Object.assign(state, change);
		render(state);
	};
	// keepalive: an answer on its way when the reader leaves still arrives. credentials 'omit': no
	// cookie goes with it, whatever the browser holds for that origin.
	const post = async (body: FeedbackAnswer): Promise<string | null> => {
		update({ phase: 'sending', problem: null });
		try {
			const response = await fetch(api, {
				method: 'POST',
				headers: { 'Content-Type': 'application/json' },
				body: JSON.stringify(body),
				credentials: 'omit',
				keepalive: true,
			});
			if (response.ok) {
				const received = (await response.json().catch(() => null)) as { answer?: unknown } | null;
				return typeof received?.answer === 'string' ? received.answer : '';
			}
			update({ phase: 'asking', problem: await refusalInWords(response, words) });
		} catch {
			update({ phase: 'asking', problem: words.problems.unreachable });
		}
		return null;
	};

	return {
		state,
		/** The reader pressed Yes or No: it is sent at once, and is the answer (it cannot be changed after). */
		async choose(helpful: boolean): Promise<void> {
			if (state.voted || state.phase !== 'asking') return;
			update({ helpful });
			const id = await post(feedbackAnswer(where, helpful));
			if (id === null) return;
			answer = id || undefined;
			update({ phase: 'asking', voted: true });
		},
		/** The reader pressed Send: the comment completes the answer (or, if Yes or No never arrived, goes with it). */
		async send(comment: string): Promise<void> {
			if (state.helpful === null || state.phase !== 'asking') return;
			// Nothing more to say, and the answer is in: done.
			if (state.voted && !comment.trim()) return update({ phase: 'sent' });
			if ((await post(feedbackAnswer(where, state.helpful, comment, answer))) !== null) update({ phase: 'sent' });
		},
	};
}

export type FeedbackController = ReturnType<typeof createFeedbackController>;
