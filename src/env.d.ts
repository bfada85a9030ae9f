declare namespace App {
	interface Locals {
		/** How many token testers the page being rendered holds so far, so each gets ids of its own. */
		tokenTesters?: number;
	}
}

/** The site this build makes (config/integrations/site-module.ts): brand, names, URLs, hidden pages. */
declare module 'virtual:remote-connect/site' {
	// eslint-disable-next-line @typescript-eslint/consistent-type-imports -- an ambient module cannot import by a relative path; an import type can
	const site: import('../config/site').Site;
	export default site;
}
