import type { PageWords } from '../en/pages';

/** What the guides' components say, in French (the English, with notes on each part: ../en/pages.ts). */
export const pageWords: PageWords = {
	description:
		'Des guides pas à pas pour les administrateurs et administratrices d’entreprise : générer un jeton d’API Remote, choisir le bon environnement, associer votre compte Remote et protéger le jeton.',
	llms: {
		intro:
			'Chaque guide ci-dessous renvoie à sa version Markdown, suivie de l’adresse de sa page web. Tous les guides dans un seul fichier : {url}',
		webPage: 'Page web : {url}',
		optional: 'Optional',
		guidesData:
			'Tous les guides sous forme de données (avertissement, sections, étapes en Markdown), avec les motifs de reconnexion, pour le parcours de connexion d’une plateforme.',
		errorCatalogue:
			'Les messages d’erreur que connaît le décodeur, sous forme de données : texte, motif, cause probable, degré de certitude et sources.',
		mcp: 'Un serveur Model Context Protocol pour les assistants d’IA : chercher et lire les guides, expliquer une erreur, recommander l’accès du jeton, donner un fait avec ses sources. Ne lui envoyez jamais de jeton.',
		stackone: 'La méthode d’authentification par jeton d’API de Remote pour un connecteur StackOne, en YAML.',
		nango: 'Une entrée de fournisseur Remote pour le fichier providers.yaml de Nango.',
		nangoConnect: 'La page de connexion de Nango pour Remote.',
		apideck: 'Le guide dans la structure des guides de connexion d’Apideck.',
	},
	sections: {
		Overview: 'Vue d’ensemble',
		'Connect Remote': 'Connecter Remote',
		'Manage the token': 'Gérer le jeton',
		Reference: 'Référence',
	},
	gloss: '({gloss})',
	pageActions: {
		markdown: 'Voir cette page en Markdown',
	},
	footer: {
		sources: 'Chaque information que ces guides donnent sur Remote figure avec sa source sur la page {link}.',
		sourcesLink: 'Sources',
		platformOffer:
			'Vous exploitez une plateforme d’intégration ? Ces guides et le testeur de jetons sont disponibles sous votre nom, avec votre logo et vos propres formulations.',
		embedOffer: 'Vous pouvez aussi {link} dans votre formulaire de connexion.',
		embedLink: 'intégrer le testeur de jetons',
		support: 'Le problème persiste ? {link}.',
		supportLink: 'Contactez le support {brand}',
	},
	returnLink: 'Retour à {platform}',
	nextGuide: 'Suivant : {link}',
	forDevelopers: 'Pour les développeurs',
	checkedOn: '(vérifié le {date})',
	notStated: 'Remote ne le précise pas.',
	remoteApiCard: 'Allez dans {path} et ouvrez la carte {card} (introuvable ? Essayez {alternative}).',
	sandboxSignUp: {
		intro: 'Tout administrateur ou administratrice peut en ouvrir une, et les embauches de test que vous y créez ne sont pas facturées :',
		signIn: 'Connectez-vous à votre entreprise Remote réelle.',
		access: 'Cliquez sur {button}, puis sur le lien vers l’environnement Sandbox dans le panneau de droite.',
		signUp: 'Cliquez sur {button} et créez une entreprise de test : votre session s’ouvre alors dans cette entreprise.',
		later: 'Les fois suivantes, suivez les étapes 1 à 3, puis connectez-vous au lieu de vous inscrire.',
	},
	timeOff: {
		title: 'Les congés arrivent dans Remote déjà approuvés',
		approveFirst: 'Approuvez donc les congés dans {platform} ou là où la demande est faite, avant qu’ils ne soient envoyés.',
		moreLink: 'Ce que cela implique pour votre circuit d’approbation',
	},
	tokenReach: {
		lead: 'Ce à quoi un jeton peut accéder :',
		body: '{areas} de votre entreprise. Remote ne précise pas lesquelles de ces données chaque collection ouvre : considérez que tout jeton peut toutes les lire.',
	},
	areas: {
		people: 'dossiers du personnel',
		'time-off': 'congés',
		timesheets: 'feuilles de temps',
		company: 'informations sur l’entreprise',
		documents: 'documents',
		expenses: 'notes de frais',
		payroll: 'données de paie',
		invoices: 'factures',
	},
	access: {
		writesTimeOff: 'crée des congés dans Remote',
		writesArea: 'crée ou modifie des {area} dans Remote',
		writesData: 'crée ou modifie des données dans Remote',
		readsOnly: 'ne fait que lire les {areas} dans Remote, sans jamais rien y créer ni modifier',
		data: 'données',
		reason: 'Sélectionnez {collection} : {platform} {does}.',
		whatItDoes: 'Ce que {platform} fait de vos données Remote :',
		useWrites: 'crée ou modifie des données dans Remote',
		useReads: 'ne fait que lire des données dans Remote',
		needs: '{platform} a besoin d’un jeton avec {collection} : la plateforme {does}.',
		askToo: 'Demandez-lui aussi ce que la plateforme fait avec Remote : c’est ce qui détermine l’accès du jeton ({link}).',
		howToChoose: 'comment choisir',
		chosenUnset: '{read} si {platform} ne fait que lire des données, ou {write} s’il lui faut aussi en créer ou en modifier',
		question: 'Que fera {platform} de vos données Remote ?',
		onlyRead: 'Lire des données uniquement',
		alsoWrite: 'Créer ou modifier aussi des données',
		ifReads: 'Si {platform} ne fait que lire des données dans Remote, sélectionnez {read}.',
		ifWrites: 'Si {platform} crée ou modifie aussi des données dans Remote, sélectionnez {write}.',
		unsure:
			'Vous hésitez ? Demandez à la personne qui gère {platform}. Si personne ne peut vous répondre, sélectionnez {read}, et remplacez le jeton par un jeton {write} si {platform} ne parvient pas ensuite à modifier quelque chose.',
	},
	feedback: {
		question: 'Cette page vous a-t-elle été utile ?',
		yes: 'Oui',
		no: 'Non',
		commentLabel: 'Quelque chose à ajouter ? (facultatif)',
		commentHint: '{limit} caractères au maximum. Merci de ne pas y mettre de jetons ni de données personnelles.',
		send: 'Envoyer',
	},
	sources: {
		sourcesLabel: 'Sources',
		howSure: 'Degré de certitude :',
		checked: 'vérifié le {date}',
		linkToFact: 'lien vers cette information',
		notStatedIntro:
			'Les pages de Remote laissent ces questions ouvertes : les guides n’affirment donc rien dans un sens ou dans l’autre, et disent quoi faire à la place. Si vous connaissez une réponse de Remote, indiquez-la-nous avec sa source.',
		insteadLead: 'Que faire à la place :',
		questionChecked: '(Vérifié le {date}.)',
	},
	tester: {
		title: 'Tester votre jeton',
		tokenLabel: 'Jeton d’API Remote',
		placeholder: 'ra_live_… ou ra_test_…',
		show: 'Afficher',
		showToken: 'Afficher le jeton',
		hintLive:
			'Vérifié dans votre navigateur pendant la saisie. Envoyé seulement quand vous cliquez sur « Tester le jeton » : une seule fois, vers {service}, qui ne conserve rien.',
		hintOffline: 'Vérifié dans votre navigateur pendant la saisie. Sur cette copie des guides, il n’est jamais envoyé nulle part.',
		environment: 'Environnement',
		test: 'Tester le jeton',
		check: 'Vérifier le jeton',
		noscript:
			'Le testeur de jetons a besoin de JavaScript, qui est désactivé dans ce navigateur. Vous pouvez faire la même vérification depuis un terminal : voir ci-dessous.',
		terminalSummary: 'Tester plutôt depuis votre terminal',
		terminalIntro:
			'Placez d’abord le jeton dans {variable} ({command}, collez, Entrée), puis lancez la commande ci-dessous. Elle n’affiche que le statut HTTP renvoyé par Remote.',
		terminalMore:
			'Pour une commande qui tient aussi le jeton à l’écart de la ligne de commande, et pour une commande Windows PowerShell, consultez {link}.',
		terminalLink: 'Tester plutôt depuis un terminal',
		serviceOwn: 'le serveur de ce centre d’aide',
		serviceHosted: 'le service de test de jetons hébergé sur {host}',
		offlineNote:
			'La vérification en direct auprès de Remote n’est pas disponible sur cette page. Pour interroger Remote directement, lancez la commande sous « Tester plutôt depuis votre terminal ».',
		connectedNoteAccess:
			'La vérification de Remote n’indique pas la collection d’endpoints d’un jeton. {platform} a besoin de {collection} : la plateforme {does}.',
		connectedNote:
			'La vérification de Remote n’indique pas la collection d’endpoints d’un jeton : assurez-vous qu’elle correspond à ce que {platform} fait de vos données.',
		notAResult: 'Ce centre d’aide a répondu {status} au lieu d’un résultat. Réessayez dans un instant.',
		unreachable: 'Le serveur de ce centre d’aide est injoignable. Vérifiez votre connexion, puis réessayez.',
		markdownLive:
			'Cette page contient un testeur de jetons interactif : il vérifie le format et l’environnement d’un jeton dans le navigateur et, si vous le demandez, l’envoie une seule fois vers {service}, qui interroge une seule fois l’endpoint d’identité de Remote. Sans navigateur, utilisez les commandes de terminal ci-dessous.',
		markdownOffline:
			'Cette page contient un testeur de jetons interactif : il vérifie le format et l’environnement d’un jeton dans le navigateur ; sur cette copie des guides, il n’envoie jamais le jeton nulle part. Pour interroger Remote directement, utilisez les commandes de terminal ci-dessous.',
		demoSummary: 'Jetons de démonstration pour le simulateur de Remote',
	},
	terminalCheck: {
		shell: 'macOS ou Linux',
		powershell: 'Windows PowerShell',
		pasteComment: 'Collez le jeton et appuyez sur Entrée (rien ne s’affiche pendant le collage) :',
		pasteAtPromptComment: 'Collez le jeton à l’invite et appuyez sur Entrée (rien ne s’affiche pendant le collage) :',
		notRemote: 'Ce n’est pas un jeton d’API Remote : il ne commence ni par {production} ni par {sandbox}.',
	},
	/** /reconnect/ : la note au-dessus de la seule raison qu’une plateforme indique (`?reason=`). */
	reconnect: {
		filtered: '{platform} vous a envoyé ici avec la raison qu’il a constatée : seule cette raison est affichée.',
		showAll: 'Afficher toutes les raisons',
	},
	decoder: {
		title: 'Décoder un message d’erreur',
		label: 'Collez l’erreur affichée par votre plateforme ou par Remote',
		placeholder: 'Par exemple : 401 Unauthorized',
		hint: 'Lu uniquement dans votre navigateur : rien de ce que vous collez n’est envoyé ni conservé.',
		decode: 'Décoder',
		empty: 'Collez d’abord un message d’erreur.',
		noMatch:
			'Ce centre d’aide ne connaît pas ce message. Cherchez ce que vous voyez dans le tableau en haut du dépannage, ou testez le jeton lui-même.',
		noMatchLink: 'Dépannage',
		secretFound:
			'Votre texte contient quelque chose qui ressemble à un jeton. Il est masqué ci-dessous, et rien n’a été envoyé. Ne collez pas le jeton dans un ticket ni dans une conversation.',
		youPasted: 'Votre texte, avec tout ce qui ressemble à un jeton masqué :',
		found: 'Trouvé : « {text} », tel que {speaker} l’affiche.',
		moreFound: 'Le message contient aussi :',
		readSection: 'À lire : {section}',
		fixSteps: 'Corriger étape par étape',
		noscript: 'Le décodeur a besoin de JavaScript. Cherchez plutôt le message dans la liste ci-dessous.',
		noscriptLinked: 'Le décodeur a besoin de JavaScript. Les messages qu’il connaît sont listés sur {link}.',
		noscriptLink: 'Décoder un message d’erreur',
		markdown:
			'Cette page contient un décodeur d’erreurs : collez un message d’erreur et il indique la cause probable, dans le navigateur, sans rien envoyer. Les messages qu’il connaît : {url}',
		anyHttpTool: 'n’importe quel outil HTTP',
		means: {
			unauthorized:
				'Remote n’accepte plus le jeton : il a probablement été révoqué ou remplacé, ou le compte de la personne qui l’a généré a changé. La solution : un jeton qui fonctionne dans votre plateforme.',
			forbidden:
				'Remote accepte le jeton mais refuse la demande : la collection d’endpoints du jeton ne l’autorise probablement pas. La solution : un jeton avec la collection dont votre plateforme a besoin.',
			rate_limited:
				'La limite de requêtes de Remote est atteinte. Le jeton n’est pas en cause : attendez une minute, puis laissez votre plateforme réessayer.',
			remote_unavailable:
				'Remote n’a pas pu répondre. Le jeton n’est probablement pas en cause : ne le remplacez pas, et réessayez dans quelques minutes.',
		},
		certainty: {
			verified: 'La source le dit elle-même.',
			reported: 'La source le dit, mais ce n’est pas la documentation actuelle de Remote.',
			inferred: 'Probable, mais pas certain : la source ne dit pas ce qui provoque ce message.',
		},
		sections: {
			unauthorized: 'Erreur 401 alors que tout fonctionnait',
			forbidden: 'Permission manquante',
			rate_limited: 'Limite de requêtes atteinte',
			remote_unavailable: 'Remote est indisponible',
		},
	},
	errorCatalogue: {
		intro:
			'Chaque message est cité tel que sa source l’affiche, avec ce qu’il signifie probablement et le degré de certitude. Le décodeur les reconnaît dans votre navigateur. En données pour les plateformes : {link}.',
		shownBy: 'Affiché par',
	},
	reminder: {
		title: 'Me rappeler de vérifier ce jeton',
		intro: 'Téléchargez un rappel pour votre agenda. Il est créé dans votre navigateur : rien n’est envoyé ni conservé.',
		tokenName: 'Nom du jeton dans Remote (facultatif)',
		tokenNameHint: 'Le nom seulement, jamais le jeton lui-même.',
		when: 'Me le rappeler dans',
		days: '{days} jours',
		download: 'Télécharger le rappel (.ics)',
		downloaded: 'Rappel pour le {date} téléchargé. Ouvrez le fichier pour l’ajouter à votre agenda.',
		summary: 'Vérifier le jeton d’API Remote de {platform}',
		summaryNamed: 'Vérifier le jeton d’API Remote « {tokenName} » de {platform}',
		description:
			'Vérifiez qui a encore besoin du jeton utilisé par {platform}, et remplacez-le si la personne qui l’a généré est partie ou si vous ne savez pas qui l’a vu.',
	},
	guideAbout: ' : {about}',
	connectLabel: 'Connecter',
};
