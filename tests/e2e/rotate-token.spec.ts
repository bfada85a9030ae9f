import { readFileSync } from 'node:fs';
import { pageWordsByLocale } from '../../src/i18n/page-words';
import { locales, localizePath } from '../../src/lib/shared/locales';
import { expect, test } from '../support/tester-fixtures';
import { requestsOf } from '../support/requests';

/**
 * /rotate-token/, in every language: the steps that replace a token without downtime, in the only
 * order that keeps the connection working, each leading where its work is done.
 */
for (const locale of locales) {
	test(`in ${locale}, the rotation guide replaces the token in order: generate, test, paste and connect, confirm, then revoke`, async ({
		page,
	}) => {
		await page.goto(localizePath('/rotate-token/', locale));
		await expect(page.locator('html')).toHaveAttribute('lang', locale);
		const steps = page.locator('.sl-markdown-content ol.sl-steps').first().locator(':scope > li');
		const markers = [
			// Generate the new token, with a dated name.
			steps.filter({ has: page.locator(`a[href="${localizePath('/generate-token/', locale)}"]`) }).filter({ hasText: /\d{4}-\d{2}/ }),
			// Test it with the tester.
			steps.filter({ has: page.locator(`a[href="${localizePath('/environments/#check-your-token', locale)}"]`) }).filter({
				hasText: pageWordsByLocale[locale].tester.test,
			}),
			// Paste it into the platform and press its connect button (the house brand's, in this language).
			steps.filter({ has: page.locator('strong', { hasText: new RegExp(`^${pageWordsByLocale[locale].connectLabel}$`) }) }),
			// Only then revoke the old one, found by its name, with Remote's labels as on screen.
			steps.filter({ has: page.locator('strong', { hasText: /^Revoke token$/ }) }),
		];
		const allSteps = await steps.allInnerTexts();
		const positions: number[] = [];
		for (const marker of markers) {
			await expect(marker).toHaveCount(1);
			positions.push(allSteps.indexOf(await marker.innerText()));
		}
		expect(positions).toEqual([...positions].sort((a, b) => a - b));
		// Confirming the platform works comes between connecting and revoking.
		expect(positions[3]! - positions[2]!).toBeGreaterThanOrEqual(2);
		// What Remote leaves open is said, with how to check it.
		await expect(page.locator('#does-generating-a-new-token-revoke-the-old-one')).toBeVisible();
	});
}

test('the rotation guide sits under “Manage the token”, before revoking, and the revoke guide leads to it', async ({ page }) => {
	await page.goto('/revoke-token/');
	const group = page.locator('nav[aria-label="Main"] details', { hasText: 'Manage the token' });
	await expect(group.locator('a')).toHaveText(['Replace a token without downtime', 'Revoke a token']);
	await expect(
		page.locator(
			'#replace-a-token-without-downtime ~ p a[href="/rotate-token/"], .sl-heading-wrapper:has(#replace-a-token-without-downtime) + p a[href="/rotate-token/"]',
		),
	).toHaveCount(1);
});

/** The calendar file's lines, unfolded (RFC 5545 §3.1). */
const unfolded = (file: string) => file.replace(/\r\n[ \t]/g, '').split('\r\n');

for (const locale of locales) {
	test(`in ${locale}, “Remind me to review this token” downloads a reminder made in the browser, naming the token but never holding it`, async ({
		page,
	}) => {
		const words = pageWordsByLocale[locale].reminder;
		await page.goto(localizePath('/rotate-token/', locale));
		const reminder = page.locator('.sl-markdown-content review-reminder');
		await expect(reminder).toBeVisible();
		const requests = requestsOf(page);

		for (const [days, name] of [
			[180, 'Help Center · 2026-12'],
			// A token typed where its name goes is masked, not written.
			[365, 'ra_live_Zx9Qw8Er7Ty6Ui5Op4As3Df2'],
		] as const) {
			await reminder.getByLabel(words.tokenName).fill(name);
			await reminder.getByRole('radio', { name: words.days.replace('{days}', String(days)) }).check();
			const download = page.waitForEvent('download');
			await reminder.getByRole('button', { name: words.download }).click();
			const saved = await download;
			const lines = unfolded(readFileSync((await saved.path())!, 'utf8'));
			const expected = await page.evaluate((ahead) => {
				const day = new Date();
				day.setDate(day.getDate() + ahead);
				return [day.getFullYear(), day.getMonth() + 1, day.getDate()].map((part) => String(part).padStart(2, '0')).join('');
			}, days);
			expect(saved.suggestedFilename()).toBe(
				`review-remote-token-${expected.slice(0, 4)}-${expected.slice(4, 6)}-${expected.slice(6)}.ics`,
			);
			expect(lines.filter((line) => line === 'BEGIN:VEVENT')).toHaveLength(1);
			expect(lines).toContain(`DTSTART;VALUE=DATE:${expected}`);
			const summary = lines.find((line) => line.startsWith('SUMMARY:'))!;
			// The reminder's own words in this language, naming the token by what was typed.
			expect(summary.startsWith(`SUMMARY:${words.summaryNamed.split('{tokenName}')[0]}`), summary).toBe(true);
			if (name.startsWith('ra_')) {
				expect(lines.join('\n')).not.toContain(name.slice(8));
				expect(summary).toContain('[redacted]');
			} else {
				expect(summary).toContain(name.replace(/,/g, '\\,'));
			}
			await expect(reminder.locator('.rr-status')).toContainText(words.downloaded.split('{date}')[0]!.trim());
		}
		// Made in the browser: nothing was sent anywhere.
		expect(requests.filter((request) => !request.startsWith('GET blob:'))).toEqual([]);
	});
}
