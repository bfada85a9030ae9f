import { describe, expect, test } from 'vitest';
import {
	contrastRatio,
	deriveAccentShades,
	minimumNonTextContrast,
	minimumTextContrast,
	starlightBackgrounds,
} from '../../src/lib/build/color-contrast';

describe('contrastRatio', () => {
	test.each([
		['black on white is 21:1', '#000000', '#ffffff', 21],
		['a colour on itself is 1:1', '#5b34d1', '#5b34d1', 1],
		['WCAG’s own example: #767676 on white is about 4.54:1', '#767676', '#ffffff', 4.54],
	])('%s', (_case, a, b, ratio) => {
		expect(contrastRatio(a, b)).toBeCloseTo(ratio, 2);
	});

	test('is symmetric', () => {
		expect(contrastRatio('#0b7a5a', '#ffffff')).toBe(contrastRatio('#ffffff', '#0b7a5a'));
	});
});

describe('deriveAccentShades', () => {
	test.each(['#5b34d1', '#0b7a5a', '#000000', '#b00020', '#1d4ed8'])(
		'%s yields shades that all meet AA where Starlight uses them',
		(hex) => {
			const result = deriveAccentShades(hex);
			expect(result.ok).toBe(true);
			if (!result.ok) return;
			const { light, dark } = result.shades;
			expect(light.accent).toBe(hex);
			// Light theme: the accent is the link colour and the background of white text.
			for (const background of starlightBackgrounds.light)
				expect(contrastRatio(light.accent, background)).toBeGreaterThanOrEqual(minimumTextContrast);
			expect(contrastRatio(light.high, light.low)).toBeGreaterThanOrEqual(minimumTextContrast);
			// Dark theme: accent-high is the link colour, and accent-low the text on it.
			for (const background of starlightBackgrounds.dark)
				expect(contrastRatio(dark.high, background)).toBeGreaterThanOrEqual(minimumTextContrast);
			expect(contrastRatio(dark.high, dark.low)).toBeGreaterThanOrEqual(minimumTextContrast);
			// The dark theme's middle accent draws focus rings and control borders.
			for (const background of starlightBackgrounds.dark)
				expect(contrastRatio(dark.accent, background)).toBeGreaterThanOrEqual(minimumNonTextContrast);
		},
	);

	test.each([
		['a light yellow', '#f5c518'],
		['pure red', '#ff0000'],
		['a mid grey', '#777777'],
	])('rejects %s with its measured ratio and a darker shade that would pass', (_case, hex) => {
		const result = deriveAccentShades(hex);
		expect(result.ok).toBe(false);
		if (result.ok) return;
		expect(result.ratio).toBeLessThan(minimumTextContrast);
		expect(result.ratio).toBeCloseTo(Math.min(...starlightBackgrounds.light.map((background) => contrastRatio(hex, background))), 5);
		expect(deriveAccentShades(result.suggestion!).ok).toBe(true);
	});
});
