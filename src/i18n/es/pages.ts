import type { PageWords } from '../en/pages';

/** What the guides' components say, in Spanish (the English, with notes on each part: ../en/pages.ts). */
export const pageWords: PageWords = {
	description:
		'Guías paso a paso para quienes administran una empresa: genera un token de API de Remote, elige el entorno adecuado, vincula tu cuenta de Remote y guarda el token en un lugar seguro.',
	llms: {
		intro: 'Cada guía de la lista enlaza con su versión en Markdown, seguida de su página web. Todas las guías en un solo archivo: {url}',
		webPage: 'Página web: {url}',
		optional: 'Optional',
		guidesData:
			'Todas las guías como datos (aviso, secciones, pasos en Markdown), con los motivos de reconexión, para el flujo de conexión de una plataforma.',
		errorCatalogue:
			'Los mensajes de error que conoce el decodificador, como datos: texto, patrón, causa probable, grado de certeza y fuentes.',
		mcp: 'Un servidor Model Context Protocol para asistentes de IA: buscar y leer las guías, explicar un error, recomendar el acceso del token, dar un dato con sus fuentes. Nunca le envíes un token.',
		stackone: 'El método de autenticación con token de API de Remote para un conector de StackOne, en YAML.',
		nango: 'Una entrada de proveedor de Remote para el providers.yaml de Nango.',
		nangoConnect: 'La página de conexión de Nango para Remote.',
		apideck: 'La guía con la estructura de las guías de conexión de Apideck.',
	},
	sections: {
		Overview: 'Vista general',
		'Connect Remote': 'Conectar Remote',
		'Manage the token': 'Gestionar el token',
		Reference: 'Referencia',
	},
	gloss: '({gloss})',
	pageActions: {
		markdown: 'Ver esta página en Markdown',
	},
	footer: {
		sources: 'Cada dato sobre Remote que dan estas guías aparece con su fuente en la página {link}.',
		sourcesLink: 'Fuentes',
		platformOffer:
			'¿Gestionas una plataforma de integración? Estas guías y el comprobador de tokens están disponibles con tu propio nombre, tu logotipo y tus textos.',
		embedOffer: 'También puedes {link} en tu formulario de conexión.',
		embedLink: 'integrar el comprobador de tokens',
		support: '¿Sigues sin poder avanzar? {link}.',
		supportLink: 'Contacta con el soporte de {brand}',
	},
	returnLink: 'Volver a {platform}',
	nextGuide: 'Siguiente: {link}',
	forDevelopers: 'Para desarrolladores',
	checkedOn: '(comprobado el {date})',
	notStated: 'Remote no lo dice.',
	remoteApiCard: 'Ve a {path} y abre la tarjeta {card} (¿no está? Prueba con {alternative}).',
	sandboxSignUp: {
		intro: 'Cualquier administrador o administradora puede abrir uno, y las contrataciones de prueba que crees en él no se cobran:',
		signIn: 'Inicia sesión en tu empresa real de Remote.',
		access: 'Haz clic en {button} y después en el enlace al Sandbox del panel de la derecha.',
		signUp: 'Haz clic en {button} y crea una empresa de prueba: ya estás dentro.',
		later: 'Más adelante, sigue los pasos 1 a 3 e inicia sesión en lugar de registrarte.',
	},
	timeOff: {
		title: 'Las ausencias llegan a Remote ya aprobadas',
		approveFirst: 'Así que aprueba las ausencias en {platform} o donde se soliciten, antes de que se envíen.',
		moreLink: 'Qué significa esto para las aprobaciones',
	},
	tokenReach: {
		lead: 'A qué puede acceder un token:',
		body: '{areas} de tu empresa. Remote no dice a cuáles de ellos da acceso cada colección: da por hecho que cualquier token puede leerlo todo.',
	},
	areas: {
		people: 'fichas de personal',
		'time-off': 'ausencias',
		timesheets: 'hojas de horas',
		company: 'datos de la empresa',
		documents: 'documentos',
		expenses: 'gastos',
		payroll: 'datos de nómina',
		invoices: 'facturas',
	},
	access: {
		writesTimeOff: 'crea ausencias en Remote',
		writesArea: 'crea o modifica {area} en Remote',
		writesData: 'crea o modifica datos en Remote',
		readsOnly: 'solo lee {areas} de Remote y nunca crea ni modifica nada allí',
		data: 'datos',
		reason: 'Selecciona {collection}: {platform} {does}.',
		whatItDoes: 'Lo que hace {platform} con tus datos de Remote:',
		useWrites: 'crea o modifica datos en Remote',
		useReads: 'solo lee datos de Remote',
		needs: '{platform} necesita un token con {collection}: {does}.',
		askToo: 'Pregúntale también qué hace la plataforma con Remote: de eso depende el acceso que necesita el token ({link}).',
		howToChoose: 'cómo elegir',
		chosenUnset: '{read} si {platform} solo lee datos, o {write} si además crea o modifica datos',
		question: '¿Qué hará {platform} con tus datos de Remote?',
		onlyRead: 'Solo leer datos',
		alsoWrite: 'También crear o modificar datos',
		ifReads: 'Si {platform} solo lee datos de Remote, selecciona {read}.',
		ifWrites: 'Si {platform} además crea o modifica datos en Remote, selecciona {write}.',
		unsure:
			'¿No lo tienes claro? Pregunta a quien gestione {platform}. Si nadie lo sabe, selecciona {read} y, si más adelante {platform} no consigue modificar algo, sustituye el token por uno con {write}.',
	},
	feedback: {
		question: '¿Te ha resultado útil esta página?',
		yes: 'Sí',
		no: 'No',
		commentLabel: '¿Algo que añadir? (opcional)',
		commentHint: 'Hasta {limit} caracteres. No incluyas tokens ni datos personales.',
		send: 'Enviar',
	},
	sources: {
		sourcesLabel: 'Fuentes',
		howSure: 'Grado de certeza:',
		checked: 'comprobado el {date}',
		linkToFact: 'enlace a este dato',
		notStatedIntro:
			'Las páginas de Remote dejan estas preguntas sin aclarar, así que las guías no afirman nada en ningún sentido y dicen qué hacer en su lugar. Si conoces una respuesta de Remote, cuéntanosla con su fuente.',
		insteadLead: 'Qué hacer en su lugar:',
		questionChecked: '(Comprobado el {date}.)',
	},
	tester: {
		title: 'Prueba tu token',
		tokenLabel: 'Token de API de Remote',
		placeholder: 'ra_live_… o ra_test_…',
		show: 'Mostrar',
		showToken: 'Mostrar el token',
		hintLive:
			'Se comprueba en tu navegador mientras escribes. Solo se envía cuando pulsas Probar el token, y una sola vez: lo recibe {service}, que no guarda nada.',
		hintOffline: 'Se comprueba en tu navegador mientras escribes. En esta copia de las guías, nunca se envía a ningún sitio.',
		environment: 'Entorno',
		test: 'Probar el token',
		check: 'Comprobar el token',
		noscript:
			'El comprobador de tokens necesita JavaScript, que está desactivado en este navegador. Puedes hacer la misma comprobación desde una terminal, como se explica más abajo.',
		terminalSummary: 'Probar desde tu terminal',
		terminalIntro:
			'Primero guarda el token en {variable} ({command}, pégalo y pulsa Intro); después ejecuta el comando de abajo. Solo imprime el estado HTTP de Remote.',
		terminalMore:
			'Si quieres un comando que además mantenga el token fuera de la línea de comandos, y otro para Windows PowerShell, consulta {link}.',
		terminalLink: 'Probar desde una terminal',
		serviceOwn: 'el propio servidor de este centro de ayuda',
		serviceHosted: 'el servicio de comprobación de tokens de {host}',
		offlineNote:
			'La comprobación en vivo con Remote no está disponible en esta página. Para preguntar directamente a Remote, ejecuta el comando de «Probar desde tu terminal».',
		connectedNoteAccess:
			'La comprobación de Remote no muestra qué colección de endpoints tiene un token. {platform} necesita {collection}: {does}.',
		connectedNote:
			'La comprobación de Remote no muestra qué colección de endpoints tiene un token: asegúrate de que corresponde a lo que hace {platform} con tus datos.',
		notAResult: 'Este centro de ayuda respondió {status} en lugar de un resultado. Vuelve a probar dentro de un momento.',
		unreachable: 'No se pudo conectar con el servidor de este centro de ayuda. Comprueba tu conexión y vuelve a intentarlo.',
		markdownLive:
			'Esta página tiene un comprobador de tokens interactivo: comprueba en el navegador el formato y el entorno de un token y, si se lo pides, lo envía una sola vez; lo recibe {service}, que hace una única consulta al endpoint de identidad de Remote. Sin navegador, usa los comandos de terminal de abajo.',
		markdownOffline:
			'Esta página tiene un comprobador de tokens interactivo: comprueba en el navegador el formato y el entorno de un token; en esta copia de las guías, nunca lo envía a ningún sitio. Para preguntar directamente a Remote, usa los comandos de terminal de abajo.',
		demoSummary: 'Tokens de demostración para el sustituto de Remote',
	},
	terminalCheck: {
		shell: 'macOS o Linux',
		powershell: 'Windows PowerShell',
		pasteComment: 'Pega el token y pulsa Intro (no se muestra nada al pegarlo):',
		pasteAtPromptComment: 'Pega el token en el indicador y pulsa Intro (no se muestra nada al pegarlo):',
		notRemote: 'No es un token de API de Remote: no empieza por {production} ni por {sandbox}.',
	},
	/** /reconnect/: el aviso sobre el único motivo que indica una plataforma (`?reason=`). */
	reconnect: {
		filtered: '{platform} te ha enviado aquí con el motivo que ha detectado, así que solo se muestra ese motivo.',
		showAll: 'Mostrar todos los motivos',
	},
	decoder: {
		title: 'Descifrar un mensaje de error',
		label: 'Pega el error que mostró tu plataforma o Remote',
		placeholder: 'Por ejemplo: 401 Unauthorized',
		hint: 'Se lee solo en tu navegador: nada de lo que pegas se envía ni se guarda.',
		decode: 'Descifrar',
		empty: 'Primero pega un mensaje de error.',
		noMatch:
			'Este centro de ayuda no conoce este mensaje. Busca lo que ves en la tabla al principio de la solución de problemas, o prueba el token directamente.',
		noMatchLink: 'Solución de problemas',
		secretFound:
			'Tu texto contiene algo que parece un token. Se muestra oculto abajo y no se ha enviado nada. No pegues el token en un ticket ni en un chat.',
		youPasted: 'Tu texto, con todo lo que parece un token oculto:',
		found: 'Encontrado: «{text}», tal como lo muestra {speaker}.',
		moreFound: 'El mensaje también contiene:',
		readSection: 'Lee: {section}',
		fixSteps: 'Resolverlo paso a paso',
		noscript: 'El descifrador necesita JavaScript. Busca el mensaje en la lista de abajo.',
		noscriptLinked: 'El descifrador necesita JavaScript. Los mensajes que conoce están en {link}.',
		noscriptLink: 'Descifrar un mensaje de error',
		markdown:
			'Esta página tiene un descifrador de errores: pega un mensaje de error y te dice la causa probable, en el navegador, sin enviar nada. Los mensajes que conoce: {url}',
		anyHttpTool: 'cualquier herramienta HTTP',
		means: {
			unauthorized:
				'Remote ya no acepta el token: probablemente se revocó o se sustituyó, o cambió la cuenta de quien lo generó. La solución es un token que funcione en tu plataforma.',
			forbidden:
				'Remote acepta el token, pero rechaza lo que se pidió: probablemente la colección de endpoints del token no lo permite. La solución es un token con la colección que necesita tu plataforma.',
			rate_limited:
				'Se alcanzó el límite de solicitudes de Remote. El token está bien: espera un minuto y deja que tu plataforma lo intente de nuevo.',
			remote_unavailable:
				'Remote no pudo responder. Probablemente el token está bien: no lo sustituyas y vuelve a intentarlo en unos minutos.',
		},
		certainty: {
			verified: 'Lo dice la propia fuente.',
			reported: 'Lo dice su fuente, pero no es la documentación actual de Remote.',
			inferred: 'Probable, no seguro: la fuente no dice qué lo provoca.',
		},
		sections: {
			unauthorized: 'Funcionaba y ahora da 401',
			forbidden: 'Falta un permiso',
			rate_limited: 'Límite de solicitudes alcanzado',
			remote_unavailable: 'Remote no está disponible',
		},
	},
	errorCatalogue: {
		intro:
			'Cada mensaje aparece tal como lo muestra su fuente, con lo que probablemente significa y con qué seguridad. El descifrador los reconoce en tu navegador. Como datos para plataformas: {link}.',
		shownBy: 'Lo muestra',
	},
	reminder: {
		title: 'Recordarme revisar este token',
		intro: 'Descarga un recordatorio para tu calendario. Se crea en tu navegador: no se envía ni se guarda nada.',
		tokenName: 'Nombre del token en Remote (opcional)',
		tokenNameHint: 'Solo el nombre, nunca el token.',
		when: 'Recordármelo dentro de',
		days: '{days} días',
		download: 'Descargar recordatorio (.ics)',
		downloaded: 'Recordatorio para el {date} descargado. Abre el archivo para añadirlo a tu calendario.',
		summary: 'Revisar el token de API de Remote de {platform}',
		summaryNamed: 'Revisar el token de API de Remote «{tokenName}» de {platform}',
		description:
			'Comprueba quién sigue necesitando el token que usa {platform} y sustitúyelo si quien lo generó se ha ido o no sabes quién lo ha visto.',
	},
	guideAbout: ': {about}',
	connectLabel: 'Conectar',
};
