// The production server: `npm start` runs `node server.mjs`, so signals reach this process itself.
//
// It starts src/server/standalone.ts as the build bundled it into dist/server/standalone.mjs, with
// every dependency inside: `dist/` and this file are all a deployment needs, on Node 22.12 or newer,
// without node_modules.
import { fileURLToPath } from 'node:url';

const [major, minor] = process.versions.node.split('.').map(Number);
if (major < 22 || (major === 22 && minor < 12)) {
	console.error(
		`Node ${process.version} is too old for this server (it needs 22.12 or newer). Run \`npm start\`, which uses the project's Node 24.`,
	);
	process.exit(1);
}

const dist = new URL('./dist/', import.meta.url);

let standalone;
try {
	standalone = await import(new URL('server/standalone.mjs', dist).href);
} catch (error) {
	console.error(
		`There is no complete build to serve (${error instanceof Error ? error.message : error}). Run \`npm run build\`, or \`npm start\`, which builds when needed.`,
	);
	process.exit(1);
}

try {
	await standalone.startStandaloneServer({
		clientDir: fileURLToPath(new URL('client/', dist)),
		buildInfoFile: fileURLToPath(new URL('build-info.json', dist)),
	});
} catch (error) {
	if (error?.name !== 'StartupError') throw error;
	// Reported as `astro dev` reports it: one JSON log line, then the sentence for the terminal.
	standalone.reportStartupError(error);
	process.exit(1);
}
