/**
 * WCAG 2 contrast, and the accent shades a brand colour becomes in Starlight's light and dark
 * themes. Pure functions on `#rrggbb` strings, so the brand schema can check a colour and explain
 * a rejection with the measured ratio.
 */

export interface Rgb {
	r: number;
	g: number;
	b: number;
}

export interface Hsl {
	h: number;
	s: number;
	l: number;
}

/** WCAG AA for normal text: links and text on an accent background must reach this. */
export const minimumTextContrast = 4.5;
/** WCAG 1.4.11 for focus rings and control borders, which the dark theme's middle accent draws. */
export const minimumNonTextContrast = 3;

export function parseHex(hex: string): Rgb {
	const match = /^#?([0-9a-f]{6})$/i.exec(hex.trim());
	if (!match) throw new Error(`Not a #rrggbb colour: ${hex}`);
	const value = Number.parseInt(match[1]!, 16);
	return { r: (value >> 16) & 255, g: (value >> 8) & 255, b: value & 255 };
}

export function toHex({ r, g, b }: Rgb): string {
	return `#${[r, g, b].map((channel) => Math.round(channel).toString(16).padStart(2, '0')).join('')}`;
}

/** Relative luminance as WCAG 2 defines it. */
export function luminance(color: Rgb): number {
	const linear = (channel: number) => {
		const value = channel / 255;
		return value <= 0.03928 ? value / 12.92 : ((value + 0.055) / 1.055) ** 2.4;
	};
	return 0.2126 * linear(color.r) + 0.7152 * linear(color.g) + 0.0722 * linear(color.b);
}

/** The WCAG contrast ratio of two colours, from 1 (none) to 21 (black on white). */
export function contrastRatio(a: string, b: string): number {
	const [lighter, darker] = [luminance(parseHex(a)), luminance(parseHex(b))].sort((x, y) => y - x) as [number, number];
	return (lighter + 0.05) / (darker + 0.05);
}

export function toHsl({ r, g, b }: Rgb): Hsl {
	const [red, green, blue] = [r / 255, g / 255, b / 255];
	const max = Math.max(red, green, blue);
	const min = Math.min(red, green, blue);
	const l = (max + min) / 2;
	if (max === min) return { h: 0, s: 0, l };
	const d = max - min;
	const s = l > 0.5 ? d / (2 - max - min) : d / (max + min);
	const h = max === red ? (green - blue) / d + (green < blue ? 6 : 0) : max === green ? (blue - red) / d + 2 : (red - green) / d + 4;
	return { h: h * 60, s, l };
}

export function fromHsl({ h, s, l }: Hsl): Rgb {
	const hueToChannel = (p: number, q: number, t: number) => {
		const u = t < 0 ? t + 1 : t > 1 ? t - 1 : t;
		if (u < 1 / 6) return p + (q - p) * 6 * u;
		if (u < 1 / 2) return q;
		if (u < 2 / 3) return p + (q - p) * (2 / 3 - u) * 6;
		return p;
	};
	if (s === 0) return { r: l * 255, g: l * 255, b: l * 255 };
	const q = l < 0.5 ? l * (1 + s) : l + s - l * s;
	const p = 2 * l - q;
	const hue = h / 360;
	return { r: hueToChannel(p, q, hue + 1 / 3) * 255, g: hueToChannel(p, q, hue) * 255, b: hueToChannel(p, q, hue - 1 / 3) * 255 };
}

/** The colour with the same hue and saturation at lightness `l` (0–1). */
export function withLightness(hex: string, l: number): string {
	return toHex(fromHsl({ ...toHsl(parseHex(hex)), l: Math.min(1, Math.max(0, l)) }));
}

/**
 * Moves `hex` lighter (or darker) in small steps until it reaches `ratio` against every colour in
 * `against`, keeping its hue. Returns undefined when even white (or black) would not.
 */
export function shadeReaching(hex: string, against: string[], ratio: number, direction: 'lighter' | 'darker'): string | undefined {
	const start = toHsl(parseHex(hex)).l;
	for (let step = 0; step <= 100; step++) {
		const l = direction === 'lighter' ? start + (1 - start) * (step / 100) : start * (1 - step / 100);
		const candidate = withLightness(hex, l);
		if (against.every((background) => contrastRatio(candidate, background) >= ratio)) return candidate;
	}
	return undefined;
}

/** Starlight's page backgrounds: `--sl-color-black` / `--sl-color-gray-7` (light), `--sl-color-black` / `--sl-color-gray-6` (dark). */
export const starlightBackgrounds = {
	light: ['#ffffff', '#f5f6f8'],
	dark: ['#17181c', '#23262f'],
} as const;

export interface AccentShades {
	/** `--sl-color-accent-low`, `--sl-color-accent`, `--sl-color-accent-high` for each theme. */
	light: { low: string; accent: string; high: string };
	dark: { low: string; accent: string; high: string };
}

export type AccentCheck = { ok: true; shades: AccentShades } | { ok: false; ratio: number; suggestion: string | undefined };

/**
 * Derives the theme shades from a brand colour. In the light theme the colour itself is the link
 * colour and the background of white text (the current sidebar entry), so it must reach AA against
 * Starlight's light backgrounds as it is: otherwise it is rejected, with its ratio and a darker
 * shade of the same hue that would pass. The dark theme's shades are derived to pass.
 */
export function deriveAccentShades(hex: string): AccentCheck {
	const accent = toHex(parseHex(hex));
	const lightRatio = Math.min(...starlightBackgrounds.light.map((background) => contrastRatio(accent, background)));
	if (lightRatio < minimumTextContrast) {
		return {
			ok: false,
			ratio: lightRatio,
			suggestion: shadeReaching(accent, [...starlightBackgrounds.light], minimumTextContrast, 'darker'),
		};
	}
	const darkHigh = shadeReaching(
		withLightness(accent, Math.max(toHsl(parseHex(accent)).l, 0.75)),
		[...starlightBackgrounds.dark],
		7,
		'lighter',
	)!;
	const darkLow = shadeReaching(withLightness(accent, 0.22), [darkHigh], minimumTextContrast, 'darker')!;
	const lightLow = shadeReaching(withLightness(accent, 0.93), [accent], minimumTextContrast, 'lighter') ?? '#ffffff';
	const lightHigh = shadeReaching(withLightness(accent, 0.25), [lightLow], 7, 'darker')!;
	return {
		ok: true,
		shades: {
			light: { low: lightLow, accent, high: lightHigh },
			dark: {
				low: darkLow,
				accent: shadeReaching(
					withLightness(accent, Math.max(0.55, toHsl(parseHex(accent)).l)),
					[...starlightBackgrounds.dark],
					minimumNonTextContrast,
					'lighter',
				)!,
				high: darkHigh,
			},
		},
	};
}
