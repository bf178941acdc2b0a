import type { BackupTable } from './backup-source.js';

/**
 * The logical backup format, version 1: a gzip file of JSON lines (UTF-8, one JSON value a line).
 *
 * 1. The header, an object: `format` "regiokracht-backup", `version` 1, `created_at` (ISO time),
 *    `backend` the backup was taken from ("sqlite" or "postgres"), `migration` (the latest schema
 *    migration the database had), `migrations` (all of them), and `tables`: every table in
 *    foreign-key order as `{name, columns, rows}`.
 * 2. Per table, in header order: a line `{"table": name}`, then one line per row: a JSON array of
 *    the row's values in `columns` order (text, numbers and nulls).
 * 3. The trailer `{"end": true, "rows": total}`; a file without it is incomplete.
 */
export const BACKUP_FORMAT = 'regiokracht-backup';
export const BACKUP_FORMAT_VERSION = 1;

export interface BackupHeader {
  readonly format: typeof BACKUP_FORMAT;
  readonly version: number;
  readonly created_at: string;
  readonly backend: string;
  readonly migration: string | null;
  readonly migrations: readonly string[];
  readonly tables: readonly BackupTable[];
}

/** Reads a header line; returns a reason when it is not a header this version can read. */
export function parseBackupHeader(line: string): BackupHeader | string {
  let value: unknown;
  try {
    value = JSON.parse(line);
  } catch {
    return 'the first line is not JSON: not a Regiokracht logical backup';
  }
  const header = value as Partial<BackupHeader> | null;
  if (!header || typeof header !== 'object' || header.format !== BACKUP_FORMAT) {
    return 'the first line is not a Regiokracht backup header';
  }
  if (header.version !== BACKUP_FORMAT_VERSION) {
    return `backup format version ${String(header.version)} is not supported (this version reads ${BACKUP_FORMAT_VERSION}); use a newer Regiokracht`;
  }
  const tablesOk =
    Array.isArray(header.tables) &&
    header.tables.every(
      (t) =>
        typeof t?.name === 'string' &&
        Array.isArray(t.columns) &&
        (t.columns as unknown[]).every((c) => typeof c === 'string') &&
        Number.isInteger(t.rows),
    );
  if (!tablesOk || !Array.isArray(header.migrations)) {
    return 'the header lacks its table list or migrations';
  }
  return header as BackupHeader;
}
