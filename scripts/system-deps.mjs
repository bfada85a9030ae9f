// What `npm test` needs from the machine besides node_modules: Debian's Chromium (the browser
// tests drive it), curl (the terminal-check test runs the guides' shell command), and real Redis,
// nginx and PostgreSQL servers (started by the tests on 127.0.0.1). Run before the tests (npm's
// `pretest`) and by .ci/run: as root on Debian it installs what is missing with apt; otherwise it
// stops before any test, with the one command to run. Plain Node with no dependencies, so the
// system's Node (20 on Debian) can run it before `npm install`.
import { spawnSync } from 'node:child_process';
import { accessSync, constants, existsSync, readdirSync } from 'node:fs';
import { delimiter, join } from 'node:path';

/** Whether `command` is an executable on PATH. */
function onPath(command) {
	return (process.env.PATH ?? '').split(delimiter).some((folder) => {
		try {
			accessSync(join(folder, command), constants.X_OK);
			return true;
		} catch {
			return false;
		}
	});
}

const anyExists = (...paths) => paths.some((path) => existsSync(path));
const postgresInstalled = () =>
	existsSync('/usr/lib/postgresql') &&
	readdirSync('/usr/lib/postgresql').some((version) => existsSync(`/usr/lib/postgresql/${version}/bin/initdb`));

/** Debian's package for each part, and how to tell it is there. */
const parts = [
	{ debian: 'chromium', what: 'Chromium, for the browser tests', present: () => Boolean(process.env.CHROMIUM_PATH) || onPath('chromium') },
	{ debian: 'curl', what: 'curl, for the terminal-check test', present: () => onPath('curl') },
	{
		debian: 'redis-server',
		what: 'Redis, for the shared-limits tests',
		present: () => anyExists('/usr/bin/redis-server', '/usr/local/bin/redis-server'),
	},
	{
		debian: 'nginx-light',
		what: 'nginx, for the reference-deployment test',
		present: () => anyExists('/usr/sbin/nginx', '/usr/bin/nginx'),
	},
	{ debian: 'postgresql', what: 'PostgreSQL, for the insights tests', present: postgresInstalled },
];

const missing = parts.filter((part) => !part.present());
if (missing.length === 0) process.exit(0);

const packages = missing.map((part) => part.debian);
const isRoot = process.getuid?.() === 0;
const hasApt = onPath('apt-get');
if (isRoot && hasApt) {
	console.log(`Installing from Debian what the tests need: ${packages.join(', ')}…`);
	const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
	for (const args of [
		['update', '-qq'],
		['install', '-y', '-qq', ...packages],
	]) {
		const run = spawnSync('apt-get', args, { stdio: ['ignore', 'ignore', 'inherit'], env });
		if (run.status !== 0) {
			console.error(`apt-get ${args[0]} failed (exit ${run.status}); install these yourself: ${packages.join(' ')}`);
			process.exit(1);
		}
	}
	const still = parts.filter((part) => !part.present());
	if (still.length > 0) {
		console.error(`Still missing after apt-get: ${still.map((part) => part.what).join('; ')}.`);
		process.exit(1);
	}
	process.exit(0);
}

console.error(`npm test needs, and this machine lacks:\n${missing.map((part) => `  - ${part.what}`).join('\n')}`);
console.error(
	hasApt
		? `Install them, then run npm test again:\n\n  sudo apt-get install -y ${packages.join(' ')}\n`
		: `Install them with your system's package manager (Debian names: ${packages.join(', ')}), then run npm test again.`,
);
process.exit(1);
