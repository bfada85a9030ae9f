/** One sentence on what this help center is for: the default meta description and the llms.txt summary. */
export const siteDescription =
	'Step-by-step guides for company admins: create a Remote API token, pick the right environment, ' +
	'link your Remote account and keep the token safe.';
