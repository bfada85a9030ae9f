import { readFileSync } from 'node:fs';
import { checkToken } from './check-token';

/**
 * `npm run check-token` as a process: the token from REMOTE_API_TOKEN, or standard input (a hidden
 * prompt in a terminal), the verdict on standard output, and the exit status. scripts/check-token.mjs
 * bundles and runs this.
 */

/** Reads a line from the terminal without showing it. Ctrl+C leaves at once, as it would at any prompt. */
function promptHidden(question: string): Promise<string> {
	const { stdin, stderr } = process;
	// Echo off before the question shows: a paste that follows the prompt at once is never printed.
	stdin.setRawMode(true);
	stderr.write(question);
	stdin.setEncoding('utf8');
	stdin.resume();
	return new Promise((resolve) => {
		let typed = '';
		const onData = (chunk: string) => {
			for (const character of chunk) {
				if (character === '\u0003') {
					stderr.write('\n');
					process.exit(130);
				}
				if (character === '\r' || character === '\n' || character === '\u0004') {
					stdin.off('data', onData);
					stdin.setRawMode(false);
					stdin.pause();
					stderr.write('\n');
					return resolve(typed);
				}
				typed = character === '\u007f' || character === '\b' ? typed.slice(0, -1) : typed + character;
			}
		};
		stdin.on('data', onData);
	});
}

async function readStandardInput(prompt: string): Promise<string> {
	if (process.stdin.isTTY) return promptHidden(`${prompt} `);
	let text = '';
	for await (const chunk of process.stdin) text += chunk;
	// The line break that ends what `echo` or a file gives is not part of the paste.
	return text.replace(/\r?\n$/, '');
}

/**
 * Where the verdict's next step links: the public URL the help center here was built for (its
 * dist/build-info.json), else SITE_URL, else the local server `npm start` runs.
 */
function helpCenterUrl(): string {
	try {
		const { settings } = JSON.parse(readFileSync('dist/build-info.json', 'utf8')) as { settings?: { url?: unknown } };
		if (typeof settings?.url === 'string' && URL.canParse(settings.url)) return settings.url;
	} catch {
		// No build here: the checkout's settings say where it would be served.
	}
	const configured = process.env.SITE_URL;
	return configured && URL.canParse(configured) ? configured : 'http://localhost:4321';
}

process.exitCode = await checkToken({
	argv: process.argv.slice(2),
	env: process.env,
	readToken: readStandardInput,
	out: (text) => process.stdout.write(`${text}\n`),
	err: (text) => process.stderr.write(`${text}\n`),
	siteUrl: helpCenterUrl(),
});
