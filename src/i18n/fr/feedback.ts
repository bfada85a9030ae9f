import type { FeedbackWords } from '../en/feedback';

/** What "Was this page helpful?" says once the reader answers, in French. */
export const feedbackWords: FeedbackWords = {
	sending: 'Envoi en cours…',
	voted: 'Merci, votre réponse est enregistrée.',
	thanks: 'Merci pour votre retour.',
	charactersLeft: 'Il reste {count} caractères.',
	characterLeft: 'Il reste 1 caractère.',
	limitReached: 'Vous avez atteint la limite de {limit} caractères.',
	waitSeconds: '{count} secondes',
	waitSecond: '1 seconde',
	problems: {
		tooManyRetryIn: 'Trop de réponses viennent d’arriver depuis votre adresse. Merci de réessayer dans {wait}.',
		tooMany: 'Trop de réponses viennent d’arriver depuis votre adresse. Merci de réessayer dans une minute.',
		comment: 'Votre commentaire ne peut pas être accepté tel quel. Merci de le raccourcir ou de le modifier, puis de l’envoyer à nouveau.',
		notAllowed:
			'Cette copie des guides n’est pas autorisée à envoyer des avis : votre réponse n’a donc pas été enregistrée. Nous en sommes désolés.',
		notReceived:
			'Votre réponse n’a pas pu être enregistrée pour le moment (le serveur a répondu {status}). Merci de réessayer dans un instant.',
		unreachable: 'Votre réponse n’a pas pu être envoyée : le serveur est injoignable. Vérifiez votre connexion, puis réessayez.',
	},
};
