import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { deriveAccentShades, type AccentShades } from '../src/lib/build/color-contrast.ts';
import { friendlyIssues } from '../src/lib/shared/friendly-issues.ts';
import { BrandSchema, type BrandFile } from './brand-schema.ts';

/**
 * Where brand files live (`BRANDS_DIR`, for tests' fixture brands; `brands/` otherwise), and the
 * brand a plain build or `npm start` uses. From the project root (where every npm script runs),
 * not this module's URL: Astro bundles this module when it renders.
 */
export const brandsDirectory = resolve(process.cwd(), process.env.BRANDS_DIR || 'brands');
export const houseBrandId = 'default';

/** A brand file, validated, with absolute asset paths and its derived accent shades. */
export interface Brand extends Omit<BrandFile, 'logo' | 'favicon'> {
	id: string;
	/** The brand file's path, for messages. */
	file: string;
	logo: { light: string; dark: string };
	favicon: string;
	accentShades: AccentShades;
}

/** A brand file that cannot be used, with every problem listed for a person to fix. */
export class BrandError extends Error {
	override name = 'BrandError';
}

const display = (file: string) => relative(process.cwd(), file) || file;

/** The brands that exist, by id (file name without `.json`). */
export function listBrandIds(directory = brandsDirectory): string[] {
	if (!existsSync(directory)) return [];
	return readdirSync(directory)
		.filter((name) => name.endsWith('.json'))
		.map((name) => name.slice(0, -'.json'.length))
		.sort();
}

/**
 * Reads and validates `brands/<id>.json`. Every problem is reported at once, each as the file, the
 * field, what was found and what is expected; images must exist next to the brand file.
 */
export function loadBrand(id: string, directory = brandsDirectory): Brand {
	if (!/^[a-z0-9][a-z0-9-]*$/.test(id)) {
		throw new BrandError(
			`Brand "${id}" is not a valid brand id: use lower-case letters, digits and hyphens (the file name in brands/, without .json).`,
		);
	}
	const file = join(directory, `${id}.json`);
	if (!existsSync(file)) {
		const known = listBrandIds(directory);
		throw new BrandError(
			`There is no brand "${id}": ${display(file)} does not exist.${known.length ? ` Brands: ${known.join(', ')}.` : ''}`,
		);
	}
	let raw: unknown;
	try {
		raw = JSON.parse(readFileSync(file, 'utf8'));
	} catch (error) {
		throw new BrandError(`${display(file)} is not valid JSON: ${error instanceof Error ? error.message : error}`);
	}
	const result = BrandSchema.safeParse(raw);
	const problems = result.success
		? []
		: friendlyIssues(result.error, raw).map((issue) =>
				issue.unknownKey !== undefined
					? `${issue.field}: found an unknown field; expected only the fields described in README.md#whitelabel`
					: `${issue.field || '(the file)'}: found ${issue.found}, ${issue.expected}`,
			);
	if (result.success) {
		const images: Array<[string, string]> = [];
		const { logo, favicon } = result.data;
		if (typeof logo === 'string') images.push(['logo', logo]);
		else images.push(['logo.light', logo.light], ['logo.dark', logo.dark]);
		if (favicon) images.push(['favicon', favicon]);
		for (const [field, path] of images) {
			if (!existsSync(resolve(dirname(file), path)))
				problems.push(
					`${field}: found ${JSON.stringify(path)}, expected a file next to the brand file, but ${display(resolve(dirname(file), path))} does not exist`,
				);
		}
		if (!favicon && !/\.(svg|png)$/i.test(typeof logo === 'string' ? logo : logo.light)) {
			problems.push('favicon: found nothing, expected an icon (.svg, .png or .ico), since the logo cannot serve as one');
		}
	}
	if (problems.length > 0 || !result.success) {
		throw new BrandError(`${display(file)} is not a valid brand file:\n${problems.map((problem) => `  - ${problem}`).join('\n')}`);
	}
	const brand = result.data;
	const at = (path: string) => resolve(dirname(file), path);
	const logo =
		typeof brand.logo === 'string'
			? { light: at(brand.logo), dark: at(brand.logo) }
			: { light: at(brand.logo.light), dark: at(brand.logo.dark) };
	const shades = deriveAccentShades(brand.accentColor);
	if (!shades.ok) throw new BrandError('unreachable: the schema checked the accent colour');
	return {
		...brand,
		id,
		file,
		logo,
		favicon: brand.favicon ? at(brand.favicon) : logo.light,
		accentShades: shades.shades,
	};
}
