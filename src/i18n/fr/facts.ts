import type { FactWords } from '../fact-words';

/** The fact registry's words in French (see ../fact-words.ts and docs/glossary.md). */
export const factWords: FactWords = {
	facts: {
		'sign-in-url': {
			statement: 'Le guide d’un partenaire se connecte à une entreprise Remote réelle à l’adresse `https://employ.remote.com/`.',
			note: 'Le guide de démarrage rapide de Remote dit seulement « log in to your remote.com account » (connectez-vous à votre compte remote.com), sans donner d’adresse. Il s’agit uniquement de la connexion à l’entreprise réelle : on accède autrement à une entreprise Sandbox (voir « sandbox-access »).',
		},
		'admins-and-owners-only': {
			statement:
				'Seul un **administrateur** de l’entreprise ou son **propriétaire** peut créer et révoquer des jetons d’API ; le guide de démarrage rapide de Remote ajoute que la page des intégrations nécessite le rôle d’administrateur de l’entreprise.',
		},
		'company-roles': {
			statement:
				'Le centre d’aide de Remote liste six rôles d’entreprise par défaut, dont **Owner** (le propriétaire, un par entreprise) et **Super Admin**, qui peut effectuer presque toutes les actions du propriétaire ; une entreprise peut aussi créer des rôles personnalisés.',
		},
		'other-roles-view': {
			statement:
				'Remote ne précise pas ce que voient les autres rôles, ou un rôle personnalisé, sur la page des intégrations ; attendez-vous à ce que la carte **Remote API** ou son bouton **Generate API token** n’y apparaisse pas pour eux.',
			note: 'Déduit de la règle selon laquelle seuls les administrateurs et le propriétaire créent des jetons. Un rôle personnalisé peut faire ce que ses permissions autorisent, et aucune page de Remote n’indique quelle permission couvre les jetons d’API.',
		},
		'active-account': {
			statement: 'Le guide d’un partenaire cite un compte d’entreprise Remote actif parmi les prérequis.',
			note: 'Les pages de Remote elles-mêmes ne précisent pas ce qu’un compte qui n’est pas actif peut faire avec des jetons.',
		},
		'app-language': {
			statement:
				'Les pages de Remote montrent ses écrans en anglais ; aucune n’indique si l’application Remote peut s’afficher dans une autre langue. Les guides, dans toutes les langues, nomment les boutons et les menus de Remote en anglais, comme sur ces pages.',
			note: 'Toutes les pages de Remote qui nomment un bouton, un menu ou un rôle le font en anglais, et aucune ne mentionne de réglage de langue. Si votre Remote s’affiche dans une autre langue, les libellés des guides restent les libellés anglais : repérez chacun par sa place à l’écran.',
		},
		'settings-path': {
			statement:
				'Les notes de Remote pour les assistants IA et les guides des partenaires atteignent la carte **Remote API** par **Company** → **Company Settings** → **Integrations & APIs** ; la page d’autorisation de Remote indique **Company** → **Company Settings** → **Workflows and Integrations** → **Integrations**.',
			note: 'Les sources de Remote elles-mêmes divergent et aucune n’est datée : on ne sait donc pas lequel des deux chemins est l’actuel. Les guides enseignent le chemin que partagent trois sources et donnent l’autre en solution de repli.',
		},
		'generate-button': {
			statement: 'Sur la carte **Remote API**, **Generate API token** ouvre une fenêtre qui demande le nom du jeton.',
		},
		'terms-of-use': {
			statement: 'Pour générer un jeton, vous devez accepter les **Remote API Terms of Use** (conditions d’utilisation de l’API Remote).',
		},
		'endpoint-collections': {
			statement:
				'Le guide d’un partenaire montre, lors de la génération d’un jeton, un choix d’**Endpoint collections** (collections d’endpoints) : **Read Only** ou **Full Access**, au moins l’une des deux ; les pages de Remote elles-mêmes ne mentionnent pas cette étape.',
			note: 'Seul le guide de StackOne décrit cette étape ; la page d’autorisation de Remote passe directement du nom aux conditions d’utilisation.',
		},
		'collection-meaning': {
			statement:
				'Remote ne publie pas ce que couvre chaque collection. D’après leurs noms, **Read Only** permet à un jeton de lire des données et **Full Access** lui permet aussi d’en créer et d’en modifier ; la référence de l’API de Remote attribue bien à chaque endpoint un scope de lecture et un scope d’écriture.',
			note: 'Déduit des noms des collections et des scopes de lecture et d’écriture de la référence de l’API de Remote ; aucune page ne fait correspondre les collections aux endpoints.',
		},
		'generate-confirm-button': {
			statement: 'Le guide d’un partenaire termine la fenêtre par un bouton **Generate**.',
			note: 'La page de Remote ne nomme pas le bouton de la fenêtre.',
		},
		'tokens-table': {
			statement:
				'Une fois un jeton généré, l’écran **Remote API** affiche un tableau des jetons de l’entreprise : tous vos jetons révoqués ainsi que votre jeton actif.',
		},
		'token-menu': {
			statement: 'Le menu à trois points (**⋯**) de la ligne d’un jeton propose **Copy token** et **Revoke token**.',
		},
		'copy-again-later': {
			statement:
				'Remote ne précise pas qui peut copier à nouveau un jeton ; comme **Copy token** se trouve dans le menu de chaque jeton listé, n’importe quel administrateur ayant accès au tableau le peut très probablement, et pas seulement la personne qui l’a généré.',
			note: 'La page de Remote montre le menu sur les lignes du tableau ; elle ne précise pas qui peut l’utiliser, ni si un jeton ne peut être copié qu’une seule fois.',
		},
		'single-active-token': {
			statement:
				'La page de Remote parle de « your active access token » (votre jeton d’accès actif), au singulier, et ne précise pas si générer un nouveau jeton révoque ou modifie l’ancien.',
			note: 'Le singulier n’est peut-être qu’une façon de parler ; aucune page n’indique combien de jetons peuvent être actifs à la fois.',
		},
		'token-prefixes': {
			statement: 'Les jetons de production commencent par `ra_live_` ; les jetons de Sandbox par `ra_test_`.',
		},
		'sandbox-access': {
			statement:
				'La Sandbox est en libre-service : dans votre compte Remote réel, **Integrations** → **Remote API** → **Access API** mène à l’environnement Sandbox depuis le panneau de droite, où **Sign Up** crée une entreprise de test. Les embauches de test que vous y créez ne sont pas facturées.',
		},
		'sandbox-starts-empty': {
			statement: 'Une nouvelle entreprise Sandbox démarre très probablement vide : Remote ne précise pas ce qu’elle contient.',
			note: 'Déduit du guide de démarrage rapide de Remote, qui crée l’entreprise par le parcours d’inscription puis propose d’ajouter une embauche ; aucune page de Remote ne liste ce que contient une nouvelle entreprise Sandbox.',
		},
		'sandbox-app-host': {
			statement:
				'Les notes de Remote pour les assistants IA donnent `remote-sandbox.com` comme adresse de l’application Sandbox (et `remote.com` pour l’application réelle).',
			note: 'Seules les notes de Remote nomment l’hôte de l’application Sandbox. Le guide de démarrage rapide de Remote accède plutôt à la Sandbox par un lien dans le compte réel, et c’est ce chemin que suivent les guides.',
		},
		gateways: {
			statement:
				'Les jetons de production ne fonctionnent qu’avec `https://gateway.remote.com` ; les jetons de Sandbox, qu’avec `https://gateway.remote-sandbox.com`.',
		},
		'wrong-environment-answer': {
			statement:
				'Les notes de Remote pour les assistants IA disent qu’un jeton envoyé à la passerelle de l’autre environnement reçoit la réponse `401 Unauthorized`, la même que tout jeton qui n’y est pas valide.',
			note: 'Les pages de Remote destinées aux clients disent qu’un jeton ne fonctionne qu’avec sa propre passerelle, mais seules ses notes pour les assistants IA nomment la réponse.',
		},
		'bearer-header': {
			statement: 'Une requête transmet le jeton dans son en-tête `Authorization`, sous la forme `Bearer` suivi du jeton.',
		},
		'identity-endpoint': {
			statement:
				'`GET /v1/identity/current` renvoie l’entreprise à laquelle appartient un jeton et l’utilisateur qui l’a autorisé ; il ne fait que lire.',
		},
		'identity-success-status': {
			statement:
				'La référence de l’API de Remote documente `201` pour une vérification d’identité réussie ; ses erreurs documentées sont `400`, `401`, `404`, `422` et `429`.',
		},
		'identity-fields': {
			statement:
				'La réponse d’identité contient l’identifiant et le nom de l’entreprise, ainsi que l’identifiant, le nom, l’e-mail et le statut de l’utilisateur qui a autorisé le jeton ; elle ne dit rien de la collection d’endpoints ni des scopes du jeton.',
		},
		'identity-read-only-token': {
			statement:
				'L’endpoint d’identité n’indique aucun scope requis : un jeton **Read Only** devrait donc y avoir accès ; Remote ne le précise pas.',
			note: 'Déduit de l’absence de tableau de scopes dans la référence de l’API de Remote ; non confirmé avec un jeton Read Only.',
		},
		'unauthorized-answer': {
			statement:
				'Remote répond `401 Unauthorized`, avec un message tel que `{"message": "Unauthorized"}`, quand une requête ne contient pas d’identifiants d’authentification valides ; la réponse ne dit pas pourquoi.',
		},
		'forbidden-answer': {
			statement:
				'Remote répond `403 Forbidden`, avec un message tel que `{"message": "Forbidden"}`, quand le jeton ou son utilisateur n’a pas le droit de faire cette requête, faute d’un scope ou d’un rôle.',
		},
		'not-found-answer': {
			statement:
				'Remote répond `404` quand la ressource demandée n’existe pas ou n’est pas accessible avec les identifiants d’authentification utilisés.',
		},
		'inactive-company-answer': {
			statement:
				'La référence de l’API de Remote répond `409 Conflict` à une requête incompatible avec l’état d’une ressource ; l’exemple de sa copie de 2024 est « Company needs to be in status active to manage employments » (l’entreprise doit être active pour gérer des embauches). Aucun statut n’est associé à un compte inactif pour la vérification d’identité.',
		},
		'rate-limit': {
			statement:
				'L’ancienne page de Remote sur la limite de requêtes indique 20 requêtes par minute et par entreprise, partagées par tous les jetons de l’entreprise et comptées à partir de la première requête de chaque minute ; le chiffre actuel peut être différent.',
			note: 'Il s’agit d’une ancienne page de Remote ; un résumé tiers annonce 300 requêtes par minute aujourd’hui, ce qu’aucune page de Remote que nous avons pu lire ne confirme. Le partage de la limite par entreprise vient de la même page.',
		},
		'rate-limit-answer': {
			statement:
				'Une requête au-delà de la limite reçoit la réponse `429 Too Many Requests`, avec un message tel que `{"message": "Too many requests"}`.',
		},
		'rate-limit-headers': {
			statement:
				'La page actuelle de Remote sur la limite de requêtes pour les partenaires et son ancienne page pour les clients disent que toute réponse authentifiée contient `x-ratelimit-count`, `x-ratelimit-remaining` et `x-ratelimit-reset`, ce dernier en millisecondes jusqu’à la réinitialisation de la fenêtre.',
		},
		'retry-after': {
			statement:
				'La référence de l’API de Remote demande aux applications clientes de lire un en-tête `Retry-After` sur une réponse `429`, alors que les notes d’intégration de Remote disent qu’il n’y en a pas et qu’il faut attendre `x-ratelimit-reset`.',
			note: 'Les sources de Remote elles-mêmes divergent ; le testeur lit `Retry-After` quand il est présent, et `x-ratelimit-reset` sinon.',
		},
		'revoke-confirm-button': {
			statement: 'Choisir **Revoke token** ouvre une fenêtre qui demande une confirmation ; son bouton **Revoke token** révoque le jeton.',
		},
		'revoked-tokens-listed': {
			statement: 'Les jetons révoqués restent dans le tableau **Remote API**, à côté du jeton actif.',
		},
		'revoked-token-answer': {
			statement:
				'Remote ne précise pas comment il répond à un jeton révoqué ; un jeton révoqué n’est plus un identifiant valide : attendez-vous donc à `401 Unauthorized`.',
			note: 'Déduit du sens que la référence de l’API de Remote donne à `401` (pas d’identifiants d’authentification valides) ; aucune page de Remote ne nomme la réponse à un jeton révoqué.',
		},
		'revoke-is-final': {
			statement:
				'Le guide d’un partenaire dit que les jetons révoqués ne peuvent pas être récupérés, et la page de Remote ne propose aucun moyen d’en restaurer un.',
			note: 'La page de Remote décrit la révocation sans aucune annulation possible ; seul le guide d’un partenaire dit explicitement qu’elle est définitive.',
		},
		'time-off-created-approved': {
			statement:
				'L’API de Remote ne crée des congés que déjà approuvés, jamais sous forme de demande en attente d’approbation dans Remote.',
		},
		'time-off-create-fields': {
			statement:
				'`POST /v1/timeoff` prend un `status` dont la seule valeur acceptée est `"approved"`, et exige avec lui `approved_at` (une date-heure ISO 8601) et `approver_id` ; `approver_id` peut valoir `null`.',
		},
		'time-off-approver': {
			statement:
				'`approver_id` est l’identifiant d’un utilisateur Remote autorisé à approuver des congés, ou `null` ; la copie de 2024 de la référence renvoie à la liste des managers de l’entreprise pour en trouver un.',
		},
		'time-off-read-statuses': {
			statement:
				'Les congés lus depuis Remote peuvent avoir l’un des statuts `requested`, `approved`, `cancelled`, `declined`, `taken` et `cancel_requested`.',
		},
		'api-areas': {
			statement:
				'La référence de l’API de Remote regroupe les endpoints en catégories, chacune avec des scopes de lecture et d’écriture : embauches, temps et présence, administration de l’entreprise, documents d’emploi, paiements liés à l’emploi, paie, factures et gestion des entreprises.',
		},
		'tester-expects-length': {
			statement:
				'Ce centre d’aide attend au moins 16 caractères après le préfixe d’un jeton et au plus 512 au total ; Remote ne publie pas la longueur de ses jetons.',
			note: 'Une règle propre à ce centre d’aide, pour repérer un jeton tronqué à la copie, ou collé avec d’autre texte. Les deux bornes sont très éloignées de tous les jetons que montrent les exemples de Remote.',
		},
		'tester-expects-characters': {
			statement:
				'Ce centre d’aide attend d’un jeton qu’il forme une seule chaîne continue de caractères ASCII imprimables, sans espace ; Remote ne publie pas le jeu de caractères de ses jetons.',
			note: 'Une règle propre à ce centre d’aide : un jeton voyage dans un en-tête HTTP `Authorization`, où un jeton bearer s’écrit en ASCII simple, et les caractères invisibles ou trompeurs récupérés dans des documents et des messageries sont ce qui abîme le plus souvent un jeton collé.',
		},
		'tester-expects-case': {
			statement:
				'Ce centre d’aide attend un jeton exactement tel que Remote l’affiche, avec son préfixe en minuscules ; Remote ne précise pas si les jetons sont sensibles à la casse.',
			note: 'Une règle propre à ce centre d’aide : Remote écrit les deux préfixes en minuscules, et un jeton retapé en majuscules est une autre chaîne ; le testeur demande donc une nouvelle copie plutôt que de deviner.',
		},
	},
	openQuestions: {
		'token-expiry': {
			question: 'Les jetons expirent-ils d’eux-mêmes ?',
			guidesSay:
				'Un jeton qui fonctionnait et reçoit maintenant `401` a peut-être été révoqué, le compte de la personne qui l’a créé a peut-être changé, ou il a peut-être expiré : la solution est la même, un nouveau jeton.',
		},
		'creator-leaves': {
			question: 'Que devient un jeton quand l’administrateur ou l’administratrice qui l’a généré quitte l’entreprise ou perd ce rôle ?',
			guidesSay:
				'Il peut continuer à fonctionner, ou s’arrêter. Remplacez-le tant que la personne qui l’a créé a encore le rôle d’administrateur, ou testez-le dès que son compte change.',
		},
		'generating-revokes-old': {
			question: 'Générer un nouveau jeton révoque-t-il ou modifie-t-il l’ancien ?',
			guidesSay:
				'Avant d’en générer un, identifiez ce qui utilise aussi le jeton actif ; ensuite, regardez le tableau des jetons et, si l’ancienne ligne apparaît comme révoquée, mettez immédiatement à jour tout ce qui l’utilisait.',
		},
		'revoke-timing': {
			question: 'Combien de temps après sa révocation un jeton cesse-t-il de fonctionner ?',
			guidesSay: 'Après la révocation, testez la connexion que vous gardez, plutôt que de présumer quoi que ce soit.',
		},
		'collection-coverage': {
			question: 'Quels endpoints couvre chaque collection d’endpoints (Read Only, Full Access) ?',
			guidesSay:
				'Fiez-vous aux noms des collections, en sachant que ce ne sont que des noms : choisissez Read Only, sauf si la plateforme crée ou modifie des données.',
		},
		'custom-role-tokens': {
			question: 'Un rôle personnalisé peut-il générer, copier ou révoquer des jetons d’API ?',
			guidesSay: 'Demandez à un administrateur ou une administratrice si votre rôle suffit, ou de vous attribuer le rôle d’administrateur.',
		},
		'time-off-notifications': {
			question: 'Les managers sont-ils prévenus des congés créés via l’API ?',
			guidesSay:
				'Approuvez les congés avant qu’ils soient envoyés à Remote, et ne comptez pas sur Remote pour en informer qui que ce soit.',
		},
		'current-rate-limit': {
			question: 'Quelle est aujourd’hui la limite de requêtes pour les clients ?',
			guidesSay: 'Tablez sur le chiffre de l’ancienne page de Remote sur la limite de requêtes, et attendez quand Remote répond `429`.',
		},
	},
	topics: {
		'signing-in': 'Se connecter et trouver les paramètres de l’API Remote',
		'creating-tokens': 'Générer et copier un jeton',
		environments: 'Environnements, préfixes et passerelles',
		'identity-check': 'La vérification d’identité',
		answers: 'Les réponses d’erreur de Remote',
		'rate-limits': 'Limites de requêtes',
		revoking: 'Révoquer un jeton',
		'time-off': 'Congés',
		'areas-of-the-api': 'Domaines de l’API',
		'tester-rules': 'Les vérifications de jeton propres à ce centre d’aide',
		'not-stated': 'Ce que les pages de Remote ne précisent pas',
	},
	certainties: {
		verified: {
			label: 'vérifié',
			meaning: 'La documentation actuelle de Remote, son centre d’aide ou la référence de son API le dit.',
		},
		reported: {
			label: 'rapporté',
			meaning:
				'Seuls des guides de partenaires, une ancienne page de Remote ou les notes de Remote pour les assistants IA le disent, ou bien les pages de Remote elles-mêmes se contredisent sur ce point.',
		},
		inferred: {
			label: 'déduit',
			meaning:
				'Un raisonnement propre à ce centre d’aide, ou une règle qui lui est propre ; aucune source ne le dit en toutes lettres. Sa note en donne la raison.',
		},
	},
	sourceKinds: {
		remote: 'Remote',
		'remote-older': 'Remote, ancienne page',
		'remote-notes': 'notes de Remote pour les assistants IA',
		partner: 'guide d’un partenaire',
	},
	glosses: {
		Owner: null,
		'Super Admin': null,
		Company: 'entreprise',
		'Company Settings': 'paramètres de l’entreprise',
		'Integrations & APIs': 'intégrations et API',
		'Workflows and Integrations': 'flux de travail et intégrations',
		Integrations: 'intégrations',
		'Remote API': null,
		'Generate API token': 'générer un jeton d’API',
		'Remote API Terms of Use': 'conditions d’utilisation de l’API Remote',
		'Endpoint collections': 'collections d’endpoints',
		'Read Only': 'lecture seule',
		'Full Access': 'lecture et écriture',
		Generate: 'générer',
		'Copy token': 'copier le jeton',
		'Revoke token': 'révoquer le jeton',
		'Access API': 'accéder à l’API',
		'Sign Up': 's’inscrire',
	},
};
