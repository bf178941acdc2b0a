import { createHash, type Hash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

/** Set by scripts/bundle-cli.ts: the revision of the code in the bundle, hashed when it was built. */
declare const __FIGURE_CODE_REVISION__: string | undefined;

const here = dirname(fileURLToPath(import.meta.url));
let revision: string | undefined;

/**
 * A short hash of the code that computes the figures (this folder and the pure core), read once
 * per process. Stored figures carry it, so that a figure computed by another version of
 * Regiokracht, whose shape or method may differ, is computed again rather than served. The
 * bundled command line carries the hash of the files it was built from (the same hash, taken at
 * build time, saving every process the reading of some hundred files).
 */
export function figureCodeRevision(): string {
  revision ??=
    typeof __FIGURE_CODE_REVISION__ === 'string'
      ? __FIGURE_CODE_REVISION__
      : hashCodeRevision(here, join(here, '../../core'));
  return revision;
}

/** The hash of the code files (not tests) under `dirs`, in order, by name and content. */
export function hashCodeRevision(...dirs: readonly string[]): string {
  const hash = createHash('sha256');
  for (const dir of dirs) hashTree(hash, dir);
  return hash.digest('hex').slice(0, 12);
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
