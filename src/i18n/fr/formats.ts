import type { FormatText } from '../en/formats';

/** Ce que les formats des plateformes disent en plus du texte des guides, en français (voir ../en/formats.ts). */
export const formatWords: FormatText = {
	tokenLabel: 'Jeton d’API',
	environmentLabel: 'Environnement',
	tokenTooltip: 'Le jeton d’API Remote, qui commence par ra_live_ ou ra_test_.',
	environmentTooltip: 'Production pour un jeton qui commence par ra_live_, Sandbox pour ra_test_.',
	tokenPatternError:
		'Ce n’est pas un jeton d’API Remote complet : il commence par ra_live_ ou ra_test_, sans espace. Copiez-le à nouveau depuis Remote.',
	moreHelp: 'Pas à pas',
	productionWarning: 'Production : pour un jeton qui commence par ra_live_, issu de votre entreprise réelle dans Remote.',
	sandboxWarning: 'Sandbox : pour un jeton qui commence par ra_test_, issu d’une entreprise Sandbox.',
	nango: {
		overviewHeading: 'Présentation',
		prerequisitesHeading: 'Prérequis :',
		instructionsHeading: 'Instructions :',
		title: 'Remote - Comment connecter mon compte ?',
		needIntro: 'Pour connecter Remote, il vous faut :',
		tokenNeed: 'Un jeton d’API qu’un administrateur ou une administratrice génère dans Remote.',
		environmentNeed: 'Production ou Sandbox, selon l’entreprise dont vient le jeton.',
		outro: 'Ce guide vous accompagne pour générer le jeton, choisir l’environnement et vous connecter.',
		stepTitle: 'Étape {number} : {title}',
		closing: 'Remote est maintenant connecté.',
	},
	apideck: {
		title: 'Comment connecter Remote',
		intro: 'Générez un jeton d’API dans Remote et connectez votre compte Remote à {platform}.',
		sections: {
			prerequisites: 'Prérequis',
			credentials: 'Générer votre jeton d’API',
			environment: 'Environnement',
			'connection-setup': 'Configurer la connexion dans Vault',
			'known-limitations': 'Limites connues',
			revoking: 'Révoquer un jeton',
			troubleshooting: 'Dépannage',
		},
		connected: 'La connexion est établie.',
		moreTroubleshooting: 'Chaque message et sa solution',
	},
};
