import { createHash, type Hash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
let revision: string | undefined;

/**
 * A short hash of the code that computes the figures (this folder and the pure core), read once
 * per process. Stored figures carry it, so that a figure computed by another version of
 * Regiokracht, whose shape or method may differ, is computed again rather than served.
 */
export function figureCodeRevision(): string {
  if (revision === undefined) {
    const hash = createHash('sha256');
    hashTree(hash, here);
    hashTree(hash, join(here, '../../core'));
    revision = hash.digest('hex').slice(0, 12);
  }
  return revision;
}

function hashTree(hash: Hash, dir: string): void {
  const entries = readdirSync(dir, { withFileTypes: true }).sort((a, b) =>
    a.name < b.name ? -1 : a.name > b.name ? 1 : 0,
  );
  for (const entry of entries) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) hashTree(hash, path);
    else if (/\.(ts|js)$/.test(entry.name) && !/\.test\.(ts|js)$/.test(entry.name))
      hash.update(entry.name).update(readFileSync(path));
  }
}
