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
	guideAbout: ' : {about}',
	connectLabel: 'Connecter',
};
