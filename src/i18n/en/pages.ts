import type { ApiArea } from '../../lib/shared/access-recommendation.ts';
import { apiAreas } from '../../lib/shared/remote-facts.ts';
import type { GuideSection } from '../../lib/shared/guide-catalogue.ts';

/**
 * What the guides' components say in English, around what the guides' own pages say: the token
 * tester's labels, the access question, the footer, the sources page's frame… Every other
 * language is typed `PageWords`, so the compiler holds it to the same keys. `{placeholders}` are
 * filled with values (a name, a number, a link's words), never with pieces of sentences; `{…}`
 * in a sentence that wraps a component (`{platform}`) marks where the component goes.
 */
export const pageWords = {
	/** What the help center is for, in one sentence: the default meta description and the llms.txt summary. */
	description:
		'Step-by-step guides for company admins: create a Remote API token, pick the right environment, link your Remote account and keep the token safe.',
	/**
	 * llms.txt's own words around the list of guides. `optional` names the section llmstxt.org
	 * gives a meaning to (what a tool may skip), so it stays "Optional" in every language.
	 */
	llms: {
		intro: 'Each guide below links to its Markdown version; the web page is given after it. Every guide in one file: {url}',
		webPage: 'Web page: {url}',
		optional: 'Optional',
		/** The Optional section's files and services for machines, each said in a line. */
		guidesData:
			'Every guide as data (a warning, sections, steps in Markdown), with the reconnect reasons, for a platform’s own connect flow.',
		errorCatalogue: 'The error messages the decoder knows, as data: text, pattern, likely cause, how sure that is, and sources.',
		mcp: 'A Model Context Protocol server for AI assistants: search and read the guides, explain an error, recommend the token’s access, give a fact with its sources. Never send it a token.',
		stackone: 'Remote’s API-token method for a StackOne connector, in YAML.',
		nango: 'A Remote provider entry for Nango’s providers.yaml.',
		nangoConnect: 'Nango’s connect page for Remote.',
		apideck: 'The guide in Apideck’s consumer-guide layout.',
	},
	/** The sidebar's groups. */
	sections: {
		Overview: 'Overview',
		'Connect Remote': 'Connect Remote',
		'Manage the token': 'Manage the token',
		Reference: 'Reference',
	} satisfies Record<GuideSection, string>,
	/** How Remote's labels are shown: the label as on screen, then once a page its gloss. */
	gloss: '({gloss})',
	/** The link under every page title, and the 404 page's note. */
	pageActions: { markdown: 'View this page as Markdown' },
	footer: {
		sources: 'Every fact about Remote in these guides is listed with its source on {link}.',
		sourcesLink: 'Sources',
		platformOffer: 'Run an integration platform? These guides and the token tester are available under your own name, logo and wording.',
		embedOffer: 'You can also {link} in your connect form.',
		embedLink: 'embed the token tester',
		support: 'Still stuck? {link}.',
		supportLink: 'Contact {brand} support',
	},
	/** "Back to {platform}", for a reader the platform sent with `?return=`. */
	returnLink: 'Back to {platform}',
	/** "Next: …" at the end of a guide. */
	nextGuide: 'Next: {link}',
	forDevelopers: 'For developers',
	/** A fact stated with the day it was checked, for a figure that may have moved since. */
	checkedOn: '(checked {date})',
	/** The answer to a question Remote's pages leave open, before what the guides advise instead. */
	notStated: 'Remote does not say.',
	/** Where Remote's API settings are, said the same way in every step that needs it. */
	remoteApiCard: 'Go to {path} and open the {card} card (not there? Try {alternative}).',
	sandboxSignUp: {
		intro: 'Any admin can open one, and test employments in it are not charged:',
		signIn: 'Sign in to your live Remote company.',
		access: 'Click {button}, then the link to the sandbox in the right-hand panel.',
		signUp: 'Click {button} and create a test company: you are now in it.',
		later: 'Later, follow steps 1 to 3 and sign in instead.',
	},
	timeOff: {
		title: 'Time off arrives in Remote already approved',
		approveFirst: 'So approve leave in {platform} or wherever it starts, before it is sent.',
		moreLink: 'What this means for approvals',
	},
	tokenReach: {
		lead: 'What a token can reach:',
		body: 'your company’s {areas}. Remote does not say which of these each collection opens: assume any token can read them all.',
	},
	/** What each area of Remote's API holds, in an admin's words: in English, the registry's `api-areas`. */
	areas: Object.fromEntries(Object.entries(apiAreas.value).map(([area, { words }]) => [area, words])) as Record<ApiArea, string>,
	/** Which endpoint collection to select, and why (src/lib/shared/access-recommendation.ts fills these in). */
	access: {
		writesTimeOff: 'creates time off in Remote',
		writesArea: 'creates or changes {area} in Remote',
		writesData: 'creates or changes data in Remote',
		readsOnly: 'only reads {areas} from Remote and never creates or changes anything there',
		data: 'data',
		reason: 'Select {collection}: {platform} {does}.',
		whatItDoes: 'What {platform} does with your Remote data:',
		useWrites: 'creates or changes data in Remote',
		useReads: 'only reads from Remote',
		needs: '{platform} needs a token with {collection}: it {does}.',
		askToo: 'Ask them too what it does with Remote, which decides the token’s access ({link}).',
		howToChoose: 'how to choose',
		chosenUnset: '{read} if {platform} only reads data, or {write} if it also creates or changes data',
		question: 'What will {platform} do with your Remote data?',
		onlyRead: 'Only read data',
		alsoWrite: 'Also create or change data',
		ifReads: 'If {platform} only reads data from Remote, select {read}.',
		ifWrites: 'If {platform} also creates or changes data in Remote, select {write}.',
		unsure:
			'Not sure? Ask whoever runs {platform}. If nobody can say, select {read}, and replace the token with a {write} one if {platform} later fails to change something.',
	},
	feedback: {
		question: 'Was this page helpful?',
		yes: 'Yes',
		no: 'No',
		commentLabel: 'Anything to add? (optional)',
		commentHint: 'Up to {limit} characters. Please leave out tokens and personal details.',
		send: 'Send',
	},
	sources: {
		sourcesLabel: 'Sources',
		howSure: 'How sure:',
		checked: 'checked {date}',
		linkToFact: 'link to this fact',
		notStatedIntro:
			'Remote’s pages leave these open, so the guides claim nothing either way and say what to do instead. If you know an answer from Remote, tell us with a source.',
		insteadLead: 'What to do instead:',
		questionChecked: '(Checked {date}.)',
	},
	/** The live token tester on the page (its script's words are the tester words). */
	tester: {
		title: 'Test your token',
		tokenLabel: 'Remote API token',
		placeholder: 'ra_live_… or ra_test_…',
		show: 'Show',
		showToken: 'Show token',
		hintLive: 'Checked in your browser as you type. Sent only when you press Test: once, to {service}, which keeps nothing.',
		hintOffline: 'Checked in your browser as you type. On this copy of the guides it is never sent anywhere.',
		environment: 'Environment',
		test: 'Test token',
		check: 'Check token',
		noscript:
			'The token tester needs JavaScript, which is off in this browser. You can run the same check from a terminal instead: see below.',
		terminalSummary: 'Test from your terminal instead',
		terminalIntro:
			'Put the token in {variable} first ({command}, paste, Enter), then run the command below. It prints Remote’s HTTP status only.',
		terminalMore: 'For a command that also keeps the token off the command line, and one for Windows PowerShell, see {link}.',
		terminalLink: 'Test from a terminal instead',
		serviceOwn: 'this help center’s own server',
		serviceHosted: 'the token-testing service at {host}',
		offlineNote:
			'The live check with Remote is not available on this page. To ask Remote itself, run the command under “Test from your terminal instead”.',
		connectedNoteAccess: 'Remote’s check does not show which endpoint collection a token has. {platform} needs {collection}: it {does}.',
		connectedNote:
			'Remote’s check does not show which endpoint collection a token has: make sure it matches what {platform} does with your data.',
		notAResult: 'This help center answered {status} instead of a result. Try again in a moment.',
		unreachable: 'This help center’s server could not be reached. Check your connection and try again.',
		markdownLive:
			'This page has an interactive token tester: it checks a token’s format and environment in the browser and, when asked, sends it once to {service}, which asks Remote’s identity endpoint once. Without a browser, use the terminal commands below.',
		markdownOffline:
			'This page has an interactive token tester: it checks a token’s format and environment in the browser; on this copy of the guides it never sends the token anywhere. To ask Remote itself, use the terminal commands below.',
		demoSummary: 'Demo tokens for the fake Remote',
	},
	terminalCheck: {
		shell: 'macOS or Linux',
		powershell: 'Windows PowerShell',
		/** Comment lines and messages inside the commands (Remote's output, `HTTP status: 401`, stays as the guides quote it). */
		pasteComment: 'Paste the token and press Enter (nothing is shown as you paste):',
		pasteAtPromptComment: 'Paste the token at the prompt and press Enter (nothing is shown as you paste):',
		notRemote: 'Not a Remote API token: it starts with neither {production} nor {sandbox}.',
	},
	/** /reconnect/: the notice above the one reason a platform named (`?reason=`), which the others hide behind. */
	reconnect: {
		filtered: '{platform} sent you here with the reason it saw, so only that reason is shown.',
		showAll: 'Show every reason',
	},
	/** The error decoder on /troubleshooting/ and /decode/ (src/lib/shared/error-catalogue.ts). */
	decoder: {
		title: 'Decode an error message',
		label: 'Paste the error your platform or Remote showed',
		placeholder: 'For example: 401 Unauthorized',
		hint: 'Read in your browser only: nothing you paste is sent anywhere or kept.',
		decode: 'Decode',
		empty: 'Paste an error message first.',
		noMatch:
			'This help center does not know this message. Look for what you see in the table at the top of Troubleshooting, or test the token itself.',
		noMatchLink: 'Troubleshooting',
		secretFound:
			'What you pasted contains something that looks like a token. It is masked below, and nothing was sent. Don’t paste the token into a ticket or chat.',
		youPasted: 'What you pasted, with anything token-shaped masked:',
		found: 'Found: “{text}”, as {speaker} shows it.',
		moreFound: 'The message also contains:',
		readSection: 'Read: {section}',
		fixSteps: 'Fix it step by step',
		noscript: 'The decoder needs JavaScript. Find the message in the list below instead.',
		noscriptLinked: 'The decoder needs JavaScript. The messages it knows are listed on {link}.',
		noscriptLink: 'Decode an error',
		/** What the Markdown twin and guides.json say in the decoder's place. */
		markdown:
			'This page has an error decoder: paste an error message and it names the likely cause, in the browser, without sending anything. The messages it knows: {url}',
		/** Who shows a bare status line (Remote and the platforms go by their own names: error-catalogue.ts). */
		anyHttpTool: 'any HTTP tool',
		/** What a known error most likely means, by the tester's result code it comes to. */
		means: {
			unauthorized:
				'Remote no longer accepts the token: most likely it was revoked or replaced, or its creator’s account changed. The fix is a working token in your platform.',
			forbidden:
				'Remote accepts the token but refuses what was asked: most likely the token’s endpoint collection does not allow it. The fix is a token with the collection your platform needs.',
			rate_limited: 'Remote’s rate limit was reached. The token is fine: wait a minute, then let your platform try again.',
			remote_unavailable: 'Remote could not answer. The token is most likely fine: don’t replace it, and try again in a few minutes.',
		},
		/** How sure that meaning is, in plain words. */
		certainty: {
			verified: 'The source says so.',
			reported: 'Its source says so, but it is not Remote’s current documentation.',
			inferred: 'Most likely, not certain: the source does not say what causes it.',
		},
		/** The section that explains each meaning. */
		sections: {
			unauthorized: 'It worked before, now 401',
			forbidden: 'Missing permission',
			rate_limited: 'Rate limited',
			remote_unavailable: 'Remote is unavailable',
		},
	},
	/** The list of error texts the decoder knows: on /sources/, and on /decode/ without JavaScript. */
	errorCatalogue: {
		intro:
			'Each message is quoted as its source shows it, with what it most likely means and how sure that is. The decoder matches these, in your browser. Data for platforms: {link}.',
		shownBy: 'Shown by',
	},
	/** "Remind me to review this token": a calendar file made in the browser. */
	reminder: {
		title: 'Remind me to review this token',
		intro: 'Download a reminder for your calendar. It is made in your browser: nothing is sent or kept.',
		tokenName: 'Token name in Remote (optional)',
		tokenNameHint: 'The name, never the token itself.',
		when: 'Remind me in',
		days: '{days} days',
		download: 'Download reminder (.ics)',
		downloaded: 'Reminder for {date} downloaded. Open the file to add it to your calendar.',
		summary: 'Review the Remote API token of {platform}',
		summaryNamed: 'Review the Remote API token “{tokenName}” of {platform}',
		description: 'Check who still needs the token {platform} uses, and replace it if its creator left or you are unsure who has seen it.',
	},
	/** After a guide's title in a list of guides: what the reader finds there. */
	guideAbout: ': {about}',
	/** The connect button a brand names none for. */
	connectLabel: 'Connect',
};

export type PageWords = typeof pageWords;
