import type { FormatText } from '../en/formats';

/** Was die Plattformformate über den Text der Anleitungen hinaus sagen, auf Deutsch (siehe ../en/formats.ts). */
export const formatWords: FormatText = {
	tokenLabel: 'API-Token',
	environmentLabel: 'Umgebung',
	tokenTooltip: 'Das API-Token von Remote; es beginnt mit ra_live_ oder ra_test_.',
	environmentTooltip: 'Produktion für ein Token, das mit ra_live_ beginnt, Sandbox für ra_test_.',
	tokenPatternError:
		'Das ist kein vollständiges API-Token von Remote: Es beginnt mit ra_live_ oder ra_test_ und enthält keine Leerzeichen. Kopieren Sie es erneut aus Remote.',
	moreHelp: 'Schritt für Schritt',
	productionWarning: 'Produktion: für ein Token, das mit ra_live_ beginnt, aus Ihrem Live-Unternehmen in Remote.',
	sandboxWarning: 'Sandbox: für ein Token, das mit ra_test_ beginnt, aus einem Sandbox-Unternehmen.',
	nango: {
		overviewHeading: 'Überblick',
		prerequisitesHeading: 'Voraussetzungen:',
		instructionsHeading: 'Anleitung:',
		title: 'Remote - Wie verbinde ich mein Konto?',
		needIntro: 'Um Remote zu verbinden, brauchen Sie:',
		tokenNeed: 'Ein API-Token, das eine Administratorin oder ein Administrator in Remote erstellt.',
		environmentNeed: 'Produktion oder Sandbox, je nachdem, aus welchem Unternehmen das Token stammt.',
		outro: 'Diese Anleitung führt Sie durch das Erstellen des Tokens, die Wahl der Umgebung und das Verbinden.',
		stepTitle: 'Schritt {number}: {title}',
		closing: 'Remote ist jetzt verbunden.',
	},
	apideck: {
		title: 'So verbinden Sie Remote',
		intro: 'Erstellen Sie ein API-Token in Remote und verbinden Sie Ihr Remote-Konto mit {platform}.',
		sections: {
			prerequisites: 'Voraussetzungen',
			credentials: 'API-Token erstellen',
			environment: 'Umgebung',
			'connection-setup': 'Verbindung in Vault einrichten',
			'known-limitations': 'Bekannte Einschränkungen',
			revoking: 'Token widerrufen',
			troubleshooting: 'Fehlerbehebung',
		},
		connected: 'Die Verbindung ist hergestellt.',
		moreTroubleshooting: 'Jede Meldung und ihre Lösung',
	},
};
