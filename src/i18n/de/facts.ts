import type { FactWords } from '../fact-words';

/** The fact registry's words in German (see ../fact-words.ts and docs/glossary.md). */
export const factWords: FactWords = {
	facts: {
		'sign-in-url': {
			statement: 'Die Anleitung eines Partners meldet sich bei einem Live-Unternehmen in Remote unter `https://employ.remote.com/` an.',
			note: 'Der Quick Start Guide von Remote sagt nur, man solle sich „bei seinem remote.com-Konto anmelden“, ohne Adresse. Das ist nur die Anmeldung für das Live-Unternehmen: Ein Sandbox-Unternehmen erreichen Sie auf anderem Weg (siehe „sandbox-access“).',
		},
		'admins-and-owners-only': {
			statement:
				'Nur ein **Admin** oder der **Owner** eines Unternehmens kann API-Tokens erstellen und widerrufen; der Quick Start Guide von Remote ergänzt, dass die Integrationsseite die Admin-Rolle im Unternehmen erfordert.',
		},
		'company-roles': {
			statement:
				'Das Hilfe-Center von Remote nennt sechs Standardrollen für Unternehmen, darunter **Owner** (einer pro Unternehmen) und **Super Admin**, der fast alles tun kann, was der Owner kann; ein Unternehmen kann außerdem angepasste Rollen anlegen.',
		},
		'other-roles-view': {
			statement:
				'Remote sagt nicht, was andere Rollen oder eine angepasste Rolle auf der Integrationsseite sehen; rechnen Sie damit, dass ihnen die Karte **Remote API** oder deren Button **Generate API token** (API-Token erstellen) fehlt.',
			note: 'Gefolgert aus der Regel, dass nur Admins und der Owner Tokens erstellen. Eine angepasste Rolle kann, was ihre Berechtigungen erlauben, und keine Seite von Remote sagt, welche Berechtigung API-Tokens umfasst.',
		},
		'active-account': {
			statement: 'Die Anleitung eines Partners nennt ein aktives Unternehmenskonto bei Remote als Voraussetzung.',
			note: 'Die Seiten von Remote selbst sagen nicht, was ein nicht aktives Konto mit Tokens tun kann.',
		},
		'app-language': {
			statement:
				'Die Seiten von Remote zeigen dessen Oberfläche auf Englisch; keine davon sagt, ob sich die App von Remote in einer anderen Sprache anzeigen lässt. Die Anleitungen nennen Buttons und Menüs von Remote in jeder Sprache auf Englisch, so wie auf diesen Seiten.',
			note: 'Jede Seite von Remote, die einen Button, ein Menü oder eine Rolle nennt, tut das auf Englisch, und keine erwähnt eine Spracheinstellung. Zeigt Ihr Remote eine andere Sprache an, sind die Bezeichnungen in den Anleitungen die englischen: Finden Sie jede anhand ihrer Position auf dem Bildschirm.',
		},
		'settings-path': {
			statement:
				'Die Hinweise von Remote für KI-Assistenten und Anleitungen von Partnern erreichen die Karte **Remote API** über **Company** → **Company Settings** → **Integrations & APIs**; die Autorisierungsseite von Remote nennt **Company** → **Company Settings** → **Workflows and Integrations** → **Integrations**.',
			note: 'Die Quellen von Remote widersprechen sich, und keine ist datiert, daher ist von keinem der beiden Pfade bekannt, ob er der aktuelle ist. Die Anleitungen zeigen den Pfad, den drei Quellen teilen, und nennen den anderen als Ausweichweg.',
		},
		'generate-button': {
			statement:
				'Auf der Karte **Remote API** öffnet **Generate API token** (API-Token erstellen) einen Dialog, der nach dem Namen des Tokens fragt.',
		},
		'terms-of-use': {
			statement: 'Um ein Token zu erstellen, müssen Sie den **Remote API Terms of Use** (Nutzungsbedingungen der Remote API) zustimmen.',
		},
		'endpoint-collections': {
			statement:
				'Die Anleitung eines Partners zeigt beim Erstellen eines Tokens eine Auswahl unter **Endpoint collections** (Endpunktsammlungen): **Read Only** (nur lesen) oder **Full Access** (lesen und schreiben), mindestens eine davon; die Seiten von Remote selbst erwähnen diesen Schritt nicht.',
			note: 'Nur die Anleitung von StackOne beschreibt diesen Schritt; die Autorisierungsseite von Remote geht direkt vom Namen zu den Nutzungsbedingungen.',
		},
		'collection-meaning': {
			statement:
				'Remote veröffentlicht nicht, was die einzelnen Sammlungen abdecken. Ihren Namen nach lässt **Read Only** ein Token Daten lesen, und **Full Access** lässt es zusätzlich Daten erstellen und ändern; die API-Referenz von Remote ordnet jedem Endpunkt durchaus einen Lese- und einen Schreib-Scope zu.',
			note: 'Gefolgert aus den Namen der Sammlungen und den Lese- und Schreib-Scopes in der API-Referenz von Remote; keine Seite ordnet die Sammlungen Endpunkten zu.',
		},
		'generate-confirm-button': {
			statement: 'Die Anleitung eines Partners schließt den Dialog mit einem Button **Generate** (erstellen) ab.',
			note: 'Die Seite von Remote nennt den Button des Dialogs nicht.',
		},
		'tokens-table': {
			statement:
				'Nachdem Sie ein Token erstellt haben, zeigt die Ansicht **Remote API** eine Tabelle mit den Tokens des Unternehmens: alle Ihre widerrufenen Tokens und dazu Ihr aktives.',
		},
		'token-menu': {
			statement:
				'Das Drei-Punkte-Menü (**⋯**) in der Zeile eines Tokens bietet **Copy token** (Token kopieren) und **Revoke token** (Token widerrufen).',
		},
		'copy-again-later': {
			statement:
				'Remote sagt nicht, wer ein Token erneut kopieren kann; da **Copy token** im Menü jedes aufgelisteten Tokens steht, kann das höchstwahrscheinlich jeder Admin, der die Tabelle öffnen kann, nicht nur die Person, die es erstellt hat.',
			note: 'Die Seite von Remote zeigt das Menü in den Zeilen der Tabelle; sie sagt nicht, wer es benutzen darf oder ob sich ein Token nur einmal kopieren lässt.',
		},
		'single-active-token': {
			statement:
				'Die Seite von Remote spricht von „your active access token“ (Ihrem aktiven Zugriffstoken), im Singular, und sagt nicht, ob das Erstellen eines neuen Tokens das alte widerruft oder verändert.',
			note: 'Der Singular kann auch nur eine Redeweise sein; keine Seite sagt, wie viele Tokens gleichzeitig aktiv sein können.',
		},
		'token-prefixes': {
			statement: 'Produktions-Tokens beginnen mit `ra_live_`, Sandbox-Tokens mit `ra_test_`.',
		},
		'sandbox-access': {
			statement:
				'Eine Sandbox richten Sie selbst ein: In Ihrem Live-Konto bei Remote verweist **Integrations** → **Remote API** → **Access API** (auf die API zugreifen) im rechten Seitenbereich auf die Sandbox-Umgebung, wo **Sign Up** (registrieren) ein Testunternehmen anlegt. Test-Beschäftigungsverhältnisse, die Sie dort anlegen, werden nicht berechnet.',
		},
		'sandbox-starts-empty': {
			statement: 'Ein neues Sandbox-Unternehmen ist höchstwahrscheinlich zunächst leer: Remote sagt nicht, was es enthält.',
			note: 'Gefolgert aus dem Quick Start Guide von Remote, der das Unternehmen über die Registrierung anlegt und danach vorschlägt, eine Neueinstellung anzulegen; keine Seite von Remote nennt, was ein neues Sandbox-Unternehmen enthält.',
		},
		'sandbox-app-host': {
			statement:
				'Die Hinweise von Remote für KI-Assistenten geben als Adresse der Sandbox-App `remote-sandbox.com` an (die der Live-App als `remote.com`).',
			note: 'Nur die Hinweise von Remote nennen den Host der Sandbox-App. Der Quick Start Guide von Remote erreicht die Sandbox stattdessen über einen Link im Live-Konto, und diesen Weg zeigen auch die Anleitungen.',
		},
		gateways: {
			statement:
				'Produktions-Tokens funktionieren nur mit `https://gateway.remote.com`, Sandbox-Tokens nur mit `https://gateway.remote-sandbox.com`.',
		},
		'wrong-environment-answer': {
			statement:
				'Die Hinweise von Remote für KI-Assistenten sagen, dass ein Token, das an das Gateway der anderen Umgebung gesendet wird, die Antwort `401 Unauthorized` erhält, dieselbe Antwort wie jedes Token, das dort nicht gültig ist.',
			note: 'Die Seiten von Remote für Kunden sagen, dass ein Token nur mit seinem eigenen Gateway funktioniert, aber nur die Hinweise für KI-Assistenten nennen die Antwort.',
		},
		'bearer-header': {
			statement: 'Eine Anfrage trägt das Token im Header `Authorization`, als `Bearer` gefolgt vom Token.',
		},
		'identity-endpoint': {
			statement:
				'`GET /v1/identity/current` liefert das Unternehmen, zu dem ein Token gehört, und den Benutzer, der es autorisiert hat; der Endpunkt liest nur.',
		},
		'identity-success-status': {
			statement:
				'Die API-Referenz von Remote dokumentiert eine erfolgreiche Identitätsprüfung als `201`; die dokumentierten Fehler sind `400`, `401`, `404`, `422` und `429`.',
		},
		'identity-fields': {
			statement:
				'Die Antwort der Identitätsprüfung enthält ID und Namen des Unternehmens sowie ID, Namen, E-Mail-Adresse und Status des Benutzers, der das Token autorisiert hat; über die Endpunktsammlung oder die Scopes des Tokens sagt sie nichts.',
		},
		'identity-read-only-token': {
			statement:
				'Der Identitätsendpunkt nennt keinen erforderlichen Scope, also sollte ein Token mit **Read Only** dort durchkommen; Remote sagt das nicht.',
			note: 'Gefolgert aus der fehlenden Scope-Tabelle in der API-Referenz von Remote; nicht mit einem Read-Only-Token überprüft.',
		},
		'unauthorized-answer': {
			statement:
				'Remote antwortet mit `401 Unauthorized` und einer Meldung wie `{"message": "Unauthorized"}`, wenn eine Anfrage keine gültigen Zugangsdaten enthält; die Antwort sagt nicht, warum.',
		},
		'forbidden-answer': {
			statement:
				'Remote antwortet mit `403 Forbidden` und einer Meldung wie `{"message": "Forbidden"}`, wenn das Token oder sein Benutzer diese Anfrage nicht stellen darf, weil ein Scope oder eine Rolle fehlt.',
		},
		'not-found-answer': {
			statement:
				'Remote antwortet mit `404`, wenn die angefragte Ressource nicht existiert oder mit den aktuellen Zugangsdaten nicht zugänglich ist.',
		},
		'inactive-company-answer': {
			statement:
				'Die API-Referenz von Remote beantwortet eine Anfrage, die mit dem Zustand einer Ressource kollidiert, mit `409 Conflict`; das Beispiel ihrer Fassung von 2024 lautet „Company needs to be in status active to manage employments“ (das Unternehmen muss aktiv sein, um Beschäftigungsverhältnisse zu verwalten). Bei der Identitätsprüfung ist kein Status an ein inaktives Konto gebunden.',
		},
		'rate-limit': {
			statement:
				'Die ältere Seite von Remote zum Anfragelimit nennt 20 Anfragen pro Minute und Unternehmen, geteilt von allen Tokens des Unternehmens und gezählt ab der ersten Anfrage jeder Minute; der aktuelle Wert kann abweichen.',
			note: 'Die Seite ist eine ältere Seite von Remote; die Zusammenfassung eines Dritten nennt heute 300 pro Minute, was keine Seite von Remote bestätigt, die wir lesen konnten. Dass das Limit pro Unternehmen geteilt wird, stammt von derselben Seite.',
		},
		'rate-limit-answer': {
			statement:
				'Eine Anfrage über dem Limit erhält die Antwort `429 Too Many Requests` mit einer Meldung wie `{"message": "Too many requests"}`.',
		},
		'rate-limit-headers': {
			statement:
				'Die aktuelle Seite von Remote zum Anfragelimit für Partner und die ältere Seite für Kunden sagen, dass jede authentifizierte Antwort `x-ratelimit-count`, `x-ratelimit-remaining` und `x-ratelimit-reset` enthält, wobei der letzte Header die Millisekunden bis zum Zurücksetzen des Zeitfensters angibt.',
		},
		'retry-after': {
			statement:
				'Die API-Referenz von Remote weist Clients an, bei `429` einen Header `Retry-After` zu lesen, während die Integrationshinweise von Remote sagen, dass es keinen gibt, und raten, auf `x-ratelimit-reset` zu warten.',
			note: 'Die Quellen von Remote widersprechen sich; der Tester liest `Retry-After`, wenn der Header da ist, und sonst `x-ratelimit-reset`.',
		},
		'revoke-confirm-button': {
			statement:
				'Wenn Sie **Revoke token** wählen, fragt ein Dialog, ob Sie sicher sind; sein Button **Revoke token** (Token widerrufen) widerruft das Token.',
		},
		'revoked-tokens-listed': {
			statement: 'Widerrufene Tokens bleiben in der Tabelle unter **Remote API**, neben dem aktiven Token.',
		},
		'revoked-token-answer': {
			statement:
				'Remote sagt nicht, wie es auf ein widerrufenes Token antwortet; ein widerrufenes Token ist kein gültiger Zugangsnachweis mehr, rechnen Sie also mit `401 Unauthorized`.',
			note: 'Gefolgert aus der Bedeutung, die die API-Referenz von Remote `401` gibt (keine gültigen Zugangsdaten); keine Seite von Remote nennt die Antwort auf ein widerrufenes Token.',
		},
		'revoke-is-final': {
			statement:
				'Die Anleitung eines Partners sagt, dass widerrufene Tokens nicht wiederhergestellt werden können, und die Seite von Remote bietet keinen Weg, eines wiederherzustellen.',
			note: 'Die Seite von Remote beschreibt das Widerrufen, aber kein Rückgängigmachen; nur die Anleitung eines Partners sagt ausdrücklich, dass es endgültig ist.',
		},
		'time-off-created-approved': {
			statement:
				'Die API von Remote erstellt Abwesenheiten nur als bereits genehmigt, nie als Antrag, der in Remote auf eine Genehmigung wartet.',
		},
		'time-off-create-fields': {
			statement:
				'`POST /v1/timeoff` nimmt einen `status` entgegen, der nur `"approved"` akzeptiert, und verlangt dazu `approved_at` (Datum und Uhrzeit nach ISO 8601) und `approver_id`; `approver_id` darf `null` sein.',
		},
		'time-off-approver': {
			statement:
				'`approver_id` ist die ID eines Remote-Benutzers, der Abwesenheiten genehmigen darf, oder `null`; die Fassung der Referenz von 2024 verweist auf die Liste der Manager des Unternehmens, um einen zu finden.',
		},
		'time-off-read-statuses': {
			statement:
				'Aus Remote gelesene Abwesenheiten können jeden dieser Status haben: `requested`, `approved`, `cancelled`, `declined`, `taken` und `cancel_requested`.',
		},
		'api-areas': {
			statement:
				'Die API-Referenz von Remote gruppiert Endpunkte in Kategorien, jede mit Lese- und Schreib-Scopes: Beschäftigungsverhältnisse, Zeit und Anwesenheit, Unternehmensadministration, Beschäftigungsdokumente, Zahlungen im Beschäftigungsverhältnis, Gehaltsabrechnung, Rechnungen und Unternehmensverwaltung.',
		},
		'tester-expects-length': {
			statement:
				'Dieses Hilfe-Center erwartet nach dem Präfix eines Tokens mindestens 16 Zeichen und insgesamt höchstens 512; Remote veröffentlicht keine Token-Länge.',
			note: 'Eine eigene Regel dieses Hilfe-Centers, um ein Token zu erkennen, das beim Kopieren abgeschnitten oder zusammen mit anderem Text eingefügt wurde. Beide Grenzen liegen weit entfernt von jedem Token, das die Beispiele von Remote zeigen.',
		},
		'tester-expects-characters': {
			statement:
				'Dieses Hilfe-Center erwartet ein Token als eine durchgehende Zeichenfolge aus druckbaren ASCII-Zeichen, ohne Leerzeichen; Remote veröffentlicht den Zeichensatz seiner Tokens nicht.',
			note: 'Eine eigene Regel dieses Hilfe-Centers: Ein Token wird im HTTP-Header `Authorization` übertragen, in dem ein Bearer-Token in reinem ASCII steht, und unsichtbare oder ähnlich aussehende Zeichen, die in Dokumenten und Chats hineingeraten, sind die häufigste Beschädigung eines eingefügten Tokens.',
		},
		'tester-expects-case': {
			statement:
				'Dieses Hilfe-Center erwartet ein Token genau so, wie Remote es anzeigt, mit dem Präfix in Kleinbuchstaben; Remote sagt nicht, ob bei Tokens Groß- und Kleinschreibung zählt.',
			note: 'Eine eigene Regel dieses Hilfe-Centers: Remote schreibt beide Präfixe klein, und ein in Großbuchstaben abgetipptes Token ist eine andere Zeichenfolge. Deshalb bittet der Tester um eine frische Kopie, statt zu raten.',
		},
	},
	openQuestions: {
		'token-expiry': {
			question: 'Laufen Tokens von selbst ab?',
			guidesSay:
				'Ein Token, das funktioniert hat und jetzt `401` erhält, wurde vielleicht widerrufen, das Konto der Person, die es erstellt hat, hat sich vielleicht geändert, oder es ist abgelaufen: Die Lösung ist jedes Mal dieselbe, ein neues Token.',
		},
		'creator-leaves': {
			question:
				'Was passiert mit einem Token, wenn die Person, die es erstellt hat, das Unternehmen verlässt oder ihre Admin-Rolle verliert?',
			guidesSay:
				'Es funktioniert vielleicht weiter, oder es hört auf. Ersetzen Sie es, solange die Person, die es erstellt hat, noch Admin ist, oder testen Sie es, sobald sich ihr Konto ändert.',
		},
		'generating-revokes-old': {
			question: 'Widerruft oder verändert das Erstellen eines neuen Tokens das alte?',
			guidesSay:
				'Finden Sie vor dem Erstellen heraus, wo das aktive Token sonst noch verwendet wird. Sehen Sie sich danach die Token-Tabelle an: Wird die alte Zeile als widerrufen angezeigt, aktualisieren Sie sofort alles, was das alte Token genutzt hat.',
		},
		'revoke-timing': {
			question: 'Wie schnell nach dem Widerrufen funktioniert ein Token nicht mehr?',
			guidesSay: 'Testen Sie nach dem Widerrufen die Verbindung, die Sie behalten, statt das eine oder das andere anzunehmen.',
		},
		'collection-coverage': {
			question: 'Welche Endpunkte deckt jede Endpunktsammlung (Read Only, Full Access) ab?',
			guidesSay:
				'Richten Sie sich nach den Namen der Sammlungen, im Wissen, dass es nur Namen sind: Wählen Sie Read Only, es sei denn, die Plattform erstellt oder ändert Daten.',
		},
		'custom-role-tokens': {
			question: 'Kann eine angepasste Rolle API-Tokens erstellen, kopieren oder widerrufen?',
			guidesSay: 'Fragen Sie einen Admin, ob Ihre Rolle genügt, oder bitten Sie darum, dass man Ihnen die Admin-Rolle gibt.',
		},
		'time-off-notifications': {
			question: 'Werden Vorgesetzte über Abwesenheiten benachrichtigt, die über die API erstellt werden?',
			guidesSay:
				'Genehmigen Sie Abwesenheiten, bevor sie an Remote gesendet werden, und verlassen Sie sich nicht darauf, dass Remote jemanden darüber informiert.',
		},
		'current-rate-limit': {
			question: 'Wie hoch ist das Anfragelimit für Kunden heute?',
			guidesSay:
				'Planen Sie mit dem Wert auf der älteren Seite von Remote zum Anfragelimit, und warten Sie, wenn Remote mit `429` antwortet.',
		},
	},
	topics: {
		'signing-in': 'Anmelden und die Einstellungen der Remote API finden',
		'creating-tokens': 'Ein Token erstellen und kopieren',
		environments: 'Umgebungen, Präfixe und Gateways',
		'identity-check': 'Die Identitätsprüfung',
		answers: 'Fehlerantworten von Remote',
		'rate-limits': 'Anfragelimits',
		revoking: 'Ein Token widerrufen',
		'time-off': 'Abwesenheiten',
		'areas-of-the-api': 'Bereiche der API',
		'tester-rules': 'Die eigenen Token-Prüfungen dieses Hilfe-Centers',
		'not-stated': 'Was die Seiten von Remote nicht sagen',
	},
	certainties: {
		verified: {
			label: 'bestätigt',
			meaning: 'Die aktuelle Dokumentation, das Hilfe-Center oder die API-Referenz von Remote sagt es.',
		},
		reported: {
			label: 'berichtet',
			meaning:
				'Nur Anleitungen von Partnern, eine ältere Seite von Remote oder die Hinweise von Remote für KI-Assistenten sagen es, oder die Seiten von Remote widersprechen sich darin.',
		},
		inferred: {
			label: 'gefolgert',
			meaning:
				'Eine eigene Schlussfolgerung oder eigene Regel dieses Hilfe-Centers; keine Quelle sagt es ausdrücklich. Die Anmerkung dazu nennt den Grund.',
		},
	},
	sourceKinds: {
		remote: 'Remote',
		'remote-older': 'Remote, ältere Seite',
		'remote-notes': 'Hinweise von Remote für KI-Assistenten',
		partner: 'Anleitung eines Partners',
	},
	glosses: {
		Owner: null,
		'Super Admin': null,
		Company: 'Unternehmen',
		'Company Settings': 'Unternehmenseinstellungen',
		'Integrations & APIs': 'Integrationen und APIs',
		'Workflows and Integrations': 'Workflows und Integrationen',
		Integrations: 'Integrationen',
		'Remote API': null,
		'Generate API token': 'API-Token erstellen',
		'Remote API Terms of Use': 'Nutzungsbedingungen der Remote API',
		'Endpoint collections': 'Endpunktsammlungen',
		'Read Only': 'nur lesen',
		'Full Access': 'lesen und schreiben',
		Generate: 'erstellen',
		'Copy token': 'Token kopieren',
		'Revoke token': 'Token widerrufen',
		'Access API': 'auf die API zugreifen',
		'Sign Up': 'registrieren',
	},
};
