// Takes the README's screenshot from the production build: starts the built server on a spare
// loopback port, photographs a guide in Debian's Chromium, and stops the server again.
// Usage: npm run screenshot [-- <path> [<output.png>]]
import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { createServer } from 'node:net';
import { chromium } from '@playwright/test';

const [path = '/environments/', output = 'assets/screenshot.png'] = process.argv.slice(2);

const port = await new Promise((resolve) => {
	const probe = createServer().listen(0, '127.0.0.1', () => {
		const { port } = probe.address();
		probe.close(() => resolve(port));
	});
});

const server = spawn(process.execPath, ['dist/server/entry.mjs'], {
	env: { ...process.env, HOST: '127.0.0.1', PORT: String(port) },
	stdio: ['ignore', 'pipe', 'inherit'],
});
try {
	for await (const chunk of server.stdout) if (String(chunk).includes('listening')) break;
	const browser = await chromium.launch({
		executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
		args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
	});
	const page = await browser.newPage({ viewport: { width: 1280, height: 800 }, colorScheme: 'light' });
	await page.goto(`http://127.0.0.1:${port}${path}`);
	await page.screenshot({ path: output });
	await browser.close();
	console.log(`Saved ${output}`);
} finally {
	server.kill('SIGTERM');
	await once(server, 'exit');
}
