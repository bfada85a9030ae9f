/**
 * What the platform formats (/formats/…) say beyond the guides' own text, in English: field labels
 * and help as a connect form shows them, and the few sentences each format's layout asks for.
 * Every step and explanation comes from the rendered guides; these only frame them. Other
 * languages are typed `FormatWords`. `{platform}` is the brand's platform name.
 */
export const formatWords = {
	/** The connect form's fields, as the platform labels them. */
	tokenLabel: 'API token',
	environmentLabel: 'Environment',
	tokenTooltip: 'The Remote API token, starting with ra_live_ or ra_test_.',
	environmentTooltip: 'Production for a token that starts with ra_live_, Sandbox for ra_test_.',
	/** Shown when the token field's value does not match its pattern. */
	tokenPatternError:
		'This is not a whole Remote API token: it starts with ra_live_ or ra_test_, with no spaces. Copy it again from Remote.',
	/** After a field's help: the link to the step of the guides that explains it. */
	moreHelp: 'Step by step',
	/** What each environment choice warns of, where a platform shows it. */
	productionWarning: 'Production: for a token that starts with ra_live_, from your live Remote company.',
	sandboxWarning: 'Sandbox: for a token that starts with ra_test_, from a sandbox company.',
	/** Nango's connect page. */
	nango: {
		/** The page's headings, as Nango's connect pages write them. */
		overviewHeading: 'Overview',
		prerequisitesHeading: 'Prerequisites:',
		instructionsHeading: 'Instructions:',
		title: 'Remote - How do I link my account?',
		needIntro: 'To connect Remote, you need:',
		tokenNeed: 'A Remote API token that an admin generates in Remote.',
		environmentNeed: 'Production or Sandbox, whichever company the token comes from.',
		outro: 'This guide walks you through generating the token, choosing the environment and connecting.',
		stepTitle: 'Step {number}: {title}',
		closing: 'You are now connected to Remote.',
	},
	/** Apideck's consumer guide: its title, introduction and section titles (Apideck's own words in English). */
	apideck: {
		title: 'How to Connect to Remote',
		intro: 'Generate a Remote API token and connect your Remote account to {platform}.',
		sections: {
			prerequisites: 'Prerequisites',
			credentials: 'Generate Your API Token',
			environment: 'Environment',
			'connection-setup': 'Vault Connection Setup',
			'known-limitations': 'Known Limitations',
			revoking: 'Revoking Tokens',
			troubleshooting: 'Troubleshooting',
		},
		connected: 'You’re connected now!',
		moreTroubleshooting: 'Every message and its fix',
	},
};

export type FormatText = typeof formatWords;
