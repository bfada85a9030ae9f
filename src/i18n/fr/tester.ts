import { maximumTokenLength, minimumBodyLength, tokenPrefixes } from '../../lib/shared/token-rules';
import type { TesterWords } from '../en/tester';

/** Where a damaged token can be copied from again, ending every message that asks for that. */
const copyAgain = 'Copiez-le à nouveau depuis le tableau des jetons de Remote.';

/** Both prefixes with their environments, for messages that name both (French quotation marks). */
const bothPrefixes = `« ${tokenPrefixes.production} » (Production) ou « ${tokenPrefixes.sandbox} » (Sandbox)`;

/** Said at the end of every answer that is not about the token. */
const notYourToken = 'Le problème ne vient pas de votre jeton';

/** Everything the token tester says, in French (the English, with the rules behind each message: ../en/tester.ts). */
export const testerWords: TesterWords = {
	environments: {
		production: 'Production',
		sandbox: 'Sandbox',
	},
	notices: {
		whitespace: 'Espaces ou sauts de ligne retirés autour du jeton.',
		bearer: '« Bearer » retiré au début : collez le jeton seul.',
		quotes: 'Guillemets retirés autour du jeton.',
	},
	names: {
		'\u200b': 'un espace de largeur nulle',
		'\u200c': 'un antiliant sans chasse',
		'\u200d': 'un liant sans chasse',
		'\u2060': 'un gluon de mots',
		'\ufeff': 'un indicateur d’ordre des octets (BOM)',
		'\u00a0': 'un espace insécable',
		'\u00ad': 'un trait d’union conditionnel',
		'\u2018': 'un guillemet ou une apostrophe typographique',
		'\u2019': 'un guillemet ou une apostrophe typographique',
		'\u201c': 'un guillemet typographique',
		'\u201d': 'un guillemet typographique',
		'\u2013': 'un tiret qui n’est pas un trait d’union',
		'\u2014': 'un tiret qui n’est pas un trait d’union',
		stripe: 'une clé d’API Stripe',
		github: 'un jeton GitHub',
		slack: 'un jeton Slack',
		aws: 'une clé d’accès AWS',
		openai: 'une clé d’API de type OpenAI',
		jwt: 'un JSON Web Token (un jeton d’accès OAuth, pas un jeton d’API)',
	},
	format: {
		empty: 'Collez un jeton d’API Remote pour le vérifier.',
		tooLong: `Ce texte fait {length} caractères, alors que ce centre d’aide en attend ${maximumTokenLength} au plus. Vous avez probablement collé autre chose avec le jeton.`,
		copiedCharacter: `Le jeton contient {name} en position {position}, ce qui arrive quand il passe par un document ou une messagerie. ${copyAgain}`,
		whitespaceInside:
			'Le jeton contient un espace ou un saut de ligne en position {position}. Ce centre d’aide attend une seule chaîne continue : copiez-le à nouveau, d’un seul tenant.',
		controlCharacter: `Le jeton contient un caractère de contrôle invisible en position {position}. ${copyAgain}`,
		nonAscii: `Le jeton contient un caractère que ce centre d’aide n’attend pas (une lettre ou un symbole non ASCII) en position {position}. ${copyAgain}`,
		lookalike: `Le jeton contient un caractère que ce centre d’aide n’attend pas (le sosie d’une lettre ou d’un chiffre ordinaire) en position {position}. ${copyAgain}`,
		capitals:
			'Le jeton commence par « {start} » en majuscules. Remote écrit ses préfixes en minuscules : copiez à nouveau le jeton au lieu de le retaper.',
		otherVendor: `Cela ressemble à {name}, et non à un jeton d’API Remote. Les jetons Remote commencent par ${bothPrefixes}.`,
		partialPrefix: `Le jeton commence par « ra_ », mais pas par ${bothPrefixes}. Une partie du préfixe manque peut-être : copiez à nouveau le jeton en entier.`,
		notRemote: `Ce n’est pas un jeton d’API Remote : ceux-ci commencent par ${bothPrefixes}. Copiez-en un depuis le tableau des jetons de Remote, ou générez-en un nouveau.`,
		prefixOnly: `Ce n’est que le préfixe « {prefix} » : le reste du jeton manque. ${copyAgain}`,
		cutOff: `Seuls {length} caractères suivent le préfixe, alors que ce centre d’aide en attend au moins ${minimumBodyLength}. Le jeton a probablement été tronqué à la copie : copiez-le à nouveau.`,
	},
	precheck: {
		invalidFormat: 'Cela ne ressemble pas à un jeton d’API Remote valide.',
		mismatch: 'Le jeton appartient à l’autre environnement.',
		formatFirst: 'Non vérifié : le format du jeton doit d’abord être correct.',
		fixFormatFirst: 'Non envoyé à Remote : corrigez d’abord le format.',
		looksLike: 'Ressemble à un jeton de {environment} (commence par « {prefix} »).',
		cannotWork:
			'Ce jeton de {environment} ne peut pas fonctionner en {chosen} : choisissez {environment}, ou utilisez un jeton qui commence par « {prefix} ».',
		only401: 'Non envoyé à Remote : la réponse serait forcément 401.',
		prefixMatches: 'Le préfixe correspond à {environment}.',
	},
	summaries: {
		connected: 'Connecté à {company} — {environment}',
		unauthorized: 'Remote a rejeté le jeton ({environment}).',
		forbidden: 'Remote a reconnu le jeton, mais a refusé l’accès ({environment}).',
		rate_limited: 'La limite de requêtes de Remote est atteinte ; réessayez plus tard.',
		upstream_error: 'Remote a donné une réponse inutilisable.',
		unreachable: 'Remote est injoignable.',
		timeout: 'Remote n’a pas répondu à temps.',
	},
	remote: {
		accepted: 'Remote a accepté le jeton.',
		not_identity:
			'Remote a répondu {status}, mais sans ses données d’identité habituelles : le jeton n’a donc pas pu être confirmé. Réessayez plus tard.',
		rejected:
			'Remote n’a pas accepté le jeton ({status} Unauthorized). Le plus probable : il a été révoqué, copié de façon incomplète, ou il appartient à l’autre environnement.',
		refused:
			'Remote a reconnu le jeton, mais a refusé la vérification ({status} Forbidden), une réponse que la référence de l’API de Remote ne mentionne pas pour l’endpoint d’identité.',
		rate_limited:
			'La limite de requêtes de Remote est atteinte pour le moment : attendez jusqu’à une minute, puis testez une seule fois. Le jeton n’a pas été évalué.',
		rate_limited_reset_known:
			'La limite de requêtes de Remote est atteinte pour le moment : elle se réinitialise dans {seconds} s, testez ensuite une seule fois. Le jeton n’a pas été évalué.',
		redirected:
			'La passerelle de Remote a répondu par une redirection ({status}). Elle n’a pas été suivie : le jeton n’a donc été envoyé nulle part ailleurs.',
		gateway_not_found:
			'La passerelle a répondu 404, ce que Remote renvoie pour une ressource qui n’existe pas ou qui n’est pas accessible avec les identifiants envoyés. La vérification d’identité existe pour tous les jetons : le plus probable est donc que l’adresse de passerelle de ce centre d’aide est erronée.',
		remote_unavailable: `Remote n’a pas pu répondre ({status}). ${notYourToken} : réessayez dans quelques minutes.`,
		unexpected_status: `La passerelle a répondu {status}, ce qui ne dit rien du jeton. ${notYourToken} : réessayez plus tard.`,
		timeout: `Remote n’a pas répondu en moins de {seconds} s. ${notYourToken} : réessayez dans un instant.`,
		unreachable: `La passerelle de Remote est injoignable{network}. ${notYourToken} : réessayez dans un instant.`,
		connection_broken: `La passerelle de Remote a commencé à répondre ({status}), mais la connexion a été coupée avant la fin de la réponse{network}. ${notYourToken} : réessayez dans un instant.`,
	},
	nextStepLabels: {
		connected: 'Associer votre compte avec ce jeton',
		invalid_format: 'Ce n’est pas un jeton d’API Remote',
		environment_mismatch: 'Corriger un mauvais environnement',
		unauthorized: 'Corriger un jeton rejeté',
		forbidden: 'Quand Remote refuse la vérification',
		rate_limited: 'À propos de la limite de requêtes de Remote',
		gateway_not_found: 'Quand la passerelle est introuvable',
		unexpected_answer: 'Quand la réponse de la passerelle ne vient pas de Remote',
		remote_unavailable: 'Quand Remote est indisponible',
		unreachable: 'Quand Remote est injoignable',
		timeout: 'Quand Remote ne répond pas à temps',
		too_many_requests: 'Pourquoi ce centre d’aide a suspendu vos tests',
		server_busy: 'Quand le testeur est occupé',
		origin_not_allowed: 'Pourquoi un test depuis un autre site est refusé',
	},
	refusals: {
		too_many_requests: 'Trop de requêtes depuis votre adresse : {limit} {what} par minute au maximum. Réessayez dans {seconds} s.',
		tests: 'tests',
		answers: 'réponses',
		requests: 'requêtes',
		server_busy: 'Ce centre d’aide exécute déjà autant de tests en direct qu’il le permet ({cap}). Réessayez dans {seconds} s.',
		origin_not_allowed:
			'Les requêtes venant d’autres sites web ne sont pas acceptées ici. Utilisez le testeur de ce centre d’aide, ou testez depuis un terminal.',
		embedding_not_allowed:
			'Ce site n’est pas autorisé à utiliser le testeur de jetons ici. L’exploitant du testeur peut l’ajouter à EMBED_ALLOWED_ORIGINS.',
	},
	terminal: {
		prompt: 'Jeton d’API Remote (masqué pendant la saisie ou le collage) :',
		noToken: 'Aucun jeton fourni : transmettez-le par un pipe, saisissez-le à l’invite, ou définissez REMOTE_API_TOKEN.',
		company: 'Entreprise : {company}',
		tryAgainIn: 'Réessayez dans {seconds} secondes.',
		next: 'Étape suivante : {label} → {url}',
	},
	ui: {
		looksLike: 'Ressemble à un jeton de {environment}.',
		pressTest: ' Cliquez sur « Tester le jeton » pour interroger Remote.',
		switchTo: 'Passer en {environment}',
		test: 'Tester le jeton',
		check: 'Vérifier le jeton',
		testing: 'Test en cours…',
		show: 'Afficher',
		hide: 'Masquer',
		showToken: 'Afficher le jeton',
		hideToken: 'Masquer le jeton',
		token: 'Jeton {masked}',
		answered: 'Remote a répondu {status}',
		milliseconds: '{latency} ms',
		retryIn: 'Vous pourrez refaire un test dans {seconds} secondes.',
		retryInOne: 'Vous pourrez refaire un test dans 1 seconde.',
		retryNow: 'Vous pouvez refaire un test maintenant.',
		couldNotRun: 'Le test n’a pas pu être lancé.',
		notAResult: 'Le centre d’aide a répondu {status} au lieu d’un résultat. Réessayez dans un instant.',
		unreachable:
			'Le testeur de jetons a refusé cette page, ou il est injoignable. Le propriétaire du site doit peut-être obtenir l’autorisation de l’intégrer.',
		formatRight: 'Le format est correct pour {environment}.',
		offline: 'La vérification en direct auprès de Remote n’est pas disponible ici.',
		tokenLabel: 'Jeton d’API Remote',
		environmentLabel: 'Environnement',
		formLabel: 'Tester un jeton d’API Remote',
		attachedLabel: 'Tester le jeton d’API Remote',
	},
};
