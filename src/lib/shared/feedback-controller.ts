import type { FeedbackWords } from './feedback-words';

/**
 * "Was this page helpful?": the reader's answer, and the one request that delivers it. This owns
 * the state and the request; the widget (src/components/feedback-element.ts) draws the state and
 * passes on what the reader does.
 *
 * One answer per page view, and only what the reader gave: the guide, yes or no, the comment if
 * any, and the brand whose guides they read. No cookies go with it, and nothing is kept in the
 * browser.
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
}

export interface FeedbackState {
	/** Yes (true) or No (false), once the reader picked one. */
	helpful: boolean | null;
	/** `asking` until the answer is on its way, `sending` while it is, `sent` once received. */
	phase: 'asking' | 'sending' | 'sent';
	/** Why the last attempt was not received, in words; null when there is nothing to report. */
	problem: string | null;
}

export interface FeedbackControllerOptions {
	/** Where answers go: this server's `/api/feedback`, or the brand's hosted one in an export. */
	api: string;
	page: string;
	brand: string;
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
export function feedbackAnswer(page: string, brand: string, helpful: boolean, comment = ''): FeedbackAnswer {
	const trimmed = comment.trim().slice(0, feedbackCommentMaxLength);
	return { page, helpful, ...(trimmed ? { comment: trimmed } : {}), brand };
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

export function createFeedbackController({ api, page, brand, words, render }: FeedbackControllerOptions) {
	const state: FeedbackState = { helpful: null, phase: 'asking', problem: null };
	const update = (change: Partial<FeedbackState>) => {
		Object.assign(state, change);
		render(state);
	};
	// keepalive: an answer on its way when the reader leaves still arrives. credentials 'omit': no
	// cookie goes with it, whatever the browser holds for that origin.
	const post = (answer: FeedbackAnswer) =>
		fetch(api, {
			method: 'POST',
			headers: { 'Content-Type': 'application/json' },
			body: JSON.stringify(answer),
			credentials: 'omit',
			keepalive: true,
		});

	return {
		state,
		/** The reader pressed Yes or No; they may change their mind until the answer is sent. */
		choose(helpful: boolean): void {
			if (state.phase !== 'asking') return;
			update({ helpful, problem: null });
		},
		/** The reader pressed Send: the answer, with the comment if they wrote one, goes once. */
		async send(comment: string): Promise<void> {
			if (state.helpful === null || state.phase !== 'asking') return;
			update({ phase: 'sending', problem: null });
			try {
				const response = await post(feedbackAnswer(page, brand, state.helpful, comment));
				if (response.ok) update({ phase: 'sent' });
				else update({ phase: 'asking', problem: await refusalInWords(response, words) });
			} catch {
				update({ phase: 'asking', problem: words.problems.unreachable });
			}
		},
		/**
		 * The reader is leaving the page with an answer chosen but not received: it goes without the
		 * comment (which they never sent), so the vote is not lost. Nothing waits for the answer.
		 */
		leave(): void {
			if (state.helpful === null || state.phase !== 'asking') return;
			post(feedbackAnswer(page, brand, state.helpful)).catch(() => {});
			update({ phase: 'sent', problem: null });
		},
	};
}

export type FeedbackController = ReturnType<typeof createFeedbackController>;
