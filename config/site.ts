import { z } from 'astro/zod';
import { recommendCollection, type AccessRecommendation, type IntegrationUse } from '../src/lib/shared/access-recommendation.ts';
import { readEnvSettings } from '../src/lib/server/env-settings.ts';
import { houseBrandId, loadBrand, type Brand } from './brand.ts';
import type { BrandText } from './brand-schema.ts';
import { pageWordsByLocale } from '../src/i18n/page-words.ts';
import { houseServerSlugs } from '../src/lib/shared/guide-catalogue.ts';
import { feedbackRoute, hostedFeedbackUrl } from '../src/lib/shared/hosted-service.ts';
import { locales, type Locale } from '../src/lib/shared/locales.ts';

/**
 * What a build is made for: which brand (title, platform name, logo, colours: brands/<id>.json),
 * where it is published, and whether it is a demo. Read once, at build time, from the environment.
 */
export const SiteSettingsSchema = z.object({
	/** The brand file to build with, by id: `brands/<id>.json`. */
	brand: z
		.string()
		.trim()
		.regex(/^[a-z0-9][a-z0-9-]*$/, 'must be a brand id: the name of a file in brands/, without .json')
		.default(houseBrandId),
	/** The public URL the site is served from (sitemap, canonical links, llms.txt); else the brand's `site`. */
	url: z.url({ protocol: /^https?$/ }).optional(),
	/**
	 * A demo build (`npm run demo`): the token tester lists the fake gateway's demo tokens. Never set
	 * for a real deployment, whose tester talks to Remote's real gateways.
	 */
	testerDemo: z
		.enum(['1', '0', 'true', 'false'], { error: 'must be 1 or 0' })
		.transform((value) => value === '1' || value === 'true')
		.default(false),
	/**
	 * A static export (`npm run export`): no server behind the pages, so the token tester sends live
	 * checks to the brand's `tester.apiUrl`, or offers the terminal instead when there is none.
	 */
	staticExport: z
		.enum(['1', '0', 'true', 'false'], { error: 'must be 1 or 0' })
		.transform((value) => value === '1' || value === 'true')
		.default(false),
});

export type SiteSettings = z.output<typeof SiteSettingsSchema>;

/** The environment variable behind each setting: the one place that maps names to fields. */
export const siteSettingsVariables = {
	brand: 'BRAND',
	url: 'SITE_URL',
	testerDemo: 'TESTER_DEMO',
	staticExport: 'STATIC_EXPORT',
} as const satisfies Record<keyof SiteSettings, string>;

/** Reads the site settings from the environment, failing loudly, variable by variable, on a bad value. */
export function readSiteSettings(env: Record<string, string | undefined> = process.env): SiteSettings {
	return readEnvSettings('site settings', SiteSettingsSchema, siteSettingsVariables, env);
}

/** What the guides say of the brand's platform in one language. */
export interface SiteWords {
	/** What the guides call the integration platform (the brand's `platformName` in this language). */
	platformName: string;
	/** The platform's button that saves the connection (the brand's `connectLabel`, else the language's "Connect"). */
	connectLabel: string;
	/**
	 * The endpoint collection the brand's integration needs and why, from its `uses`, in this
	 * language; null when the brand declares none (the house brand), and the reader chooses on /generate-token/.
	 */
	access: AccessRecommendation | null;
	/** The brand's `uses`, their labels in this language. */
	uses: IntegrationUse[];
}

/** The site a build makes: its brand, and the names and URL the pages use. */
export interface Site {
	brand: Brand;
	/** The site title (the brand's `name`). */
	title: string;
	/** What the guides call the integration platform (the brand's `platformName`). */
	platformName: string;
	/** The platform's button that saves the connection (the brand's `connectLabel`). */
	connectLabel: string;
	/**
	 * The endpoint collection the brand's integration needs and why, from its `uses`; null when the
	 * brand declares none (the house brand), and the reader chooses on /generate-token/.
	 */
	access: AccessRecommendation | null;
	url: string;
	testerDemo: boolean;
	/**
	 * Where the token tester sends live checks: this server's own route, the brand's hosted route in
	 * a static export, or null when an export has none (then it checks in the browser only).
	 */
	testerApiUrl: string | null;
	/**
	 * Where "Was this page helpful?" sends its answer: this server's own route, or in a static export
	 * the same route on the brand's hosted service (the origin of its `tester.apiUrl`). Null when an
	 * export has no hosted service: then the pages ask nothing.
	 */
	feedbackApiUrl: string | null;
	/** Whether this is the house brand, whose build includes the house-only pages and sections. */
	isHouse: boolean;
	/** A static export (`npm run export`): pages only, for any static host, with no server behind them. */
	staticExport: boolean;
	/** Pages this build leaves out: the brand's `hide`, and the house server's own pages everywhere else. */
	hiddenPages: string[];
	/** The languages this build ships, the root language first. */
	locales: Locale[];
	/** The language at the site's root (`/`); every other lives under `/<language>/`. */
	rootLocale: Locale;
	/** What the guides say of the brand's platform, in each language this build ships. */
	words: Partial<Record<Locale, SiteWords>>;
}

/** A brand's text in `locale`: its own for that language, else its default language's. */
export function brandTextIn(text: BrandText, locale: Locale, rootLocale: Locale): string {
	return typeof text === 'string' ? text : (text[locale] ?? text[rootLocale]!);
}

/** What the guides say of the brand's platform in `locale`. */
function siteWordsIn(brand: Brand, locale: Locale): SiteWords {
	const text = (value: BrandText) => brandTextIn(value, locale, brand.defaultLocale);
	const words = pageWordsByLocale[locale];
	const platformName = text(brand.platformName);
	const uses = (brand.uses ?? []).map((use) => ({ ...use, label: text(use.label) }));
	return {
		platformName,
		connectLabel: brand.connectLabel === undefined ? words.connectLabel : text(brand.connectLabel),
		access: brand.uses ? recommendCollection(uses, platformName, { ...words, locale }) : null,
		uses,
	};
}

export function resolveSite(settings: SiteSettings = readSiteSettings()): Site {
	const brand = loadBrand(settings.brand);
	const rootLocale = brand.defaultLocale;
	const shipped: Locale[] = [rootLocale, ...locales.filter((locale) => locale !== rootLocale && brand.locales.includes(locale))];
	const words = Object.fromEntries(shipped.map((locale) => [locale, siteWordsIn(brand, locale)])) as Partial<Record<Locale, SiteWords>>;
	const rootWords = words[rootLocale]!;
	return {
		brand,
		title: brand.name,
		platformName: rootWords.platformName,
		connectLabel: rootWords.connectLabel,
		access: rootWords.access,
		url: settings.url ?? brand.site ?? 'http://localhost:4321',
		testerDemo: settings.testerDemo,
		testerApiUrl: settings.staticExport ? (brand.tester?.apiUrl ?? null) : '/api/connection-test',
		feedbackApiUrl: settings.staticExport ? hostedFeedbackUrl(brand.tester?.apiUrl) : feedbackRoute,
		isHouse: brand.id === houseBrandId,
		staticExport: settings.staticExport,
		// The house server's pages exist there only: its static export has no /embed/token-tester.js
		// or API to show them working, and another brand's site does not offer embedding at all.
		hiddenPages: brand.id === houseBrandId && !settings.staticExport ? [...brand.hide] : [...brand.hide, ...houseServerSlugs],
		locales: shipped,
		rootLocale,
		words,
	};
}
