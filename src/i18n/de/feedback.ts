import type { FeedbackWords } from '../en/feedback';

/** What „War diese Seite hilfreich?“ says once the reader answers, in German. */
export const feedbackWords: FeedbackWords = {
	sending: 'Wird gesendet…',
	voted: 'Vielen Dank, Ihre Antwort wurde erfasst.',
	thanks: 'Vielen Dank für Ihr Feedback.',
	charactersLeft: 'Noch {count} Zeichen übrig.',
	characterLeft: 'Noch 1 Zeichen übrig.',
	limitReached: 'Sie haben die Grenze von {limit} Zeichen erreicht.',
	/** Said after „in“ („in {wait}“): dative, which for these words is the same as the nominative. */
	waitSeconds: '{count} Sekunden',
	waitSecond: '1 Sekunde',
	problems: {
		tooManyRetryIn: 'Von Ihrer Adresse kamen gerade zu viele Antworten. Bitte versuchen Sie es in {wait} erneut.',
		tooMany: 'Von Ihrer Adresse kamen gerade zu viele Antworten. Bitte versuchen Sie es in einer Minute erneut.',
		comment: 'Ihr Kommentar konnte so nicht angenommen werden. Bitte kürzen oder ändern Sie ihn und senden Sie ihn erneut.',
		notAllowed: 'Diese Version der Anleitungen darf kein Feedback senden, Ihre Antwort wurde also nicht erfasst. Das tut uns leid.',
		notReceived:
			'Ihre Antwort konnte gerade nicht erfasst werden (der Server hat mit {status} geantwortet). Bitte versuchen Sie es gleich noch einmal.',
		unreachable:
			'Ihre Antwort konnte nicht gesendet werden: Der Server war nicht erreichbar. Bitte prüfen Sie Ihre Verbindung und versuchen Sie es erneut.',
	},
};
