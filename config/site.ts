import { z } from 'astro/zod';
import { readEnvSettings } from '../src/lib/env-settings.ts';

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
	/**
	 * A demo build (`npm run demo`): the token tester lists the fake gateway's demo tokens. Never set
	 * for a real deployment, whose tester talks to Remote's real gateways.
	 */
	testerDemo: z
		.enum(['1', '0', 'true', 'false'], { error: 'must be 1 or 0' })
		.transform((value) => value === '1' || value === 'true')
		.default(false),
});

export type SiteSettings = z.output<typeof SiteSettingsSchema>;

/** The environment variable behind each setting: the one place that maps names to fields. */
export const siteSettingsVariables = {
	title: 'SITE_TITLE',
	platformName: 'PLATFORM_NAME',
	url: 'SITE_URL',
	testerDemo: 'TESTER_DEMO',
} as const satisfies Record<keyof SiteSettings, string>;

/** Reads the site settings from the environment, failing loudly, variable by variable, on a bad value. */
export function readSiteSettings(env: Record<string, string | undefined> = process.env): SiteSettings {
	return readEnvSettings('site settings', SiteSettingsSchema, siteSettingsVariables, env);
}

export const siteSettings = readSiteSettings();

/** One sentence on what this help center is for: the default meta description and the llms.txt summary. */
export const siteDescription =
	'Step-by-step guides for company admins: create a Remote API token, pick the right environment, ' +
	'link your Remote account and keep the token safe.';
