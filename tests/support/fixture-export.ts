import { spawnSync, type SpawnSyncReturns } from 'node:child_process';
import { cpSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/**
 * Exports a brand that exists only for a test: its file, written to a scratch brands folder beside
 * the example brands' images (`acme/…`), exported with `npm run export` into exports/<id>/.
 */
export function exportFixtureBrand(id: string, brand: Record<string, unknown>): { exportDir: string; result: SpawnSyncReturns<string> } {
	const brands = mkdtempSync(join(tmpdir(), 'brands-'));
	cpSync('brands/acme', join(brands, 'acme'), { recursive: true });
	writeFileSync(join(brands, `${id}.json`), JSON.stringify({ logo: 'acme/logo-light.svg', accentColor: '#1d4ed8', ...brand }));
	const result = spawnSync(process.execPath, ['scripts/export.mjs', id], { env: { ...process.env, BRANDS_DIR: brands }, encoding: 'utf8' });
	return { exportDir: join('exports', id), result };
}
