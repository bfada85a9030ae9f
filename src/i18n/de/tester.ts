import type { TesterWords } from '../en/tester';
import { maximumTokenLength, minimumBodyLength, tokenPrefixes } from '../../lib/shared/token-rules';

/** Everything the token tester says, in German (the English, with the rules behind each message: ../en/tester.ts). */

/** Where a damaged token can be copied from again, ending every message that asks for that. */
const copyAgain = 'Kopieren Sie es erneut aus der Token-Tabelle von Remote.';

/** „ra_live_“ (Produktion) or „ra_test_“ (Sandbox), for messages that name both prefixes. */
const bothPrefixes = `„${tokenPrefixes.production}“ (Produktion) oder „${tokenPrefixes.sandbox}“ (Sandbox)`;

/** Said at the end of every answer that is not about the token. */
const notYourToken = 'Das liegt nicht an Ihrem Token';

export const testerWords: TesterWords = {
	environments: {
		production: 'Produktion',
		sandbox: 'Sandbox',
	},
	notices: {
		whitespace: 'Leerzeichen oder Zeilenumbrüche vor oder nach dem Token entfernt.',
		bearer: '„Bearer “ am Anfang entfernt: Fügen Sie nur das Token selbst ein.',
		quotes: 'Anführungszeichen um das Token entfernt.',
	},
	/** Each fills `{name}` as the subject of a sentence (nominative); the characters are neuter or feminine, so they read the same as objects. */
	names: {
		'\u200b': 'ein Leerzeichen ohne Breite',
		'\u200c': 'ein unsichtbares Trennzeichen (Zero Width Non-Joiner)',
		'\u200d': 'ein unsichtbares Verbindungszeichen (Zero Width Joiner)',
		'\u2060': 'ein unsichtbares Wortverbindungszeichen (Word Joiner)',
		'\ufeff': 'eine unsichtbare Bytereihenfolge-Markierung (BOM)',
		'\u00a0': 'ein geschütztes Leerzeichen',
		'\u00ad': 'ein bedingtes Trennzeichen',
		'\u2018': 'ein typografisches Anführungszeichen',
		'\u2019': 'ein typografisches Anführungszeichen',
		'\u201c': 'ein typografisches Anführungszeichen',
		'\u201d': 'ein typografisches Anführungszeichen',
		'\u2013': 'ein Strichzeichen, das kein Bindestrich ist',
		'\u2014': 'ein Strichzeichen, das kein Bindestrich ist',
		stripe: 'ein Stripe-API-Schlüssel',
		github: 'ein GitHub-Token',
		slack: 'ein Slack-Token',
		aws: 'ein AWS-Zugriffsschlüssel',
		openai: 'ein API-Schlüssel im Stil von OpenAI',
		jwt: 'ein JSON Web Token (ein OAuth-Zugriffstoken, kein API-Token)',
	},
	format: {
		empty: 'Fügen Sie ein Remote-API-Token ein, um es zu prüfen.',
		tooLong: `Das sind {length} Zeichen; dieses Hilfe-Center erwartet höchstens ${maximumTokenLength}. Vermutlich wurde noch etwas anderes mit eingefügt.`,
		copiedCharacter: `Beim Kopieren über ein Dokument oder einen Chat ist an Position {position} {name} in das Token geraten. ${copyAgain}`,
		whitespaceInside:
			'Das Token enthält an Position {position} ein Leerzeichen oder einen Zeilenumbruch. Dieses Hilfe-Center erwartet eine durchgehende Zeichenfolge: Kopieren Sie das Token erneut in einem Stück.',
		controlCharacter: `Das Token enthält an Position {position} ein unsichtbares Steuerzeichen. ${copyAgain}`,
		nonAscii: `Das Token enthält an Position {position} ein Zeichen, das dieses Hilfe-Center nicht erwartet (einen Buchstaben oder ein Symbol außerhalb von ASCII). ${copyAgain}`,
		lookalike: `Das Token enthält an Position {position} ein Zeichen, das dieses Hilfe-Center nicht erwartet (ein Zeichen, das einem gewöhnlichen Zeichen nur ähnlich sieht). ${copyAgain}`,
		capitals:
			'Das Token beginnt mit „{start}“ in Großbuchstaben. Remote schreibt seine Präfixe klein: Kopieren Sie das Token erneut, statt es abzutippen.',
		otherVendor: `Das sieht aus wie {name}, nicht wie ein Remote-API-Token. Remote-API-Tokens beginnen mit ${bothPrefixes}.`,
		partialPrefix: `Das Token beginnt mit „ra_“, aber nicht mit ${bothPrefixes}. Vielleicht fehlt ein Teil des Präfixes: Kopieren Sie das ganze Token erneut.`,
		notRemote: `Das ist kein Remote-API-Token: Diese beginnen mit ${bothPrefixes}. Kopieren Sie eines aus der Token-Tabelle von Remote oder erstellen Sie ein neues.`,
		prefixOnly: `Das ist nur das Präfix „{prefix}“: Der Rest des Tokens fehlt. ${copyAgain}`,
		cutOff: `Nach dem Präfix folgen nur {length} Zeichen; dieses Hilfe-Center erwartet mindestens ${minimumBodyLength}. Vermutlich wurde das Token beim Kopieren abgeschnitten: Kopieren Sie es erneut.`,
	},
	precheck: {
		invalidFormat: 'Das sieht nicht nach einem gültigen Remote-API-Token aus.',
		mismatch: 'Das Token gehört zur anderen Umgebung.',
		formatFirst: 'Nicht geprüft: Zuerst muss das Format des Tokens stimmen.',
		fixFormatFirst: 'Nicht an Remote gesendet: Korrigieren Sie zuerst das Format.',
		looksLike: 'Sieht aus wie ein Token für {environment} (beginnt mit „{prefix}“).',
		cannotWork:
			'Dieses Token ist für {environment} und funktioniert nicht in der {chosen}: Wählen Sie {environment} oder verwenden Sie ein Token, das mit „{prefix}“ beginnt.',
		only401: 'Nicht an Remote gesendet: Remote würde nur mit 401 antworten.',
		prefixMatches: 'Das Präfix passt zu {environment}.',
	},
	summaries: {
		connected: 'Verbunden mit {company} – {environment}',
		unauthorized: 'Remote hat das Token abgelehnt ({environment}).',
		forbidden: 'Remote hat das Token erkannt, aber den Zugriff verweigert ({environment}).',
		rate_limited: 'Das Anfragelimit von Remote ist erreicht; versuchen Sie es später erneut.',
		upstream_error: 'Die Antwort von Remote ließ sich nicht verwenden.',
		unreachable: 'Remote war nicht erreichbar.',
		timeout: 'Remote hat nicht rechtzeitig geantwortet.',
	},
	remote: {
		accepted: 'Remote hat das Token akzeptiert.',
		not_identity:
			'Remote hat mit {status} geantwortet, aber nicht mit den üblichen Identitätsdaten, das Token ließ sich also nicht bestätigen. Versuchen Sie es später erneut.',
		rejected:
			'Remote hat das Token nicht akzeptiert ({status} Unauthorized). Am wahrscheinlichsten wurde es widerrufen oder unvollständig kopiert, oder es gehört zur anderen Umgebung.',
		refused:
			'Remote hat das Token erkannt, die Prüfung aber abgelehnt ({status} Forbidden). Diese Antwort führt die API-Referenz von Remote für den Identitätsendpunkt nicht auf.',
		rate_limited:
			'Das Anfragelimit von Remote ist vorerst erreicht: Warten Sie bis zu einer Minute und testen Sie dann einmal. Über das Token sagt das nichts aus.',
		rate_limited_reset_known:
			'Das Anfragelimit von Remote ist vorerst erreicht: Es wird in {seconds} s zurückgesetzt, testen Sie danach einmal. Über das Token sagt das nichts aus.',
		redirected:
			'Das Gateway von Remote hat mit einer Weiterleitung geantwortet ({status}). Der Tester ist ihr nicht gefolgt, das Token wurde also nirgendwohin sonst gesendet.',
		gateway_not_found:
			'Das Gateway hat mit 404 geantwortet. So antwortet Remote auf etwas, das nicht existiert oder mit den gesendeten Zugangsdaten nicht zugänglich ist. Die Identitätsprüfung gibt es für jedes Token, am wahrscheinlichsten ist also die Gateway-Adresse dieses Hilfe-Centers falsch.',
		remote_unavailable: `Remote konnte nicht antworten ({status}). ${notYourToken}: Versuchen Sie es in ein paar Minuten erneut.`,
		unexpected_status: `Das Gateway hat mit {status} geantwortet, und das sagt nichts über das Token aus. ${notYourToken}: Versuchen Sie es später erneut.`,
		timeout: `Remote hat nicht innerhalb von {seconds} s geantwortet. ${notYourToken}: Versuchen Sie es gleich noch einmal.`,
		unreachable: `Das Gateway von Remote war nicht erreichbar{network}. ${notYourToken}: Versuchen Sie es gleich noch einmal.`,
		connection_broken: `Das Gateway von Remote hat zu antworten begonnen ({status}), aber die Verbindung ist abgebrochen, bevor die Antwort vollständig war{network}. ${notYourToken}: Versuchen Sie es gleich noch einmal.`,
	},
	/** Each names its section of /de/troubleshooting/ in the words of that section's heading. */
	nextStepLabels: {
		connected: 'Konto mit diesem Token verknüpfen',
		invalid_format: 'Das Token ist kein Remote-API-Token',
		environment_mismatch: 'Falsche Umgebung korrigieren',
		unauthorized: 'Widerrufenes oder falsch eingegebenes Token',
		forbidden: 'Wenn Remote die Prüfung ablehnt',
		rate_limited: 'Anfragelimit von Remote erreicht',
		gateway_not_found: 'Wenn das Gateway nicht gefunden wird',
		unexpected_answer: 'Wenn das Gateway unerwartet antwortet',
		remote_unavailable: 'Wenn Remote nicht verfügbar ist',
		unreachable: 'Wenn Remote nicht erreichbar ist',
		timeout: 'Wenn Remote nicht rechtzeitig antwortet',
		too_many_requests: 'Warum dieses Hilfe-Center Ihre Tests pausiert',
		server_busy: 'Wenn der Tester ausgelastet ist',
		origin_not_allowed: 'Warum ein Test von einer anderen Website abgewiesen wird',
	},
	refusals: {
		too_many_requests: 'Zu viele Anfragen von Ihrer Adresse: höchstens {limit} {what} pro Minute. Versuchen Sie es in {seconds} s erneut.',
		tests: 'Tests',
		answers: 'Antworten',
		requests: 'Anfragen',
		server_busy:
			'Dieses Hilfe-Center führt bereits so viele Live-Tests aus, wie es zulässt ({cap}). Versuchen Sie es in {seconds} s erneut.',
		origin_not_allowed:
			'Anfragen von anderen Websites werden hier nicht angenommen. Verwenden Sie den Tester in diesem Hilfe-Center oder testen Sie im Terminal.',
		embedding_not_allowed:
			'Diese Website darf den Token-Tester hier nicht verwenden. Wer den Tester betreibt, kann sie in EMBED_ALLOWED_ORIGINS eintragen.',
	},
	terminal: {
		prompt: 'Remote-API-Token (wird beim Eintippen oder Einfügen nicht angezeigt):',
		noToken:
			'Kein Token angegeben: Leiten Sie es per Pipe weiter, geben Sie es bei der Eingabeaufforderung ein oder setzen Sie REMOTE_API_TOKEN.',
		company: 'Unternehmen: {company}',
		tryAgainIn: 'Versuchen Sie es in {seconds} Sekunden erneut.',
		next: 'Nächster Schritt: {label} → {url}',
	},
	ui: {
		looksLike: 'Sieht aus wie ein Token für {environment}.',
		pressTest: ' Klicken Sie auf „Token testen“, um Remote zu fragen.',
		switchTo: 'Auf {environment} umstellen',
		test: 'Token testen',
		check: 'Token prüfen',
		testing: 'Wird getestet…',
		show: 'Anzeigen',
		hide: 'Verbergen',
		showToken: 'Token anzeigen',
		hideToken: 'Token verbergen',
		token: 'Token {masked}',
		answered: 'Remote hat mit {status} geantwortet',
		milliseconds: '{latency} ms',
		retryIn: 'Sie können in {seconds} Sekunden erneut testen.',
		retryInOne: 'Sie können in 1 Sekunde erneut testen.',
		retryNow: 'Sie können jetzt erneut testen.',
		couldNotRun: 'Der Test konnte nicht laufen.',
		notAResult: 'Das Hilfe-Center hat mit {status} statt mit einem Ergebnis geantwortet. Versuchen Sie es gleich noch einmal.',
		unreachable:
			'Der Token-Tester hat diese Seite abgewiesen oder war nicht erreichbar. Vielleicht muss der Betreiber dieser Website erst die Erlaubnis erhalten, ihn einzubetten.',
		formatRight: 'Das Format passt zu {environment}.',
		offline: 'Die Live-Prüfung mit Remote ist hier nicht verfügbar.',
		tokenLabel: 'Remote-API-Token',
		environmentLabel: 'Umgebung',
		formLabel: 'Ein Remote-API-Token testen',
		attachedLabel: 'Das Remote-API-Token testen',
	},
};
