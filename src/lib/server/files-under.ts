import { readdir } from 'node:fs/promises';
import { join } from 'node:path';

/**
 * Every file under `directory`, at any depth, as a path (Node's recursive `readdir`), optionally
 * only those `keep` accepts by name. The build's guards and the server's loader all walk the built
 * site this one way.
 */
export async function filesUnder(directory: string, keep: (name: string) => boolean = () => true): Promise<string[]> {
	const entries = await readdir(directory, { recursive: true, withFileTypes: true });
	return entries.filter((entry) => entry.isFile() && keep(entry.name)).map((entry) => join(entry.parentPath, entry.name));
}
