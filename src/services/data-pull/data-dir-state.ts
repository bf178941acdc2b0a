import { readdir } from 'node:fs/promises';
import { join } from 'node:path';
import { PULL_RECORD_FILE } from './pull-record.js';

/**
 * Whether a data directory holds any data file: false when it is missing, empty, or holds only
 * what an interrupted pull leaves (MANIFEST.json, `*.part` files, empty folders).
 */
export async function dataDirHasData(dataDir: string): Promise<boolean> {
  const pending = [dataDir];
  for (let dir = pending.pop(); dir !== undefined; dir = pending.pop()) {
    const entries = await readdir(dir, { withFileTypes: true }).catch(() => []);
    for (const entry of entries) {
      if (entry.isDirectory()) pending.push(join(dir, entry.name));
      else if (dir === dataDir && entry.name.startsWith(PULL_RECORD_FILE)) continue;
      else if (!entry.name.endsWith('.part') && !entry.name.startsWith('.')) return true;
    }
  }
  return false;
}
