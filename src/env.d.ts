// eslint-disable-next-line @typescript-eslint/consistent-type-imports -- an ambient namespace cannot import; an import type can
type Locale = import('./lib/shared/locales').Locale;

declare namespace App {
	interface Locals {
		/** How many token testers the page being rendered holds so far, so each gets ids of its own. */
		tokenTesters?: number;
		/** How many review reminders the page being rendered holds so far, so each gets ids of its own. */
		reviewReminders?: number;
		/** Which of Remote's labels the page has glossed already: each is glossed once a page. */
		glossedLabels?: Set<string>;
		/**
		 * The language a guide is rendered in outside a Starlight page (/guides.json, the Markdown
		 * twins), where Starlight's route data does not say it.
		 */
		guideLocale?: Locale;
	}
}

/** The site this build makes (config/integrations/site-module.ts): brand, names, URLs, hidden pages. */
declare module 'virtual:remote-connect/site' {
	// eslint-disable-next-line @typescript-eslint/consistent-type-imports -- an ambient module cannot import by a relative path; an import type can
	const site: import('../config/site').Site;
	export default site;
}
