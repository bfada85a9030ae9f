import { expect, test, type Page } from '@playwright/test';
import { pageWordsByLocale } from '../../src/i18n/page-words';
import { decodedSections, knownErrors, type KnownError } from '../../src/lib/shared/error-catalogue';
import { locales, localizePath, type Locale } from '../../src/lib/shared/locales';
import { blockingViolations } from '../support/accessibility';
import { requestsOf } from '../support/requests';

/**
 * The error decoder on /decode/ and at the top of /troubleshooting/, in every language: each
 * catalogue example leads to its entry's section, a pasted token is masked and said to be, and no
 * request of any kind leaves the page while it decodes. Without JavaScript, /decode/ lists the
 * catalogue.
 */

/** One entry per meaning: what each language is checked with (English checks every example). */
const entryPerMeaning = Object.keys(decodedSections).map((means) => knownErrors.find((entry) => entry.means === means)!);
const token = 'ra_live_Zx9Qw8Er7Ty6Ui5Op4As3Df2';

async function decode(page: Page, locale: Locale, text: string) {
	const decoder = page.locator('error-decoder');
	await decoder.getByLabel(pageWordsByLocale[locale].decoder.label).fill(text);
	await decoder.getByRole('button', { name: pageWordsByLocale[locale].decoder.decode }).click();
	return decoder.locator('.ed-answer');
}

async function expectAnswer(page: Page, locale: Locale, entry: KnownError, example: string) {
	const words = pageWordsByLocale[locale].decoder;
	const answer = await decode(page, locale, example);
	await expect(answer.locator('.ed-cause'), example).toHaveText(words.means[entry.means]);
	await expect(answer.locator('[data-entry]').first(), example).toHaveAttribute('data-entry', entry.id);
	const section = answer.getByRole('link', { name: words.readSection.replace('{section}', words.sections[entry.means]) }).first();
	await expect(section, example).toHaveAttribute('href', localizePath(decodedSections[entry.means], locale));
	await expect(answer.getByRole('link', { name: words.fixSteps })).toHaveAttribute(
		'href',
		`${localizePath('/reconnect/', locale)}?reason=${entry.means}`,
	);
}

for (const locale of locales) {
	const words = pageWordsByLocale[locale].decoder;

	test(`in ${locale}, /decode/ answers each example with its section, in the browser alone, accessibly`, async ({ page }) => {
		test.setTimeout(120_000);
		await page.emulateMedia({ colorScheme: 'light' });
		await page.goto(localizePath('/decode/', locale));
		await expect(page.locator('error-decoder textarea')).toBeEnabled();
		const requests = requestsOf(page);
		const entries = locale === 'en' ? knownErrors : entryPerMeaning;
		for (const entry of entries) {
			await test.step(entry.id, async () => {
				for (const example of entry.examples) await expectAnswer(page, locale, entry, example);
			});
		}
		await test.step('a message it does not know says so, and where to look instead', async () => {
			const answer = await decode(page, locale, 'Something went wrong. Please try again later.');
			await expect(answer).toContainText(words.noMatch);
			await expect(answer.getByRole('link', { name: words.noMatchLink })).toHaveAttribute(
				'href',
				localizePath('/troubleshooting/', locale),
			);
		});
		await test.step('a pasted token is masked, said to be, and sent nowhere', async () => {
			const answer = await decode(page, locale, `Request failed: 401 Unauthorized\nAuthorization: Bearer ${token}`);
			await expect(answer.locator('.ed-secret')).toHaveText(words.secretFound);
			await expect(answer.locator('pre')).toContainText('[redacted]');
			await expect(answer.locator('.ed-cause')).toHaveText(words.means.unauthorized);
			// Off the screen too: the field now holds the masked text.
			await expect(page.locator('error-decoder textarea')).not.toHaveValue(new RegExp(token.slice(8)));
			expect(await page.locator('body').innerText()).not.toContain(token.slice(8));
		});
		expect(requests).toEqual([]);
		// With an answer, a masked token and the catalogue's list shown: in both themes in English; a
		// language changes only the words, so the others in the light theme.
		for (const theme of locale === 'en' ? (['light', 'dark'] as const) : (['light'] as const)) {
			await page.emulateMedia({ colorScheme: theme });
			await expect(page.locator('html')).toHaveAttribute('data-theme', theme);
			expect(await blockingViolations(page), `${locale}, ${theme} theme`).toEqual([]);
		}
	});

	test(`in ${locale}, the decoder tops /troubleshooting/ and answers there too, without a request`, async ({ page }) => {
		await page.goto(localizePath('/troubleshooting/', locale));
		const decoder = page.locator('.sl-markdown-content error-decoder');
		// Above the first section.
		const decoderTop = (await decoder.boundingBox())!.y;
		const firstSection = (await page.locator('h2#when-a-working-connection-stops').boundingBox())!.y;
		expect(decoderTop).toBeLessThan(firstSection);
		const requests = requestsOf(page);
		const kombo = knownErrors.find((entry) => entry.id === 'kombo-credentials-invalid')!;
		await expectAnswer(page, locale, kombo, kombo.examples[0]!);
		expect(requests).toEqual([]);
	});
}

test.describe('without JavaScript', () => {
	test.use({ javaScriptEnabled: false });

	test('/decode/ lists every message the decoder knows, with its section, and says the decoder needs JavaScript', async ({ page }) => {
		await page.goto('/decode/');
		await expect(page.locator('error-decoder textarea')).toBeDisabled();
		await expect(page.locator('error-decoder .ed-noscript')).toHaveText(pageWordsByLocale.en.decoder.noscript);
		for (const entry of knownErrors) {
			const listed = page.locator(`#error-${entry.id}`);
			await expect(listed).toContainText(entry.text);
			await expect(listed.locator(`a[href="${decodedSections[entry.means]}"]`)).toBeVisible();
		}
	});

	test('/troubleshooting/ points to that list', async ({ page }) => {
		await page.goto('/troubleshooting/');
		await expect(page.locator('error-decoder').getByRole('link', { name: pageWordsByLocale.en.decoder.noscriptLink })).toHaveAttribute(
			'href',
			'/decode/#known-messages',
		);
	});
});
