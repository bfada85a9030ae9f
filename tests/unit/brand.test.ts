import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { loadBrand } from '../../config/brand';

/** A brands/ folder of its own with one brand file and a logo beside it. */
function brandsWith(brand: unknown, files: string[] = ['logo.svg']): string {
	const directory = mkdtempSync(join(tmpdir(), 'brands-'));
	for (const file of files) writeFileSync(join(directory, file), '<svg xmlns="http://www.w3.org/2000/svg"/>');
	writeFileSync(join(directory, 'partner.json'), typeof brand === 'string' ? brand : JSON.stringify(brand));
	return directory;
}

const valid = { name: 'Partner Help', platformName: 'Partner Hub', logo: 'logo.svg', accentColor: '#0b7a5a' };

describe('loadBrand', () => {
	test('the shipped brands are valid', () => {
		expect(loadBrand('default')).toMatchObject({
			name: 'Remote Connect',
			platformName: { en: 'the Hub', de: 'Hub', fr: 'Hub', es: 'Hub' },
			hide: [],
			locales: ['en', 'de', 'fr', 'es'],
			defaultLocale: 'en',
		});
		expect(loadBrand('default').uses).toBeUndefined();
		expect(loadBrand('default').connectLabel).toBeUndefined();
		expect(loadBrand('acme')).toMatchObject({ name: 'Acme Help Center', platformName: 'Acme Hub', hide: ['known-limitations'] });
		expect(loadBrand('larkspur')).toMatchObject({ platformName: 'Larkspur Console', connectLabel: 'Save', hide: ['known-limitations'] });
	});

	test('the example brands cover an integration that reads and one that writes', () => {
		expect(loadBrand('acme').uses!.every((use) => use.access === 'read')).toBe(true);
		expect(loadBrand('larkspur').uses!.some((use) => use.access === 'write' && use.area === 'time-off')).toBe(true);
	});

	test('uses and connectLabel are read as given; absent, the connect label is each language’s own (config/site.ts)', () => {
		const uses = [{ label: 'Create leave', access: 'write', area: 'time-off' }];
		expect(loadBrand('partner', brandsWith({ ...valid, uses, connectLabel: ' Save ' }))).toMatchObject({ uses, connectLabel: 'Save' });
		expect(loadBrand('partner', brandsWith(valid)).connectLabel).toBeUndefined();
	});

	test('resolves paths next to the brand file and uses the logo as favicon when none is given', () => {
		const directory = brandsWith(valid);
		const brand = loadBrand('partner', directory);
		expect(brand.logo).toEqual({ light: join(directory, 'logo.svg'), dark: join(directory, 'logo.svg') });
		expect(brand.favicon).toBe(join(directory, 'logo.svg'));
		expect(brand.accentShades.light.accent).toBe('#0b7a5a');
	});

	test.each<[string, Record<string, unknown>, RegExp]>([
		['a missing name', { name: undefined }, /name: found nothing, expected the site title as text/],
		['an empty platform name', { platformName: '  ' }, /platformName: found " {2}", expected a non-empty platform name/],
		['a logo that is not an image', { logo: 'logo.txt' }, /logo: found "logo.txt", expected an image file \(\.svg, \.png/],
		[
			'a logo file that does not exist',
			{ logo: 'missing.svg' },
			/logo: found "missing.svg", expected a file next to the brand file, but .*missing.svg does not exist/,
		],
		['a colour that is not hex', { accentColor: 'green' }, /accentColor: found "green", expected a six-digit hex colour like "#0b7a5a"/],
		[
			'a colour too light for links',
			{ accentColor: '#f5c518' },
			/accentColor: found "#f5c518", expected a colour that links and white text can use: it measures 1\.\d\d:1 against the page background, and WCAG AA needs 4\.5:1\. A darker shade of the same hue, "#[0-9a-f]{6}", would pass/,
		],
		['a site that is not a URL', { site: 'help.partner.test' }, /site: found "help.partner.test", expected an absolute http\(s\) URL/],
		['an unknown page to hide', { hide: ['pricing'] }, /hide\.0: found "pricing", expected one of "prerequisites"/],
		['hiding the overview', { hide: ['index'] }, /hide\.0: found "index", expected one of/],
		[
			'a tester without an absolute API URL',
			{ tester: { apiUrl: '/api/connection-test' } },
			/tester\.apiUrl: found "\/api\/connection-test", expected the absolute URL/,
		],
		['a misspelt field', { accentColour: '#0b7a5a' }, /accentColour: found an unknown field/],
		[
			'an empty button label',
			{ connectLabel: ' ' },
			/connectLabel: found " ", expected the button’s label as text, such as "Connect" or "Save"/,
		],
		['a button label that is not text', { connectLabel: 42 }, /connectLabel: found 42, expected the button’s label as text/],
		[
			'a button label longer than a button',
			{ connectLabel: 'Connect your Remote account to our platform now' },
			/connectLabel: found ".*", expected at most 30 characters/,
		],
		[
			'uses that are not a list',
			{ uses: 'sync employees' },
			/uses: found "sync employees", expected a list of uses, each \{"label": "…", "access": "read" \| "write"/,
		],
		['an empty list of uses', { uses: [] }, /uses: found \[\], expected at least one use; leave "uses" out to let readers choose/],
		[
			'a use without a label',
			{ uses: [{ access: 'read' }] },
			/uses\.0\.label: found nothing, expected what the integration does, in words/,
		],
		[
			'a use with an unknown access',
			{ uses: [{ label: 'Sync employees', access: 'writes' }] },
			/uses\.0\.access: found "writes", expected "read" \(it only reads from Remote\) or "write"/,
		],
		[
			'a use with an unknown area',
			{ uses: [{ label: 'Create leave', access: 'write', area: 'holidays' }] },
			/uses\.0\.area: found "holidays", expected one of "people", "time-off", /,
		],
		['a use with a misspelt field', { uses: [{ label: 'Sync employees', acess: 'read' }] }, /uses\.0\.acess: found an unknown field/],
	])('%s is reported with the file, the field, what was found and what is expected', (_case, change, message) => {
		const directory = brandsWith({ ...valid, ...change });
		expect(() => loadBrand('partner', directory)).toThrow(/partner\.json is not a valid brand file:/);
		expect(() => loadBrand('partner', directory)).toThrow(message);
	});

	test('every problem is listed at once', () => {
		const directory = brandsWith({ ...valid, name: '', accentColor: 'red', hide: ['nope'] });
		expect(() => loadBrand('partner', directory)).toThrow(/name: .*\n.*accentColor: .*\n.*hide\.0: /);
	});

	test('a file that is not JSON, or a brand that does not exist, says so', () => {
		expect(() => loadBrand('partner', brandsWith('{ "name": '))).toThrow(/partner\.json is not valid JSON/);
		expect(() => loadBrand('absent', brandsWith(valid))).toThrow(
			/There is no brand "absent": .*absent\.json does not exist\. Brands: partner\./,
		);
		expect(() => loadBrand('../etc', brandsWith(valid))).toThrow(/not a valid brand id/);
	});
});

test('a hosted tester must be https, except on this machine', () => {
	expect(() =>
		loadBrand('partner', brandsWith({ ...valid, tester: { apiUrl: 'http://connect.partner.test/api/connection-test' } })),
	).toThrow(/tester\.apiUrl: .*expected an https:\/\/ URL/);
	expect(
		loadBrand('partner', brandsWith({ ...valid, tester: { apiUrl: 'http://127.0.0.1:4321/api/connection-test' } })).tester?.apiUrl,
	).toContain('127.0.0.1');
});
