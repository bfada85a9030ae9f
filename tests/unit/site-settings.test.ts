import { describe, expect, test } from 'vitest';
import { readSiteSettings } from '../../config/site';

describe('readSiteSettings', () => {
	test('defaults name the house brand and a local URL', () => {
		expect(readSiteSettings({})).toEqual({ title: 'Remote Connect', platformName: 'the Hub', url: 'http://localhost:4321', testerDemo: false });
	});

	test('reads each setting from its environment variable, trimmed', () => {
		const settings = readSiteSettings({ SITE_TITLE: ' Acme Help ', PLATFORM_NAME: 'Acme Hub', SITE_URL: 'https://help.acme.test' });
		expect(settings).toEqual({ title: 'Acme Help', platformName: 'Acme Hub', url: 'https://help.acme.test', testerDemo: false });
	});

	test('treats an empty variable as unset', () => {
		expect(readSiteSettings({ PLATFORM_NAME: '' }).platformName).toBe('the Hub');
	});

	test.each([
		['a URL without a scheme', 'help.acme.test'],
		['a non-web scheme', 'ftp://help.acme.test'],
	])('rejects %s for SITE_URL and names the variable and the value', (_reason, url) => {
		expect(() => readSiteSettings({ SITE_URL: url })).toThrow(new RegExp(`SITE_URL="${url.replace(/[./]/g, '\\$&')}"`));
	});

	test('rejects a platform name of only spaces', () => {
		expect(() => readSiteSettings({ PLATFORM_NAME: '   ' })).toThrow(/PLATFORM_NAME/);
	});
});
