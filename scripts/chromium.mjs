// Debian's Chromium, which every browser run here uses (Playwright's own download needs the
// internet): where it is, and the flags that keep it headless, quiet and offline.
export const chromiumPath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

export const chromiumArgs = [
	'--headless',
	'--no-sandbox',
	'--disable-gpu',
	'--disable-background-networking',
	'--disable-component-update',
	'--disable-sync',
	'--no-first-run',
];
