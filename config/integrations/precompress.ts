import { readFile, stat, writeFile } from 'node:fs/promises';
import { extname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { brotliCompress, constants, gzip } from 'node:zlib';
import type { AstroIntegration } from 'astro';
import { filesUnder } from '../../src/lib/server/files-under';

const brotli = promisify(brotliCompress);
const gzipAsync = promisify(gzip);

/** Text formats worth compressing; Pagefind's own index files are compressed already. */
const compressible = new Set(['.html', '.css', '.js', '.mjs', '.json', '.svg', '.xml', '.txt', '.md', '.yaml']);
/** Below this, the bytes saved do not pay for the extra file and lookup. */
const minimumBytes = 512;

/**
 * Writes a brotli (`.br`) and a gzip (`.gz`) twin beside every text file of the static site, once,
 * at build time, so the server only picks the variant a browser accepts instead of compressing on
 * every request (and static hosts with gzip_static-style serving can do the same).
 */
export function precompress(): AstroIntegration {
	return {
		name: 'remote-connect:precompress',
		hooks: {
			'astro:build:done': async ({ dir, logger }) => {
				const root = fileURLToPath(dir);
				let files = 0;
				let before = 0;
				let after = 0;
				for (const file of await filesUnder(root, (name) => compressible.has(extname(name)))) {
					const content = await readFile(file);
					if (content.length < minimumBytes) continue;
					const [br, gz] = await Promise.all([
						brotli(content, { params: { [constants.BROTLI_PARAM_QUALITY]: 11, [constants.BROTLI_PARAM_SIZE_HINT]: content.length } }),
						gzipAsync(content, { level: 9 }),
					]);
					if (br.length < content.length) await writeFile(`${file}.br`, br);
					if (gz.length < content.length) await writeFile(`${file}.gz`, gz);
					files++;
					before += (await stat(file)).size;
					after += br.length;
				}
				logger.info(`Precompressed ${files} files: ${(before / 1024).toFixed(0)} KB → ${(after / 1024).toFixed(0)} KB with brotli.`);
			},
		},
	};
}
