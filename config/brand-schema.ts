import { existsSync } from 'node:fs';
import { basename, dirname, relative, resolve } from 'node:path';
import { z } from 'astro/zod';
import { accessLevels, apiAreaIds } from '../src/lib/shared/access-recommendation.ts';
import { deriveAccentShades, minimumTextContrast, type AccentShades } from '../src/lib/build/color-contrast.ts';
import { hideableSlugs, requiredSidebarSlugs } from '../src/lib/shared/guide-catalogue.ts';
import { defaultLocale, locales, type Locale } from '../src/lib/shared/locales.ts';

/**
 * One brand file (`brands/<id>.json`): everything that makes the guides someone's own. Paths are
 * relative to the brand file; `brandSchemaAt` checks they exist and turns the file into the brand
 * the build uses (absolute image paths, the favicon chosen, the accent's shades derived once).
 */

const imagePath = z
	.string({ error: 'expected a path to an image, relative to the brand file' })
	.trim()
	.regex(/\.(svg|png|jpe?g|webp|avif|gif)$/i, 'expected an image file (.svg, .png, .jpg, .webp, .avif or .gif)');

const faviconPath = z
	.string({ error: 'expected a path to an icon, relative to the brand file' })
	.trim()
	.regex(/\.(svg|png|ico)$/i, 'expected an icon file (.svg, .png or .ico)');

const publicUrl = z.url({ protocol: /^https?$/, error: 'expected an absolute http(s) URL such as https://help.example.com' });

const returnOriginError = 'expected an origin, such as "https://app.acme.example": a scheme and a host (and port), with no path';

const localeList = locales.map((locale) => `"${locale}"`).join(', ');

/**
 * A brand's own words, which the guides quote: one text for every language, or one per language
 * (`{"en": "Connect", "de": "Verbinden"}`); a language without its own takes the brand's default
 * language's (the brand's `defaultLocale` must have one).
 */
function inEachLanguage(text: z.ZodString, expected: string, example: string) {
	return z.union([text, z.partialRecord(z.enum(locales), text)], {
		error: `expected ${expected}, or one per language such as {"en": ${example}, "de": …} (languages: ${localeList})`,
	});
}

/** A brand's words, one text or one per language, as the build reads them. */
export type BrandText = string | Partial<Record<Locale, string>>;

export const BrandSchema = z.strictObject({
	/** The site title, in the header, the browser tab, social cards and llms.txt. */
	name: z
		.string({ error: 'expected the site title as text' })
		.trim()
		.min(1, 'expected a non-empty site title')
		.max(60, 'expected at most 60 characters'),
	/**
	 * What the guides call the integration platform, written as it reads mid-sentence ("Acme Hub",
	 * "the Hub"); `<Platform start />` capitalises it at the start of a sentence.
	 */
	platformName: inEachLanguage(
		z
			.string({ error: 'expected the platform name as text' })
			.trim()
			.min(1, 'expected a non-empty platform name')
			.max(40, 'expected at most 40 characters'),
		'the platform name as text',
		'"Acme Hub"',
	),
	/** The languages this brand's guides ship in (default: every language the help center is written in). */
	locales: z
		.array(z.enum(locales, { error: `expected one of ${localeList}` }), { error: `expected a list of languages, such as ["de", "en"]` })
		.min(1, 'expected at least one language')
		.refine((list) => new Set(list).size === list.length, 'expected each language once')
		.default([...locales]),
	/** The language at the site's root (`/`); every other the brand ships lives under `/<language>/`. */
	defaultLocale: z.enum(locales, { error: `expected one of ${localeList}` }).default(defaultLocale),
	/** The logo: one image, or one for each theme. */
	logo: z.union([imagePath, z.strictObject({ light: imagePath, dark: imagePath })], {
		error: 'expected an image path, or {"light": "…", "dark": "…"}',
	}),
	/** Text for screen readers when the logo replaces the title; defaults to `name`. */
	logoAlt: z.string().trim().min(1).optional(),
	/** The browser tab icon; the logo's light variant when absent (if it is an SVG or PNG). */
	favicon: faviconPath.optional(),
	/**
	 * The accent colour, as `#rrggbb`. Used as-is for links and buttons in the light theme, so it
	 * must reach WCAG AA (4.5:1) there; the dark theme's shades are derived from it.
	 */
	accentColor: z
		.string({ error: 'expected a colour like "#0b7a5a"' })
		.trim()
		.regex(/^#[0-9a-fA-F]{6}$/, 'expected a six-digit hex colour like "#0b7a5a"')
		.superRefine((hex, context) => {
			// Zod runs this even when the format check above failed; that issue is reported already.
			if (!/^#[0-9a-fA-F]{6}$/.test(hex)) return;
			const check = deriveAccentShades(hex);
			if (!check.ok) {
				context.addIssue({
					code: 'custom',
					message:
						`expected a colour that links and white text can use: it measures ${check.ratio.toFixed(2)}:1 against the page background, ` +
						`and WCAG AA needs ${minimumTextContrast}:1` +
						(check.suggestion ? `. A darker shade of the same hue, "${check.suggestion}", would pass` : ''),
				});
			}
		}),
	/** Where this brand's copy of the guides is published: sitemap, canonical links, llms.txt. */
	site: publicUrl.optional(),
	/** Where readers get help from the partner; linked from every page's footer. */
	supportUrl: publicUrl.optional(),
	/**
	 * The platform's own origins ("https://app.acme.example"), where a guide's "Back to {platform}"
	 * may lead: a platform sends readers with `?return=<url>`, and a URL on any other origin is
	 * ignored, so the guides can never be made to send a reader somewhere else.
	 */
	returnOrigins: z
		.array(
			z
				.string({ error: returnOriginError })
				.refine((value) => URL.canParse(value) && new URL(value).origin === value.replace(/\/$/, ''), { error: returnOriginError })
				.refine((value) => value.startsWith('https://') || /^http:\/\/(localhost|127\.0\.0\.1)(:\d+)?\/?$/.test(value), {
					error: 'expected an https:// origin (http:// is allowed for localhost only)',
				})
				.transform((value) => new URL(value).origin),
			{ error: 'expected a list of origins, such as ["https://app.acme.example"]' },
		)
		.max(20, 'expected at most 20 origins')
		.default([]),
	/** Guides to leave out of this brand's site entirely, by slug (e.g. "known-limitations"). */
	hide: z
		.array(
			z.enum(hideableSlugs, {
				error: `expected one of ${hideableSlugs.map((slug) => `"${slug}"`).join(', ')} (${requiredSidebarSlugs.map((slug) => `"${slug}"`).join(', ')} cannot be hidden: the token tester and its verdicts link to them)`,
			}),
		)
		.default([]),
	/**
	 * The button in the platform's connect form that saves the connection, exactly as it reads there
	 * ("Connect", "Save"): the guides tell the admin to click it by name.
	 */
	connectLabel: inEachLanguage(
		z
			.string({ error: 'expected the button’s label as text, such as "Connect" or "Save"' })
			.trim()
			.min(1, 'expected the button’s label as text, such as "Connect" or "Save"')
			.max(30, 'expected at most 30 characters: the label of one button'),
		'the button’s label as text, such as "Connect" or "Save"',
		'"Connect"',
	).optional(),
	/**
	 * What the platform's integration does with Remote, in the reader's words. From it the guides
	 * derive the endpoint collection to select (Full Access if any use writes, else Read Only) and
	 * say why; a use that writes time off brings Remote's time-off rule into the steps. Absent, the
	 * reader says on /generate-token/ what the connection is for.
	 */
	uses: z
		.array(
			z.strictObject({
				/** What the integration does, as the admin would say it: "Sync employees and contracts". */
				label: inEachLanguage(
					z
						.string({ error: 'expected what the integration does, in words, such as "Sync employees and contracts"' })
						.trim()
						.min(3, 'expected what the integration does, in words, such as "Sync employees and contracts"')
						.max(80, 'expected at most 80 characters'),
					'what the integration does, in words, such as "Sync employees and contracts"',
					'"Sync employees and contracts"',
				),
				/** Whether it only reads from Remote, or also creates or changes data there. */
				access: z.enum(accessLevels, {
					error: 'expected "read" (it only reads from Remote) or "write" (it also creates or changes data there)',
				}),
				/** The part of Remote's API it touches, when one: "time-off" brings in Remote's time-off rule. */
				area: z.enum(apiAreaIds, { error: `expected one of ${apiAreaIds.map((area) => `"${area}"`).join(', ')}` }).optional(),
			}),
			{ error: 'expected a list of uses, each {"label": "…", "access": "read" | "write", "area"?: "…"}' },
		)
		.min(1, 'expected at least one use; leave "uses" out to let readers choose the access themselves')
		.max(12, 'expected at most 12 uses: name what an admin needs to know, not every endpoint')
		.optional(),
	/**
	 * Where the token tester sends live checks in an export: a hosted `/api/connection-test`. Absent,
	 * an export's tester checks format and environment in the browser only.
	 */
	tester: z
		.strictObject({
			apiUrl: z
				.url({ protocol: /^https?$/, error: 'expected the absolute URL of a hosted /api/connection-test' })
				.refine((url) => url.startsWith('https://') || /^http:\/\/(localhost|127\.0\.0\.1)(:\d+)?\//.test(url), {
					error: 'expected an https:// URL: the token travels to it (http:// is allowed for localhost only)',
				}),
		})
		.optional(),
});

export type BrandInput = z.input<typeof BrandSchema>;
export type BrandFile = z.output<typeof BrandSchema>;

/** A brand as the build uses it: the file's fields, absolute asset paths and the accent's shades. */
export interface Brand extends Omit<BrandFile, 'logo' | 'favicon'> {
	/** The file name without `.json`: what BRAND and `npm run export` name it by. */
	id: string;
	/** The brand file's path, for messages. */
	file: string;
	logo: { light: string; dark: string };
	favicon: string;
	accentShades: AccentShades;
}

/** A path as brand messages show it: from the project root. */
export const display = (path: string) => relative(process.cwd(), path) || path;

/**
 * The schema of the brand file at `file`: the file's own rules, then what needs its place on disk
 * (each image next to it exists; a favicon when the logo cannot be one), and the transform into a
 * `Brand`. Parsing is the whole of loading a brand.
 */
export function brandSchemaAt(file: string) {
	const at = (path: string) => resolve(dirname(file), path);
	return BrandSchema.superRefine(
		({ logo, favicon, locales: shipped, defaultLocale: rootLocale, platformName, connectLabel, uses }, context) => {
			if (!shipped.includes(rootLocale)) {
				context.addIssue({
					code: 'custom',
					path: ['defaultLocale'],
					message: `expected one of the brand's "locales" (${shipped.join(', ')}): the site's root is in its default language`,
				});
			}
			// Words given per language need the default language's: the others fall back to it.
			const texts: Array<[Array<string | number>, BrandText | undefined]> = [
				[['platformName'], platformName],
				[['connectLabel'], connectLabel],
				...(uses ?? []).map((use, index): [Array<string | number>, BrandText] => [['uses', index, 'label'], use.label]),
			];
			for (const [path, text] of texts) {
				if (text !== undefined && typeof text !== 'string' && !text[rootLocale]) {
					context.addIssue({
						code: 'custom',
						path,
						message: `expected a text for the brand's default language "${rootLocale}": the languages without their own take it`,
					});
				}
			}
			const images: Array<[Array<string>, string]> =
				typeof logo === 'string'
					? [[['logo'], logo]]
					: [
							[['logo', 'light'], logo.light],
							[['logo', 'dark'], logo.dark],
						];
			if (favicon) images.push([['favicon'], favicon]);
			for (const [path, image] of images) {
				if (!existsSync(at(image)))
					context.addIssue({
						code: 'custom',
						path,
						message: `expected a file next to the brand file, but ${display(at(image))} does not exist`,
					});
			}
			if (!favicon && !/\.(svg|png)$/i.test(typeof logo === 'string' ? logo : logo.light))
				context.addIssue({
					code: 'custom',
					path: ['favicon'],
					message: 'expected an icon (.svg, .png or .ico), since the logo cannot serve as one',
				});
		},
	).transform((brand, context): Brand => {
		const logo =
			typeof brand.logo === 'string'
				? { light: at(brand.logo), dark: at(brand.logo) }
				: { light: at(brand.logo.light), dark: at(brand.logo.dark) };
		const shades = deriveAccentShades(brand.accentColor);
		if (!shades.ok) {
			// The accent colour's own rule already refused it; this keeps the type honest.
			context.addIssue({ code: 'custom', path: ['accentColor'], message: `expected a colour with ${minimumTextContrast}:1 contrast` });
			return z.NEVER;
		}
		return {
			...brand,
			id: basename(file, '.json'),
			file,
			logo,
			favicon: brand.favicon ? at(brand.favicon) : logo.light,
			accentShades: shades.shades,
		};
	});
}
