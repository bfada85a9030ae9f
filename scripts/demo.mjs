// `npm run demo`: the help center against a fake Remote on 127.0.0.1, so every verdict of the token
// tester can be tried offline with the demo tokens the page lists. Builds a demo build if needed
// (TESTER_DEMO=1; `npm start` rebuilds a normal one afterwards), starts the fake gateways and the
// server, and stops both on Ctrl+C.
import { spawn, spawnSync } from 'node:child_process';
import { once } from 'node:events';
import { startProcess } from './processes.mjs';

const env = { ...process.env, TESTER_DEMO: '1' };
const build = spawnSync(process.execPath, ['scripts/build-if-needed.mjs'], { env, stdio: 'inherit' });
if (build.status !== 0) process.exit(build.status ?? 1);

let fake;
let banner;
try {
	({ child: fake, printed: banner } = await startProcess(process.execPath, ['tests/support/fake-remote.ts', '--port', '0'], {
		ready: 'Fake Remote',
	}));
} catch (error) {
	console.error(`The fake Remote did not start: ${error instanceof Error ? error.message : error}`);
	process.exit(1);
}
const [, sandbox, production] = /sandbox (\S+), production (\S+)/.exec(banner) ?? [];

const host = process.env.HOST ?? '127.0.0.1';
const port = process.env.PORT ?? '4321';
const server = spawn(process.execPath, ['server.mjs'], {
	env: { ...env, HOST: host, PORT: port, REMOTE_SANDBOX_API_URL: sandbox, REMOTE_PRODUCTION_API_URL: production },
	stdio: 'inherit',
});
console.log(`\nDemo: open http://${host}:${port}/environments/#check-your-token and try the demo tokens listed there.`);
console.log(`The tester talks to a fake Remote (${sandbox} and ${production}), never to Remote itself. Ctrl+C stops it.\n`);

const stop = () => {
	server.kill('SIGTERM');
	fake.kill('SIGTERM');
};
process.on('SIGINT', stop);
process.on('SIGTERM', stop);
await Promise.race([once(server, 'exit'), once(fake, 'exit')]);
stop();
