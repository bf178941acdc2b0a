import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';

/**
 * Normalised SVG for snapshots: one line ending, no trailing spaces, numbers in attributes rounded
 * to two decimals (so a last-digit difference between machines does not count as a change).
 */
export function normaliseSvg(svg: string): string {
  return `${svg
    .replace(/\r\n?/g, '\n')
    .replace(
      /="([^"]*)"/g,
      (_all, value: string) =>
        `="${value.replace(/-?\d+\.\d{3,}/g, (n) => String(Math.round(Number(n) * 100) / 100))}"`,
    )
    .split('\n')
    .map((line) => line.trimEnd())
    .join('\n')
    .trim()}\n`;
}

/**
 * Compares `actual` with the checked-in snapshot at `path`. On a mismatch it writes the new
 * version to `changedPath` (for SVG beside the snapshot as <name>-changed.svg, which git ignores)
 * and fails with a message that says how to accept it. A missing snapshot is written, except in
 * CI. REGIOKRACHT_UPDATE_SNAPSHOTS=1 accepts every change.
 */
export function matchFileSnapshot(
  path: string,
  actual: string,
  changedPath = path.replace(/(\.[a-z]+)$/, '-changed$1'),
): { ok: boolean; message: string } {
  const update = process.env.REGIOKRACHT_UPDATE_SNAPSHOTS === '1';
  if (!existsSync(path) || update) {
    if (process.env.CI && !update)
      return { ok: false, message: `snapshot ${path} is missing (write it locally and commit it)` };
    mkdirSync(dirname(path), { recursive: true });
    writeFileSync(path, actual);
    rmSync(changedPath, { force: true });
    return { ok: true, message: `snapshot ${path} written` };
  }
  if (readFileSync(path, 'utf8') === actual) {
    rmSync(changedPath, { force: true });
    return { ok: true, message: 'unchanged' };
  }
  mkdirSync(dirname(changedPath), { recursive: true });
  writeFileSync(changedPath, actual);
  return {
    ok: false,
    message: `snapshot ${path} changed: the new version is in ${changedPath}; if it is right, move it over the snapshot (or run with REGIOKRACHT_UPDATE_SNAPSHOTS=1)`,
  };
}
