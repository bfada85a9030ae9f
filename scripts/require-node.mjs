// The Node version every script and the build need (Astro 7's floor, 22.12), checked once, before
// anything that older Nodes cannot load. Plain JavaScript that Node 20 runs, so a user on the
// system's Node gets a sentence instead of a syntax error. (server.mjs keeps its own copy: a
// deployment holds dist/ and server.mjs alone.)

/**
 * Stops the process with a sentence on a Node older than 22.12. `run` names the npm command to use
 * instead, as it is shown (npm runs scripts with the project's Node 24).
 */
export function requireNode({ purpose, run, exitCode = 1 }) {
	const [major, minor] = process.versions.node.split('.').map(Number);
	if (major > 22 || (major === 22 && minor >= 12)) return;
	console.error(
		`Node ${process.version} is too old for ${purpose} (it needs 22.12 or newer): run ${run}, which uses the project's Node 24.`,
	);
	process.exit(exitCode);
}
