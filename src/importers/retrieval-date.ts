import { readFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';

/** The record `regiokracht data pull` keeps in the data directory (see services/data-pull). */
const RECORD_FILE = 'MANIFEST.json';

interface RecordedFile {
  readonly sha256?: unknown;
  readonly retrieved_at?: unknown;
}

/**
 * When the file with this SHA-256 was fetched from its publisher, from the `MANIFEST.json` that
 * `data pull` writes beside the files (in the file's directory or up to three levels above it);
 * null for a file that no pull recorded (copied in by hand, or edited after the pull).
 *
 * @example
 * await retrievalDate('/data/eurostat/tgs00042.tsv', 'ab12…') // '2026-11-30T09:12:44.000Z'
 */
export async function retrievalDate(file: string, sha256: string): Promise<string | null> {
  let dir = dirname(file);
  for (let i = 0; i < 4; i++) {
    const found = recordedDate(await readRecord(join(dir, RECORD_FILE)), sha256);
    if (found) return found;
    const parent = dirname(dir);
    if (parent === dir) break;
    dir = parent;
  }
  return null;
}

async function readRecord(path: string): Promise<unknown> {
  try {
    return JSON.parse(await readFile(path, 'utf8')) as unknown;
  } catch {
    // No record here, or not one `data pull` wrote: the date stays unknown.
    return null;
  }
}

function recordedDate(record: unknown, sha256: string): string | null {
  const files = (record as { files?: unknown } | null)?.files;
  if (!Array.isArray(files)) return null;
  const match = (files as RecordedFile[]).find((f) => f.sha256 === sha256);
  return typeof match?.retrieved_at === 'string' ? match.retrieved_at : null;
}
