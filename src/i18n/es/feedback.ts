import type { FeedbackWords } from '../en/feedback';

/** What "Was this page helpful?" says once the reader answers, in Spanish. */
export const feedbackWords: FeedbackWords = {
	sending: 'Enviando…',
	voted: 'Gracias, tu respuesta se ha registrado.',
	thanks: 'Gracias por tu opinión.',
	charactersLeft: 'Quedan {count} caracteres.',
	characterLeft: 'Queda 1 carácter.',
	limitReached: 'Has llegado al límite de {limit} caracteres.',
	waitSeconds: '{count} segundos',
	waitSecond: '1 segundo',
	problems: {
		tooManyRetryIn: 'Acaban de llegar demasiadas respuestas desde tu dirección. Vuelve a intentarlo dentro de {wait}.',
		tooMany: 'Acaban de llegar demasiadas respuestas desde tu dirección. Vuelve a intentarlo dentro de un minuto.',
		comment: 'Tu comentario no se puede aceptar tal como está. Acórtalo o cámbialo y vuelve a enviarlo.',
		notAllowed: 'Esta copia de las guías no puede enviar opiniones, así que tu respuesta no se ha registrado. Lo sentimos.',
		notReceived: 'Ahora mismo no se ha podido registrar tu respuesta (el servidor respondió {status}). Vuelve a intentarlo en un momento.',
		unreachable: 'No se ha podido enviar tu respuesta: no se pudo conectar con el servidor. Comprueba tu conexión y vuelve a intentarlo.',
	},
};
