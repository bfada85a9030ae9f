import type { TesterWords } from '../en/tester';
import { maximumTokenLength, minimumBodyLength, tokenPrefixes } from '../../lib/shared/token-rules';

/** Everything the token tester says, in Spanish (the English, with the rules behind each message: ../en/tester.ts). */

/** Where a damaged token can be copied from again, ending every message that asks for that. */
const copyAgain = 'Vuelve a copiarlo de la tabla de tokens de Remote.';

/** «ra_live_» (Producción) or «ra_test_» (Sandbox), for messages that name both prefixes. */
const bothPrefixes = `«${tokenPrefixes.production}» (Producción) o «${tokenPrefixes.sandbox}» (Sandbox)`;

/** Said at the end of every answer that is not about the token. */
const notYourToken = 'El problema no es tu token';

export const testerWords: TesterWords = {
	environments: {
		production: 'Producción',
		sandbox: 'Sandbox',
	},
	notices: {
		whitespace: 'Se han quitado espacios o saltos de línea de alrededor del token.',
		bearer: 'Se ha quitado «Bearer » del principio: pega solo el token.',
		quotes: 'Se han quitado las comillas que rodeaban el token.',
	},
	names: {
		'\u200b': 'un espacio de ancho cero',
		'\u200c': 'un carácter invisible de no unión (de ancho cero)',
		'\u200d': 'un carácter invisible de unión (de ancho cero)',
		'\u2060': 'un carácter invisible de unión de palabras',
		'\ufeff': 'una marca de orden de bytes (BOM)',
		'\u00a0': 'un espacio de no separación',
		'\u00ad': 'un guion opcional (invisible)',
		'\u2018': 'una comilla tipográfica',
		'\u2019': 'una comilla tipográfica',
		'\u201c': 'una comilla tipográfica',
		'\u201d': 'una comilla tipográfica',
		'\u2013': 'un guion largo en lugar de un guion normal',
		'\u2014': 'un guion largo en lugar de un guion normal',
		stripe: 'una clave de API de Stripe',
		github: 'un token de GitHub',
		slack: 'un token de Slack',
		aws: 'una clave de acceso de AWS',
		openai: 'una clave de API del estilo de OpenAI',
		jwt: 'un JSON Web Token (un token de acceso de OAuth, no un token de API)',
	},
	format: {
		empty: 'Pega un token de API de Remote para comprobarlo.',
		tooLong: `Tiene {length} caracteres; este centro de ayuda espera ${maximumTokenLength} como máximo. Probablemente se pegó otra cosa junto con el token.`,
		copiedCharacter: `El token contiene {name} en la posición {position}, que se coló al copiarlo a través de un documento o un chat. ${copyAgain}`,
		whitespaceInside:
			'El token tiene un espacio o un salto de línea en la posición {position}. Este centro de ayuda espera una sola cadena continua: vuelve a copiarlo entero.',
		controlCharacter: `El token contiene un carácter de control invisible en la posición {position}. ${copyAgain}`,
		nonAscii: `El token contiene un carácter que este centro de ayuda no espera (una letra o un símbolo que no es ASCII) en la posición {position}. ${copyAgain}`,
		lookalike: `El token contiene un carácter que este centro de ayuda no espera (uno de aspecto parecido a un carácter normal) en la posición {position}. ${copyAgain}`,
		capitals:
			'El token empieza por «{start}», en mayúsculas. Remote escribe sus prefijos en minúsculas: vuelve a copiar el token en lugar de escribirlo a mano.',
		otherVendor: `Parece {name}, no un token de API de Remote. Los tokens de Remote empiezan por ${bothPrefixes}.`,
		partialPrefix: `El token empieza por «ra_», pero no por «${tokenPrefixes.production}» (Producción) ni por «${tokenPrefixes.sandbox}» (Sandbox). Puede que falte parte del prefijo: vuelve a copiar el token entero.`,
		notRemote: `Esto no es un token de API de Remote: esos tokens empiezan por ${bothPrefixes}. Copia uno de la tabla de tokens de Remote o genera uno nuevo.`,
		prefixOnly: `Solo está el prefijo «{prefix}»: falta el resto del token. ${copyAgain}`,
		cutOff: `Después del prefijo solo hay {length} caracteres; este centro de ayuda espera al menos ${minimumBodyLength}. Probablemente el token se cortó al copiarlo: vuelve a copiarlo.`,
	},
	precheck: {
		invalidFormat: 'No parece un token de API de Remote válido.',
		mismatch: 'El token pertenece al otro entorno.',
		formatFirst: 'No se ha comprobado: primero hay que corregir el formato del token.',
		fixFormatFirst: 'No se ha enviado a Remote: corrige primero el formato.',
		looksLike: 'Parece un token de {environment} (empieza por «{prefix}»).',
		cannotWork:
			'Este token de {environment} no puede funcionar en {chosen}: elige {environment} o usa un token que empiece por «{prefix}».',
		only401: 'No se ha enviado a Remote: solo respondería con un 401.',
		prefixMatches: 'El prefijo coincide con {environment}.',
	},
	summaries: {
		connected: 'Conectado a {company} — {environment}',
		unauthorized: 'Remote rechazó el token ({environment}).',
		forbidden: 'Remote reconoció el token, pero denegó el acceso ({environment}).',
		rate_limited: 'Se alcanzó el límite de solicitudes de Remote; vuelve a probar más tarde.',
		upstream_error: 'Remote dio una respuesta que no se pudo usar.',
		unreachable: 'No se pudo conectar con Remote.',
		timeout: 'Remote no respondió a tiempo.',
	},
	remote: {
		accepted: 'Remote aceptó el token.',
		not_identity:
			'Remote respondió {status}, pero sin sus datos de identidad habituales, así que no se pudo confirmar el token. Vuelve a probar más tarde.',
		rejected:
			'Remote no aceptó el token ({status} Unauthorized). Lo más probable es que se haya revocado, que se copiara incompleto o que pertenezca al otro entorno.',
		refused:
			'Remote reconoció el token, pero rechazó la comprobación ({status} Forbidden), una respuesta que su referencia de la API no incluye para el endpoint de identidad.',
		rate_limited:
			'Por ahora se ha alcanzado el límite de solicitudes de Remote: espera hasta un minuto y prueba una sola vez. El token no se ha evaluado.',
		rate_limited_reset_known:
			'Por ahora se ha alcanzado el límite de solicitudes de Remote: se reinicia dentro de {seconds} s; después, prueba una sola vez. El token no se ha evaluado.',
		redirected:
			'La pasarela de Remote respondió con una redirección ({status}). No se siguió, así que el token no se envió a ningún otro sitio.',
		gateway_not_found:
			'La pasarela respondió 404, la respuesta de Remote cuando algo no existe o no es accesible con las credenciales enviadas. La comprobación de identidad existe para todos los tokens, así que lo más probable es que la dirección de la pasarela configurada en este centro de ayuda sea incorrecta.',
		remote_unavailable: `Remote no pudo responder ({status}). ${notYourToken}: vuelve a probar dentro de unos minutos.`,
		unexpected_status: `La pasarela respondió {status}, lo que no dice nada del token. ${notYourToken}: vuelve a probar más tarde.`,
		timeout: `Remote no respondió en {seconds} s. ${notYourToken}: vuelve a probar dentro de un momento.`,
		unreachable: `No se pudo conectar con la pasarela de Remote{network}. ${notYourToken}: vuelve a probar dentro de un momento.`,
		connection_broken: `La pasarela de Remote empezó a responder ({status}), pero la conexión se cortó antes de que llegara la respuesta completa{network}. ${notYourToken}: vuelve a probar dentro de un momento.`,
	},
	nextStepLabels: {
		connected: 'Vincula tu cuenta con este token',
		invalid_format: 'El token no es un token de API de Remote',
		environment_mismatch: 'Corrige un entorno incorrecto',
		unauthorized: 'Corrige un token rechazado',
		forbidden: 'Si Remote rechaza la comprobación',
		rate_limited: 'Sobre el límite de solicitudes de Remote',
		gateway_not_found: 'Si no se encuentra la pasarela',
		unexpected_answer: 'Si la respuesta de la pasarela no es de Remote',
		remote_unavailable: 'Si Remote no está disponible',
		unreachable: 'Si no se puede conectar con Remote',
		timeout: 'Si Remote no responde a tiempo',
		too_many_requests: 'Por qué este centro de ayuda ha pausado tus pruebas',
		server_busy: 'Si el comprobador está ocupado',
		origin_not_allowed: 'Por qué se rechaza una prueba desde otro sitio',
	},
	refusals: {
		too_many_requests:
			'Demasiadas solicitudes desde tu dirección: como máximo {limit} {what} por minuto. Vuelve a probar dentro de {seconds} s.',
		tests: 'pruebas',
		answers: 'respuestas',
		requests: 'solicitudes',
		server_busy:
			'Este centro de ayuda ya está haciendo todas las pruebas en vivo que permite ({cap}). Vuelve a probar dentro de {seconds} s.',
		origin_not_allowed:
			'Aquí no se aceptan solicitudes de otros sitios web. Usa el comprobador de este centro de ayuda o prueba desde una terminal.',
		embedding_not_allowed:
			'Este sitio web no tiene permiso para usar aquí el comprobador de tokens. Quien gestiona este centro de ayuda puede añadirlo a EMBED_ALLOWED_ORIGINS.',
	},
	terminal: {
		prompt: 'Token de API de Remote (no se muestra mientras lo escribes o lo pegas):',
		noToken: 'No se ha recibido ningún token: pásalo por una tubería (|), escríbelo cuando se te pida o define REMOTE_API_TOKEN.',
		company: 'Empresa: {company}',
		tryAgainIn: 'Vuelve a probar dentro de {seconds} segundos.',
		next: 'Siguiente paso: {label} → {url}',
	},
	ui: {
		looksLike: 'Parece un token de {environment}.',
		pressTest: ' Pulsa Probar el token para preguntar a Remote.',
		switchTo: 'Cambiar a {environment}',
		test: 'Probar el token',
		check: 'Comprobar el token',
		testing: 'Probando…',
		show: 'Mostrar',
		hide: 'Ocultar',
		showToken: 'Mostrar el token',
		hideToken: 'Ocultar el token',
		token: 'Token {masked}',
		answered: 'Remote respondió {status}',
		milliseconds: '{latency} ms',
		retryIn: 'Puedes volver a probar dentro de {seconds} segundos.',
		retryInOne: 'Puedes volver a probar dentro de 1 segundo.',
		retryNow: 'Ya puedes volver a probar.',
		couldNotRun: 'No se pudo hacer la prueba.',
		notAResult: 'El centro de ayuda respondió {status} en lugar de un resultado. Vuelve a probar dentro de un momento.',
		unreachable:
			'El comprobador de tokens rechazó esta página, o no se pudo conectar con él. Puede que quien gestiona este sitio web necesite permiso para integrarlo.',
		formatRight: 'El formato es correcto para {environment}.',
		offline: 'La comprobación en vivo con Remote no está disponible aquí.',
		tokenLabel: 'Token de API de Remote',
		environmentLabel: 'Entorno',
		formLabel: 'Probar un token de API de Remote',
		attachedLabel: 'Probar el token de API de Remote',
	},
};
