import type { FactWords } from '../fact-words';

/** The fact registry's words in Spanish (see ../fact-words.ts and docs/glossary.md). */
export const factWords: FactWords = {
	facts: {
		'sign-in-url': {
			statement: 'La guía de un partner inicia sesión en una empresa real de Remote en `https://employ.remote.com/`.',
			note: 'La guía Quick Start de Remote solo dice «log in to your remote.com account» (inicia sesión en tu cuenta de remote.com), sin dar ninguna dirección. Esta es solo la dirección de inicio de sesión de la empresa real: a una empresa de Sandbox se llega de otra forma (consulta «sandbox-access»).',
		},
		'admins-and-owners-only': {
			statement:
				'Solo un **administrador** de la empresa o su **propietario** pueden crear y revocar tokens de API; la guía Quick Start de Remote añade que la página de integraciones requiere el rol de administrador de la empresa.',
		},
		'company-roles': {
			statement:
				'El centro de ayuda de Remote enumera seis roles de empresa predeterminados, entre ellos **Owner** (uno por empresa) y **Super Admin**, que puede hacer casi todo lo que puede hacer el propietario; una empresa también puede crear roles personalizados.',
		},
		'other-roles-view': {
			statement:
				'Remote no dice qué ven en la página de integraciones los demás roles ni un rol personalizado; es de esperar que a esos roles les falte la tarjeta **Remote API** o su botón **Generate API token**.',
			note: 'Deducido de la regla de que solo los administradores y el propietario crean tokens. Un rol personalizado puede hacer lo que le permitan sus permisos, y ninguna página de Remote dice qué permiso cubre los tokens de API.',
		},
		'active-account': {
			statement: 'La guía de un partner incluye entre los requisitos previos una cuenta de empresa de Remote activa.',
			note: 'Las páginas de Remote no dicen qué puede hacer con los tokens una cuenta que no está activa.',
		},
		'app-language': {
			statement:
				'Las páginas de Remote muestran sus pantallas en inglés; ninguna dice si la aplicación de Remote puede mostrarse en otro idioma. Las guías, en todos los idiomas, nombran los botones y menús de Remote en inglés, como en esas páginas.',
			note: 'Todas las páginas de Remote que nombran un botón, un menú o un rol lo hacen en inglés, y ninguna menciona un ajuste de idioma. Si tu Remote se muestra en otro idioma, las etiquetas de las guías son las inglesas: busca cada una por su posición en la pantalla.',
		},
		'settings-path': {
			statement:
				'Las notas de Remote para asistentes de IA y las guías de partners llegan a la tarjeta **Remote API** por **Company** → **Company Settings** → **Integrations & APIs**; la página de autorización de Remote indica **Company** → **Company Settings** → **Workflows and Integrations** → **Integrations**.',
			note: 'Las propias fuentes de Remote no coinciden y ninguna tiene fecha, así que no se sabe cuál de las dos rutas es la actual. Las guías enseñan la ruta que comparten tres fuentes y dan la otra como alternativa.',
		},
		'generate-button': {
			statement: 'En la tarjeta **Remote API**, **Generate API token** abre una ventana emergente que pide el nombre del token.',
		},
		'terms-of-use': {
			statement: 'Para generar un token tienes que aceptar los **Remote API Terms of Use** (las condiciones de uso de la API de Remote).',
		},
		'endpoint-collections': {
			statement:
				'La guía de un partner muestra que, al generar un token, se eligen **Endpoint collections**: **Read Only** o **Full Access**, al menos una de ellas; las páginas de Remote no mencionan este paso.',
			note: 'Solo la guía de StackOne describe este paso; la página de autorización de Remote pasa directamente del nombre a las condiciones de uso.',
		},
		'collection-meaning': {
			statement:
				'Remote no publica qué cubre cada colección. Por sus nombres, **Read Only** permite a un token leer datos y **Full Access** le permite además crearlos y modificarlos; la referencia de la API de Remote sí asigna a cada endpoint un ámbito de lectura y otro de escritura.',
			note: 'Deducido de los nombres de las colecciones y de los ámbitos de lectura y escritura de la referencia de la API de Remote; ninguna página relaciona las colecciones con los endpoints.',
		},
		'generate-confirm-button': {
			statement: 'En la guía de un partner, la ventana emergente termina con un botón **Generate**.',
			note: 'La página de Remote no nombra el botón de la ventana emergente.',
		},
		'tokens-table': {
			statement:
				'Después de generar un token, la pantalla **Remote API** muestra una tabla con los tokens de la empresa: todos tus tokens revocados, además del activo.',
		},
		'token-menu': {
			statement: 'El menú de tres puntos (**⋯**) de la fila de un token ofrece **Copy token** y **Revoke token**.',
		},
		'copy-again-later': {
			statement:
				'Remote no dice quién puede volver a copiar un token; como **Copy token** está en el menú de cada token de la lista, lo más probable es que pueda hacerlo cualquier administrador que pueda abrir la tabla, no solo quien lo generó.',
			note: 'La página de Remote muestra el menú en las filas de la tabla; no dice quién puede usarlo ni si un token solo se puede copiar una vez.',
		},
		'single-active-token': {
			statement:
				'La página de Remote habla de «your active access token» (tu token de acceso activo), en singular, y no dice si generar un token nuevo revoca o cambia el antiguo.',
			note: 'El singular puede ser solo una forma de hablar; ninguna página dice cuántos tokens pueden estar activos a la vez.',
		},
		'token-prefixes': {
			statement: 'Los tokens de producción empiezan por `ra_live_`; los de Sandbox, por `ra_test_`.',
		},
		'sandbox-access': {
			statement:
				'El Sandbox es de autoservicio: en tu cuenta real de Remote, **Integrations** → **Remote API** → **Access API** (acceder a la API) enlaza con el entorno de Sandbox desde el panel de la derecha, donde **Sign Up** (registrarse) crea una empresa de prueba. Las contrataciones de prueba que crees allí no se cobran.',
		},
		'sandbox-starts-empty': {
			statement: 'Lo más probable es que una empresa de Sandbox nueva empiece vacía: Remote no dice qué contiene.',
			note: 'Deducido de la guía Quick Start de Remote, que crea la empresa con el proceso de registro y después sugiere añadir una contratación; ninguna página de Remote enumera lo que contiene una empresa de Sandbox nueva.',
		},
		'sandbox-app-host': {
			statement:
				'Las notas de Remote para asistentes de IA dan como dirección de la aplicación de Sandbox `remote-sandbox.com` (y como la de la aplicación de producción, `remote.com`).',
			note: 'Solo las notas de Remote nombran el host de la aplicación de Sandbox. La guía Quick Start de Remote llega al Sandbox mediante un enlace en la cuenta real, que es el camino que enseñan las guías.',
		},
		gateways: {
			statement:
				'Los tokens de producción solo funcionan con `https://gateway.remote.com`; los de Sandbox, solo con `https://gateway.remote-sandbox.com`.',
		},
		'wrong-environment-answer': {
			statement:
				'Las notas de Remote para asistentes de IA dicen que un token enviado a la pasarela del otro entorno recibe `401 Unauthorized`, la misma respuesta que cualquier token que no sea válido allí.',
			note: 'Las páginas de Remote para clientes dicen que un token solo funciona con su propia pasarela, pero solo sus notas para asistentes de IA nombran la respuesta.',
		},
		'bearer-header': {
			statement: 'Una solicitud lleva el token en su cabecera `Authorization`, como `Bearer` seguido del token.',
		},
		'identity-endpoint': {
			statement: '`GET /v1/identity/current` devuelve la empresa a la que pertenece un token y el usuario que lo autorizó; solo lee datos.',
		},
		'identity-success-status': {
			statement:
				'La referencia de la API de Remote documenta una comprobación de identidad correcta como `201`; los errores que documenta son `400`, `401`, `404`, `422` y `429`.',
		},
		'identity-fields': {
			statement:
				'La respuesta de identidad contiene el id y el nombre de la empresa, y el id, el nombre, el correo electrónico y el estado del usuario que autorizó el token; no dice nada de la colección de endpoints ni de los ámbitos del token.',
		},
		'identity-read-only-token': {
			statement:
				'El endpoint de identidad no indica ningún ámbito obligatorio, así que un token **Read Only** debería superarlo; Remote no lo dice.',
			note: 'Deducido de que en la referencia de la API de Remote falta la tabla de ámbitos de este endpoint; no se ha confirmado con un token Read Only.',
		},
		'unauthorized-answer': {
			statement:
				'Remote responde `401 Unauthorized`, con un mensaje como `{"message": "Unauthorized"}`, cuando una solicitud no incluye credenciales de autenticación válidas; la respuesta no dice por qué.',
		},
		'forbidden-answer': {
			statement:
				'Remote responde `403 Forbidden`, con un mensaje como `{"message": "Forbidden"}`, cuando el token o su usuario no pueden hacer esa solicitud porque les falta un ámbito o un rol.',
		},
		'not-found-answer': {
			statement:
				'Remote responde `404` cuando el recurso solicitado no existe o no es accesible con las credenciales de autenticación actuales.',
		},
		'inactive-company-answer': {
			statement:
				'La referencia de la API de Remote responde con `409 Conflict` a una solicitud que entra en conflicto con el estado de un recurso; el ejemplo de su copia de 2024 es «Company needs to be in status active to manage employments» (la empresa tiene que estar activa para gestionar contrataciones). En la comprobación de identidad, ningún estado corresponde a una cuenta inactiva.',
		},
		'rate-limit': {
			statement:
				'La antigua página de Remote sobre el límite de solicitudes indica 20 solicitudes por minuto y empresa, compartidas por todos los tokens de la empresa y contadas desde la primera solicitud de cada minuto; la cifra actual puede ser otra.',
			note: 'Es una página antigua de Remote; un resumen de terceros afirma que hoy son 300 por minuto, algo que no confirma ninguna página de Remote que hayamos podido leer. Que el límite se comparte por empresa viene de esa misma página.',
		},
		'rate-limit-answer': {
			statement:
				'Una solicitud que supera el límite recibe `429 Too Many Requests`, con un mensaje como `{"message": "Too many requests"}`.',
		},
		'rate-limit-headers': {
			statement:
				'La página actual de Remote sobre el límite de solicitudes para partners y su antigua página para clientes dicen que toda respuesta autenticada lleva `x-ratelimit-count`, `x-ratelimit-remaining` y `x-ratelimit-reset`, esta última con los milisegundos que faltan para que se reinicie la ventana.',
		},
		'retry-after': {
			statement:
				'La referencia de la API de Remote indica a los clientes que lean la cabecera `Retry-After` en un `429`, mientras que las notas de integración de Remote dicen que no existe y que hay que esperar a `x-ratelimit-reset`.',
			note: 'Las propias fuentes de Remote no coinciden; el comprobador lee `Retry-After` cuando está y, si no, `x-ratelimit-reset`.',
		},
		'revoke-confirm-button': {
			statement:
				'Al elegir **Revoke token** se abre una ventana emergente que te pide confirmación; su botón **Revoke token** revoca el token.',
		},
		'revoked-tokens-listed': {
			statement: 'Los tokens revocados siguen en la tabla de **Remote API**, junto al token activo.',
		},
		'revoked-token-answer': {
			statement:
				'Remote no dice cómo responde a un token revocado; un token revocado ya no es una credencial válida, así que es de esperar un `401 Unauthorized`.',
			note: 'Deducido del significado que la referencia de la API de Remote da a `401` (sin credenciales de autenticación válidas); ninguna página de Remote nombra la respuesta a un token revocado.',
		},
		'revoke-is-final': {
			statement:
				'La guía de un partner dice que los tokens revocados no se pueden recuperar, y la página de Remote no ofrece ninguna forma de restaurarlos.',
			note: 'La página de Remote describe cómo revocar y ninguna forma de deshacerlo; solo la guía de un partner dice abiertamente que es definitivo.',
		},
		'time-off-created-approved': {
			statement: 'La API de Remote solo crea ausencias ya aprobadas, nunca como una solicitud pendiente de aprobación en Remote.',
		},
		'time-off-create-fields': {
			statement:
				'`POST /v1/timeoff` acepta un `status` que solo admite `"approved"` y, junto a él, exige `approved_at` (una fecha y hora ISO 8601) y `approver_id`; `approver_id` puede ser `null`.',
		},
		'time-off-approver': {
			statement:
				'`approver_id` es el id de un usuario de Remote que puede aprobar ausencias, o `null`; la copia de 2024 de la referencia remite a la lista de responsables de la empresa para encontrar uno.',
		},
		'time-off-read-statuses': {
			statement:
				'Las ausencias leídas de Remote pueden tener cualquiera de los estados `requested`, `approved`, `cancelled`, `declined`, `taken` y `cancel_requested`.',
		},
		'api-areas': {
			statement:
				'La referencia de la API de Remote agrupa los endpoints en categorías, cada una con ámbitos de lectura y escritura: contrataciones, tiempo y asistencia, administración de la empresa, documentos laborales, pagos laborales, nóminas, facturas y gestión de empresas.',
		},
		'tester-expects-length': {
			statement:
				'Este centro de ayuda espera al menos 16 caracteres después del prefijo de un token y 512 como máximo en total; Remote no publica la longitud de sus tokens.',
			note: 'Una regla propia de este centro de ayuda, para detectar un token cortado al copiarlo o pegado junto con otro texto. Ambos límites quedan muy lejos de cualquier token de los ejemplos de Remote.',
		},
		'tester-expects-characters': {
			statement:
				'Este centro de ayuda espera que un token sea una sola cadena continua de caracteres ASCII imprimibles, sin espacios; Remote no publica el juego de caracteres de sus tokens.',
			note: 'Una regla propia de este centro de ayuda: un token viaja en una cabecera HTTP `Authorization`, donde un token bearer se escribe en ASCII simple, y los caracteres invisibles o de aspecto parecido que se cuelan desde documentos y chats son el daño más habitual en un token pegado.',
		},
		'tester-expects-case': {
			statement:
				'Este centro de ayuda espera el token exactamente como lo muestra Remote, con el prefijo en minúsculas; Remote no dice si los tokens distinguen entre mayúsculas y minúsculas.',
			note: 'Una regla propia de este centro de ayuda: Remote escribe ambos prefijos en minúsculas, y un token reescrito en mayúsculas es otra cadena, así que el comprobador pide una copia nueva en lugar de adivinar.',
		},
	},
	openQuestions: {
		'token-expiry': {
			question: '¿Caducan los tokens por sí solos?',
			guidesSay:
				'Un token que funcionaba y ahora recibe `401` puede haberse revocado, puede haber cambiado la cuenta de quien lo creó o puede haber caducado: la solución es la misma, un token nuevo.',
		},
		'creator-leaves': {
			question: '¿Qué pasa con un token cuando el administrador que lo generó deja la empresa o pierde el rol?',
			guidesSay:
				'Puede seguir funcionando o dejar de hacerlo. Sustitúyelo mientras quien lo creó siga siendo administrador, o pruébalo en cuanto cambie su cuenta.',
		},
		'generating-revokes-old': {
			question: '¿Generar un token nuevo revoca o cambia el antiguo?',
			guidesSay:
				'Antes de generar uno, averigua qué más usa el token activo; después, revisa la tabla de tokens y, si la fila del antiguo aparece como revocada, actualiza enseguida lo que lo usaba.',
		},
		'revoke-timing': {
			question: '¿Cuánto tarda un token en dejar de funcionar después de revocarlo?',
			guidesSay: 'Después de revocar, prueba la conexión que mantienes en lugar de dar nada por hecho.',
		},
		'collection-coverage': {
			question: '¿Qué endpoints cubre cada colección de endpoints (Read Only, Full Access)?',
			guidesSay:
				'Guíate por los nombres de las colecciones, sabiendo que solo son nombres: elige Read Only salvo que la plataforma cree o modifique datos.',
		},
		'custom-role-tokens': {
			question: '¿Puede un rol personalizado generar, copiar o revocar tokens de API?',
			guidesSay: 'Pregunta a un administrador si tu rol es suficiente, o pídele que te dé el rol de administrador.',
		},
		'time-off-notifications': {
			question: '¿Se avisa a los responsables de las ausencias creadas con la API?',
			guidesSay: 'Aprueba las ausencias antes de enviarlas a Remote, y no cuentes con que Remote avise a nadie.',
		},
		'current-rate-limit': {
			question: '¿Cuál es hoy el límite de solicitudes para clientes?',
			guidesSay:
				'Planifica con la cifra de la antigua página de Remote sobre el límite de solicitudes, y espera cuando Remote responda `429`.',
		},
	},
	topics: {
		'signing-in': 'Iniciar sesión y encontrar la configuración de Remote API',
		'creating-tokens': 'Crear y copiar un token',
		environments: 'Entornos, prefijos y pasarelas',
		'identity-check': 'La comprobación de identidad',
		answers: 'Las respuestas de error de Remote',
		'rate-limits': 'Límites de solicitudes',
		revoking: 'Revocar un token',
		'time-off': 'Ausencias',
		'areas-of-the-api': 'Áreas de la API',
		'tester-rules': 'Las comprobaciones de tokens propias de este centro de ayuda',
		'not-stated': 'Lo que las páginas de Remote no dicen',
	},
	certainties: {
		verified: {
			label: 'verificado',
			meaning: 'Lo dicen la documentación actual, el centro de ayuda o la referencia de la API de Remote.',
		},
		reported: {
			label: 'reportado',
			meaning:
				'Solo lo dicen guías de partners, una página antigua de Remote o las notas de Remote para asistentes de IA, o las propias páginas de Remote no coinciden al respecto.',
		},
		inferred: {
			label: 'deducido',
			meaning:
				'Un razonamiento propio de este centro de ayuda, o una regla propia; ninguna fuente lo dice con esas palabras. Su nota explica el motivo.',
		},
	},
	sourceKinds: {
		remote: 'Remote',
		'remote-older': 'Remote, página antigua',
		'remote-notes': 'notas de Remote para asistentes de IA',
		partner: 'guía de un partner',
	},
	glosses: {
		Owner: null,
		'Super Admin': null,
		Company: 'empresa',
		'Company Settings': 'configuración de la empresa',
		'Integrations & APIs': 'integraciones y API',
		'Workflows and Integrations': 'flujos de trabajo e integraciones',
		Integrations: 'integraciones',
		'Remote API': null,
		'Generate API token': 'generar un token de API',
		'Remote API Terms of Use': null,
		'Endpoint collections': 'colecciones de endpoints',
		'Read Only': 'solo lectura',
		'Full Access': 'lectura y escritura',
		Generate: 'generar',
		'Copy token': 'copiar el token',
		'Revoke token': 'revocar el token',
		'Access API': 'acceder a la API',
		'Sign Up': 'registrarse',
	},
};
