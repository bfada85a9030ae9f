import { spawnSync } from 'node:child_process';

/** The HTTP tests run against the production build: make sure there is a current one. */
export default function buildIfNeeded(): void {
	const result = spawnSync(process.execPath, ['scripts/build-if-needed.mjs'], { stdio: 'inherit' });
	if (result.status !== 0) throw new Error('The build failed; see the output above.');
}
