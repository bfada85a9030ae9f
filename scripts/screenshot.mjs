// Takes the README's screenshot from the production build: starts the fake Remote and the built
// server on spare loopback ports, tests a demo token in the tester on /environments/ with Debian's
// Chromium, photographs the result, and stops both servers again.
// Usage: npm run screenshot [-- <output.png>]
import { once } from 'node:events';
import { chromium } from '@playwright/test';
import { chromiumArgs, chromiumPath } from './chromium.mjs';
import { helpCenterListening, startProcess } from './processes.mjs';

const [output = 'assets/screenshot.png'] = process.argv.slice(2);

/** Starts a Node script and resolves once it prints `ready`. */
const start = (args, env, ready) => startProcess(process.execPath, args, { env, ready });

const fake = await start(['tests/support/fake-remote.ts', '--port', '0'], {}, 'Fake Remote');
const [, sandbox, production] = /sandbox (\S+), production (\S+)/.exec(fake.printed);
const server = await start(
	['server.mjs'],
	{ HOST: '127.0.0.1', PORT: '0', REMOTE_SANDBOX_API_URL: sandbox, REMOTE_PRODUCTION_API_URL: production },
	helpCenterListening,
);
const [, helpCenter] = server.match;
try {
	const browser = await chromium.launch({
		executablePath: chromiumPath,
		args: chromiumArgs,
	});
	const page = await browser.newPage({ viewport: { width: 1280, height: 860 }, colorScheme: 'light' });
	await page.goto(`${helpCenter}/environments/`);
	await page.getByLabel('Remote API token').fill('ra_test_demo_connected_4f1c9a27b3');
	await page.getByRole('radio', { name: /^Sandbox/ }).check();
	await page.getByRole('button', { name: 'Test token' }).click();
	await page.locator('.tt-verdict').waitFor();
	await page.evaluate(() => document.querySelector('token-tester')?.scrollIntoView({ block: 'start' }));
	await page.evaluate(() => window.scrollBy(0, -140));
	await page.screenshot({ path: output });
	await browser.close();
	console.log(`Saved ${output}`);
} finally {
	for (const { child } of [server, fake]) {
		child.kill('SIGTERM');
		await once(child, 'exit');
	}
}
