import type { FormatText } from '../en/formats';

/** Lo que los formatos de las plataformas dicen además del texto de las guías, en español (ver ../en/formats.ts). */
export const formatWords: FormatText = {
	tokenLabel: 'Token de API',
	environmentLabel: 'Entorno',
	tokenTooltip: 'El token de API de Remote, que empieza por ra_live_ o ra_test_.',
	environmentTooltip: 'Producción para un token que empieza por ra_live_, Sandbox para ra_test_.',
	tokenPatternError:
		'No es un token de API de Remote completo: empieza por ra_live_ o ra_test_, sin espacios. Vuelve a copiarlo desde Remote.',
	moreHelp: 'Paso a paso',
	productionWarning: 'Producción: para un token que empieza por ra_live_, de tu empresa real en Remote.',
	sandboxWarning: 'Sandbox: para un token que empieza por ra_test_, de una empresa de Sandbox.',
	nango: {
		overviewHeading: 'Descripción general',
		prerequisitesHeading: 'Requisitos previos:',
		instructionsHeading: 'Instrucciones:',
		title: 'Remote - ¿Cómo conecto mi cuenta?',
		needIntro: 'Para conectar Remote, necesitas:',
		tokenNeed: 'Un token de API que un administrador o una administradora genera en Remote.',
		environmentNeed: 'Producción o Sandbox, según la empresa de la que venga el token.',
		outro: 'Esta guía te acompaña para generar el token, elegir el entorno y conectar.',
		stepTitle: 'Paso {number}: {title}',
		closing: 'Remote ya está conectado.',
	},
	apideck: {
		title: 'Cómo conectar Remote',
		intro: 'Genera un token de API en Remote y conecta tu cuenta de Remote con {platform}.',
		sections: {
			prerequisites: 'Requisitos previos',
			credentials: 'Generar tu token de API',
			environment: 'Entorno',
			'connection-setup': 'Configurar la conexión en Vault',
			'known-limitations': 'Limitaciones conocidas',
			revoking: 'Revocar tokens',
			troubleshooting: 'Solución de problemas',
		},
		connected: 'La conexión está lista.',
		moreTroubleshooting: 'Cada mensaje y su solución',
	},
};
