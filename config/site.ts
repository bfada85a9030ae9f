import { z } from 'astro/zod';

/**
 * Settings that name and place this help center. They are read once, at build time, from the
 * environment, so the same sources can be built for another host or under another platform name
 * without touching a guide.
 */
export const SiteSettingsSchema = z.object({
	/** The site title shown in the header, the browser tab, llms.txt and social cards. */
	title: z.string().trim().min(1).default('Remote Connect'),
	/**
	 * What the guides call the integration platform the reader links Remote to. Written as it reads
	 * mid-sentence ("the Hub"); `<Platform start />` capitalises it at the start of a sentence.
	 */
	platformName: z.string().trim().min(1).default('the Hub'),
	/** The public URL the site is served from: used for the sitemap, canonical links and llms.txt. */
	url: z.url({ protocol: /^https?$/ }).default('http://localhost:4321'),
});

export type SiteSettings = z.output<typeof SiteSettingsSchema>;

/** The environment variable behind each setting: the one place that maps names to fields. */
export const siteSettingsVariables = {
	title: 'SITE_TITLE',
	platformName: 'PLATFORM_NAME',
	url: 'SITE_URL',
} as const satisfies Record<keyof SiteSettings, string>;

type Env = Record<string, string | undefined>;

/** Reads the site settings from the environment, failing loudly, variable by variable, on a bad value. */
export function readSiteSettings(env: Env = process.env): SiteSettings {
	const raw = Object.fromEntries(
		Object.entries(siteSettingsVariables).map(([field, variable]) => [field, env[variable] || undefined]),
	);
	const result = SiteSettingsSchema.safeParse(raw);
	if (!result.success) {
		const problems = result.error.issues.map((issue) => {
			const variable = siteSettingsVariables[issue.path[0] as keyof SiteSettings];
			return `  - ${variable}=${JSON.stringify(raw[String(issue.path[0])])}: ${issue.message}`;
		});
		throw new Error(`Invalid site settings:\n${problems.join('\n')}`);
	}
	return result.data;
}

export const siteSettings = readSiteSettings();

/** One sentence on what this help center is for: the default meta description and the llms.txt summary. */
export const siteDescription =
	'Step-by-step guides for company admins: create a Remote API token, pick the right environment, ' +
	'link your Remote account and keep the token safe.';
