import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { friendlyIssues } from '../src/lib/shared/friendly-issues.ts';
import { brandSchemaAt, display, type Brand } from './brand-schema.ts';

export type { Brand };

/**
 * Where brand files live (`BRANDS_DIR`, for tests' fixture brands; `brands/` otherwise), and the
 * brand a plain build or `npm start` uses. From the project root (where every npm script runs),
 * not this module's URL: Astro bundles this module when it renders.
 */
export const brandsDirectory = resolve(process.cwd(), process.env.BRANDS_DIR || 'brands');
export const houseBrandId = 'default';

/** A brand file that cannot be used, with every problem listed for a person to fix. */
export class BrandError extends Error {
	override name = 'BrandError';
}

/** The brands that exist, by id (file name without `.json`). */
export function listBrandIds(directory = brandsDirectory): string[] {
	if (!existsSync(directory)) return [];
	return readdirSync(directory)
		.filter((name) => name.endsWith('.json'))
		.map((name) => name.slice(0, -'.json'.length))
		.sort();
}

/**
 * Reads `brands/<id>.json` and parses it with its schema (config/brand-schema.ts), which checks it
 * and makes it the build's `Brand`. Every problem is reported at once, each as the file, the field,
 * what was found and what is expected.
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
	const result = brandSchemaAt(file).safeParse(raw);
	if (result.success) return result.data;
	const problems = friendlyIssues(result.error, raw).map((issue) =>
		issue.unknownKey !== undefined
			? `${issue.field}: found an unknown field; expected only the fields described in docs/whitelabel.md`
			: `${issue.field || '(the file)'}: found ${issue.found}, ${issue.expected}`,
	);
	throw new BrandError(`${display(file)} is not a valid brand file:\n${problems.map((problem) => `  - ${problem}`).join('\n')}`);
}
