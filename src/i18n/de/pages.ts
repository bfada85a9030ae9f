import type { PageWords } from '../en/pages';

/** What the guides' components say, in German (the English, with notes on each part: ../en/pages.ts). */
export const pageWords: PageWords = {
	description:
		'Schritt-für-Schritt-Anleitungen für Admins eines Unternehmens: ein Remote-API-Token erstellen, die richtige Umgebung wählen, Ihr Remote-Konto verknüpfen und das Token sicher aufbewahren.',
	llms: {
		intro: 'Jede Anleitung unten verlinkt auf ihre Markdown-Fassung; danach folgt die Webseite. Alle Anleitungen in einer Datei: {url}',
		webPage: 'Webseite: {url}',
		optional: 'Optional',
		guidesData:
			'Alle Anleitungen als Daten (Warnung, Abschnitte, Schritte in Markdown), mit den Gründen für eine neue Verbindung, für den Verbindungsablauf einer Plattform.',
		errorCatalogue:
			'Die Fehlermeldungen, die der Decoder kennt, als Daten: Text, Muster, wahrscheinliche Ursache, wie sicher das ist, und Quellen.',
		mcp: 'Ein Model-Context-Protocol-Server für KI-Assistenten: Anleitungen durchsuchen und lesen, eine Fehlermeldung erklären, den Zugriff des Tokens empfehlen, Fakten mit Quellen nennen. Senden Sie ihm nie ein Token.',
		stackone: 'Die Anmeldung mit API-Token von Remote für einen StackOne-Connector, als YAML.',
		nango: 'Ein Provider-Eintrag für Remote in Nangos providers.yaml.',
		nangoConnect: 'Nangos Verbindungsseite für Remote.',
		apideck: 'Die Anleitung im Aufbau der Apideck-Verbindungsanleitungen.',
	},
	sections: {
		Overview: 'Übersicht',
		'Connect Remote': 'Remote verbinden',
		'Manage the token': 'Token verwalten',
		Reference: 'Referenz',
	},
	gloss: '({gloss})',
	pageActions: {
		markdown: 'Diese Seite als Markdown anzeigen',
	},
	footer: {
		sources: 'Woher jede Angabe über Remote in diesen Anleitungen stammt, steht unter {link}.',
		sourcesLink: 'Quellen',
		platformOffer:
			'Sie betreiben eine Integrationsplattform? Diese Anleitungen und den Token-Tester gibt es auch unter Ihrem eigenen Namen, mit Ihrem Logo und in Ihren Worten.',
		embedOffer: 'Sie können außerdem {link}.',
		embedLink: 'den Token-Tester in Ihr Verbindungsformular einbetten',
		support: 'Kommen Sie immer noch nicht weiter? {link}.',
		supportLink: 'Wenden Sie sich an den Support von {brand}',
	},
	returnLink: 'Zurück zu {platform}',
	nextGuide: 'Weiter: {link}',
	forDevelopers: 'Für Entwicklerinnen und Entwickler',
	/** „(geprüft am 2. Juni 2026)“: {date} is the day, month and year. */
	checkedOn: '(geprüft am {date})',
	/** Answers a question such as „Laufen Tokens ab?“, before what the guides advise instead. */
	notStated: 'Das sagt Remote nicht.',
	remoteApiCard: 'Wechseln Sie zu {path} und öffnen Sie die Karte {card} (nicht zu sehen? Versuchen Sie es über {alternative}).',
	sandboxSignUp: {
		intro: 'Jeder Admin kann selbst eine anlegen, und Test-Beschäftigungsverhältnisse darin werden nicht berechnet:',
		signIn: 'Melden Sie sich in Remote bei Ihrem Live-Unternehmen an.',
		access: 'Klicken Sie auf {button} und dann im rechten Seitenbereich auf den Link zur Sandbox.',
		signUp: 'Klicken Sie auf {button} und legen Sie ein Testunternehmen an: Sie befinden sich jetzt darin.',
		later: 'Um später zurückzukehren, folgen Sie den Schritten 1 bis 3 und melden Sie sich an, statt sich neu zu registrieren.',
	},
	timeOff: {
		title: 'Abwesenheiten kommen in Remote bereits genehmigt an',
		approveFirst: 'Genehmigen Sie Abwesenheiten daher in {platform} oder dort, wo der Antrag entsteht, bevor er gesendet wird.',
		moreLink: 'Was das für Genehmigungen bedeutet',
	},
	tokenReach: {
		lead: 'Was ein Token erreichen kann:',
		body: '{areas} Ihres Unternehmens. Remote sagt nicht, welche davon die einzelnen Sammlungen abdecken: Gehen Sie davon aus, dass jedes Token alle lesen kann.',
	},
	/** Plural nouns without article, so they read the same as subject and object and in a list joined by „und“. */
	areas: {
		people: 'Beschäftigungsdaten',
		'time-off': 'Abwesenheiten',
		timesheets: 'Stundenzettel',
		company: 'Unternehmensangaben',
		documents: 'Dokumente',
		expenses: 'Spesenabrechnungen',
		payroll: 'Gehaltsabrechnungsdaten',
		invoices: 'Rechnungen',
	},
	/**
	 * `{does}` continues a main clause whose subject comes first („Hub erstellt …“, „denn die Plattform
	 * erstellt …“), so each phrase starts with its verb. `needs` and `connectedNoteAccess` say „die
	 * Plattform“ rather than a pronoun, since a platform's name has no known gender.
	 */
	access: {
		writesTimeOff: 'erstellt Abwesenheiten in Remote',
		writesArea: 'erstellt oder ändert {area} in Remote',
		writesData: 'erstellt oder ändert Daten in Remote',
		readsOnly: 'liest nur {areas} aus Remote und erstellt oder ändert dort nie etwas',
		data: 'Daten',
		reason: 'Wählen Sie {collection}: {platform} {does}.',
		whatItDoes: 'Was {platform} mit Ihren Remote-Daten macht:',
		useWrites: 'erstellt oder ändert Daten in Remote',
		useReads: 'liest nur aus Remote',
		needs: '{platform} braucht ein Token mit {collection}, denn die Plattform {does}.',
		askToo: 'Fragen Sie diese Person auch, was die Plattform mit Remote macht: Davon hängt ab, welchen Zugriff das Token braucht ({link}).',
		howToChoose: 'so wählen Sie',
		chosenUnset: '{read}, wenn {platform} nur Daten liest, oder {write}, wenn die Plattform auch Daten erstellt oder ändert',
		question: 'Was macht {platform} mit Ihren Remote-Daten?',
		onlyRead: 'Nur Daten lesen',
		alsoWrite: 'Auch Daten erstellen oder ändern',
		ifReads: 'Wenn {platform} nur Daten aus Remote liest, wählen Sie {read}.',
		ifWrites: 'Wenn {platform} auch Daten in Remote erstellt oder ändert, wählen Sie {write}.',
		unsure:
			'Nicht sicher? Fragen Sie die Person, die {platform} betreut. Kann das niemand sagen, wählen Sie {read} und ersetzen Sie das Token durch eines mit {write}, falls {platform} später etwas nicht ändern kann.',
	},
	feedback: {
		question: 'War diese Seite hilfreich?',
		yes: 'Ja',
		no: 'Nein',
		commentLabel: 'Möchten Sie etwas ergänzen? (optional)',
		commentHint: 'Bis zu {limit} Zeichen. Bitte geben Sie keine Tokens und keine persönlichen Daten an.',
		send: 'Senden',
	},
	sources: {
		sourcesLabel: 'Quellen',
		howSure: 'Wie sicher:',
		checked: 'geprüft am {date}',
		linkToFact: 'Link zu dieser Angabe',
		notStatedIntro:
			'Die Seiten von Remote lassen diese Fragen offen. Die Anleitungen behaupten deshalb weder das eine noch das andere und sagen stattdessen, was Sie tun können. Wenn Sie eine Antwort von Remote kennen, teilen Sie sie uns mit Quelle mit.',
		insteadLead: 'Was Sie stattdessen tun:',
		questionChecked: '(Geprüft am {date}.)',
	},
	tester: {
		title: 'Ihr Token testen',
		tokenLabel: 'Remote-API-Token',
		placeholder: 'ra_live_… oder ra_test_…',
		show: 'Anzeigen',
		showToken: 'Token anzeigen',
		/** {service} is nominative here, as in /de/token-safety/ („Empfänger ist …“): serviceOwn and serviceHosted are both masculine. */
		hintLive:
			'Wird schon beim Tippen in Ihrem Browser geprüft. Gesendet wird es nur, wenn Sie auf „Token testen“ klicken, und nur einmal: Empfänger ist {service}, der nichts speichert.',
		hintOffline: 'Wird schon beim Tippen in Ihrem Browser geprüft. In dieser Version der Anleitungen wird es nie irgendwohin gesendet.',
		environment: 'Umgebung',
		test: 'Token testen',
		check: 'Token prüfen',
		noscript:
			'Der Token-Tester braucht JavaScript, das in diesem Browser ausgeschaltet ist. Dieselbe Prüfung können Sie stattdessen im Terminal ausführen: siehe unten.',
		terminalSummary: 'Stattdessen in Ihrem Terminal testen',
		terminalIntro:
			'Legen Sie das Token zuerst in {variable} ab ({command}, einfügen, Eingabetaste) und führen Sie dann den Befehl unten aus. Er gibt nur den HTTP-Status von Remote aus.',
		terminalMore:
			'Einen Befehl, der das Token auch aus der Befehlszeile heraushält, und einen für Windows PowerShell finden Sie unter {link}.',
		terminalLink: 'Stattdessen im Terminal testen',
		/** Nominative, and masculine like serviceHosted: „Empfänger ist der eigene Server …, der nichts speichert“. */
		serviceOwn: 'der eigene Server dieses Hilfe-Centers',
		serviceHosted: 'der Token-Testdienst unter {host}',
		offlineNote:
			'Die Live-Prüfung mit Remote ist auf dieser Seite nicht verfügbar. Um Remote selbst zu fragen, führen Sie den Befehl unter „Stattdessen in Ihrem Terminal testen“ aus.',
		connectedNoteAccess:
			'Die Prüfung von Remote zeigt nicht, welche Endpunktsammlung ein Token hat. {platform} braucht {collection}, denn die Plattform {does}.',
		connectedNote:
			'Die Prüfung von Remote zeigt nicht, welche Endpunktsammlung ein Token hat: Stellen Sie sicher, dass sie zu dem passt, was {platform} mit Ihren Daten macht.',
		notAResult: 'Dieses Hilfe-Center hat mit {status} statt mit einem Ergebnis geantwortet. Versuchen Sie es gleich noch einmal.',
		unreachable: 'Der Server dieses Hilfe-Centers war nicht erreichbar. Prüfen Sie Ihre Verbindung und versuchen Sie es erneut.',
		markdownLive:
			'Diese Seite hat einen interaktiven Token-Tester: Er prüft Format und Umgebung eines Tokens im Browser und sendet es auf Wunsch einmal weiter. Empfänger ist {service}, der einmal den Identitätsendpunkt von Remote abfragt. Ohne Browser verwenden Sie die Terminal-Befehle unten.',
		markdownOffline:
			'Diese Seite hat einen interaktiven Token-Tester: Er prüft Format und Umgebung eines Tokens im Browser; in dieser Version der Anleitungen sendet er das Token nie irgendwohin. Um Remote selbst zu fragen, verwenden Sie die Terminal-Befehle unten.',
		demoSummary: 'Demo-Tokens für das simulierte Remote',
	},
	terminalCheck: {
		shell: 'macOS oder Linux',
		powershell: 'Windows PowerShell',
		pasteComment: 'Token einfügen und Enter drücken (beim Einfügen wird nichts angezeigt):',
		pasteAtPromptComment: 'Token an der Eingabeaufforderung einfügen und Enter drücken (beim Einfügen wird nichts angezeigt):',
		notRemote: 'Kein Remote-API-Token: Es beginnt weder mit {production} noch mit {sandbox}.',
	},
	/** /reconnect/: der Hinweis über dem einen Grund, den eine Plattform nennt (`?reason=`). */
	reconnect: {
		filtered: '{platform} hat Sie mit dem Grund hierher geschickt, den es gesehen hat. Deshalb wird nur dieser Grund angezeigt.',
		showAll: 'Alle Gründe anzeigen',
	},
	decoder: {
		title: 'Fehlermeldung entschlüsseln',
		label: 'Fügen Sie die Fehlermeldung ein, die Ihre Plattform oder Remote angezeigt hat',
		placeholder: 'Zum Beispiel: 401 Unauthorized',
		hint: 'Wird nur in Ihrem Browser gelesen: Nichts, was Sie einfügen, wird gesendet oder gespeichert.',
		decode: 'Entschlüsseln',
		empty: 'Fügen Sie zuerst eine Fehlermeldung ein.',
		noMatch:
			'Diese Meldung kennt das Hilfe-Center nicht. Suchen Sie das, was Sie sehen, in der Tabelle oben in der Fehlerbehebung, oder testen Sie das Token selbst.',
		noMatchLink: 'Fehlerbehebung',
		secretFound:
			'Ihr Text enthält etwas, das wie ein Token aussieht. Es ist unten unkenntlich gemacht, und nichts wurde gesendet. Fügen Sie das Token nicht in ein Ticket oder einen Chat ein.',
		youPasted: 'Ihr Text, alles Token-Ähnliche unkenntlich gemacht:',
		found: 'Gefunden: „{text}“, so wie {speaker} es anzeigt.',
		moreFound: 'Die Meldung enthält außerdem:',
		readSection: 'Lesen Sie: {section}',
		fixSteps: 'Schritt für Schritt beheben',
		noscript: 'Der Decoder braucht JavaScript. Suchen Sie die Meldung stattdessen in der Liste unten.',
		noscriptLinked: 'Der Decoder braucht JavaScript. Die Meldungen, die er kennt, stehen unter {link}.',
		noscriptLink: 'Fehlermeldung entschlüsseln',
		markdown:
			'Diese Seite hat einen Fehler-Decoder: Fügen Sie eine Fehlermeldung ein, und er nennt die wahrscheinliche Ursache, im Browser, ohne etwas zu senden. Die Meldungen, die er kennt: {url}',
		anyHttpTool: 'jedes HTTP-Werkzeug',
		means: {
			unauthorized:
				'Remote akzeptiert das Token nicht mehr: Vermutlich wurde es widerrufen oder ersetzt, oder das Konto der Person, die es erstellt hat, hat sich geändert. Die Lösung ist ein funktionierendes Token in Ihrer Plattform.',
			forbidden:
				'Remote akzeptiert das Token, lehnt aber die Anfrage ab: Vermutlich erlaubt die Endpunktsammlung des Tokens sie nicht. Die Lösung ist ein Token mit der Sammlung, die Ihre Plattform braucht.',
			rate_limited:
				'Das Anfragelimit von Remote ist erreicht. Das Token ist in Ordnung: Warten Sie eine Minute, und lassen Sie Ihre Plattform es dann erneut versuchen.',
			remote_unavailable:
				'Remote konnte nicht antworten. Das Token ist vermutlich in Ordnung: Ersetzen Sie es nicht, und versuchen Sie es in ein paar Minuten erneut.',
		},
		certainty: {
			verified: 'Die Quelle sagt das selbst.',
			reported: 'Die Quelle sagt das, sie ist aber nicht die aktuelle Dokumentation von Remote.',
			inferred: 'Wahrscheinlich, nicht sicher: Die Quelle sagt nicht, was die Meldung auslöst.',
		},
		sections: {
			unauthorized: 'Hat funktioniert, jetzt 401',
			forbidden: 'Fehlende Berechtigung',
			rate_limited: 'Anfragelimit erreicht',
			remote_unavailable: 'Remote ist nicht verfügbar',
		},
	},
	errorCatalogue: {
		intro:
			'Jede Meldung steht so da, wie ihre Quelle sie zeigt, mit ihrer wahrscheinlichen Bedeutung und wie sicher diese ist. Der Decoder erkennt sie in Ihrem Browser. Als Daten für Plattformen: {link}.',
		shownBy: 'Angezeigt von',
	},
	reminder: {
		title: 'An die Prüfung dieses Tokens erinnern',
		intro: 'Laden Sie eine Erinnerung für Ihren Kalender herunter. Sie entsteht in Ihrem Browser: Nichts wird gesendet oder gespeichert.',
		tokenName: 'Name des Tokens in Remote (optional)',
		tokenNameHint: 'Nur der Name, nie das Token selbst.',
		when: 'Erinnern in',
		days: '{days} Tagen',
		download: 'Erinnerung herunterladen (.ics)',
		downloaded: 'Erinnerung für den {date} heruntergeladen. Öffnen Sie die Datei, um sie Ihrem Kalender hinzuzufügen.',
		summary: 'Remote-API-Token von {platform} prüfen',
		summaryNamed: 'Remote-API-Token „{tokenName}“ von {platform} prüfen',
		description:
			'Prüfen Sie, wer das Token, das {platform} nutzt, noch braucht, und ersetzen Sie es, wenn die Person, die es erstellt hat, gegangen ist oder unklar ist, wer es gesehen hat.',
	},
	guideAbout: ': {about}',
	connectLabel: 'Verbinden',
};
