import { describe, expect, test } from 'vitest';
import { readSiteSettings, resolveSite } from '../../config/site';

describe('readSiteSettings', () => {
	test('defaults build the house brand for a local URL', () => {
		expect(readSiteSettings({})).toEqual({ brand: 'default', testerDemo: false, staticExport: false });
	});

	test('reads each setting from its environment variable', () => {
		expect(readSiteSettings({ BRAND: 'acme', SITE_URL: 'https://help.acme.test', TESTER_DEMO: '1', STATIC_EXPORT: '1' })).toEqual({
			brand: 'acme',
			url: 'https://help.acme.test',
			testerDemo: true,
			staticExport: true,
		});
	});

	test('treats an empty variable as unset', () => {
		expect(readSiteSettings({ BRAND: '' }).brand).toBe('default');
	});

	test.each([
		['a URL without a scheme', 'SITE_URL', 'help.acme.test'],
		['a non-web scheme', 'SITE_URL', 'ftp://help.acme.test'],
		['a brand id with a path in it', 'BRAND', '../secrets'],
		['a demo flag that is not 1 or 0', 'TESTER_DEMO', 'maybe'],
	])('rejects %s and names the variable and the value', (_reason, variable, value) => {
		expect(() => readSiteSettings({ [variable]: value })).toThrow(`${variable}=${JSON.stringify(value)}`);
	});
});

describe('resolveSite', () => {
	test('the house brand names the site and the platform', () => {
		const site = resolveSite({ brand: 'default', testerDemo: false, staticExport: false });
		expect(site).toMatchObject({
			title: 'Remote Connect',
			platformName: 'the Hub',
			url: 'http://localhost:4321',
			testerApiUrl: '/api/connection-test',
		});
	});

	test('a partner brand brings its own names and URL; SITE_URL still wins', () => {
		expect(resolveSite({ brand: 'acme', testerDemo: false, staticExport: false })).toMatchObject({
			title: 'Acme Help Center',
			platformName: 'Acme Hub',
			url: 'https://help.acme.example',
		});
		expect(resolveSite({ brand: 'acme', url: 'https://docs.acme.test', testerDemo: false, staticExport: false }).url).toBe(
			'https://docs.acme.test',
		);
	});

	test('in a static export the tester uses the brand’s hosted route, or none', () => {
		expect(resolveSite({ brand: 'acme', testerDemo: false, staticExport: true }).testerApiUrl).toBe(
			'https://connect.acme.example/api/connection-test',
		);
		expect(resolveSite({ brand: 'default', testerDemo: false, staticExport: true }).testerApiUrl).toBeNull();
	});

	test('feedback goes to this server’s route, or in an export to the brand’s hosted service beside its tester, or nowhere', () => {
		expect(resolveSite({ brand: 'acme', testerDemo: false, staticExport: false }).feedbackApiUrl).toBe('/api/feedback');
		expect(resolveSite({ brand: 'acme', testerDemo: false, staticExport: true }).feedbackApiUrl).toBe(
			'https://connect.acme.example/api/feedback',
		);
		expect(resolveSite({ brand: 'larkspur', testerDemo: false, staticExport: false }).feedbackApiUrl).toBe('/api/feedback');
		expect(resolveSite({ brand: 'larkspur', testerDemo: false, staticExport: true }).feedbackApiUrl).toBeNull();
	});
});

describe('resolveSite: what the brand’s integration needs', () => {
	test('a brand that reads only is told Read Only; one that writes time off, Full Access and the time-off rule', () => {
		expect(resolveSite({ brand: 'acme', testerDemo: false, staticExport: false }).access).toMatchObject({
			collection: 'Read Only',
			createsTimeOff: false,
		});
		expect(resolveSite({ brand: 'larkspur', testerDemo: false, staticExport: false })).toMatchObject({
			connectLabel: 'Save',
			access: {
				collection: 'Full Access',
				reason: 'Select Full Access: Larkspur Console creates time off in Remote.',
				createsTimeOff: true,
			},
		});
	});

	test('the house brand declares no uses: the reader chooses', () => {
		expect(resolveSite({ brand: 'default', testerDemo: false, staticExport: false })).toMatchObject({
			access: null,
			connectLabel: 'Connect',
		});
	});

	test('/sources/ is not a guide a brand can hide', () => {
		for (const brand of ['default', 'acme', 'larkspur']) {
			expect(resolveSite({ brand, testerDemo: false, staticExport: true }).hiddenPages).not.toContain('sources');
		}
	});
});
