import { createWriteStream } from 'node:fs';
import { rename, rm, stat } from 'node:fs/promises';
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { createGzip } from 'node:zlib';
import { BACKUP_FORMAT, BACKUP_FORMAT_VERSION, type BackupHeader } from './backup-format.js';
import type { BackupSource } from './backup-source.js';
import type { BackupProgress } from './backup-progress.js';

/** What a logical backup wrote. */
export interface LogicalBackupResult {
  readonly tables: number;
  readonly rows: number;
  readonly bytes: number;
}

/**
 * Writes `source` to `file` in the logical backup format (see backup-format.ts). The file is
 * written under a temporary name beside it and renamed when complete, so `file` is never a
 * half-written backup.
 */
export async function writeLogicalBackup(
  source: BackupSource,
  file: string,
  options: { backend: string; now: Date; onProgress?: (p: BackupProgress) => void },
): Promise<LogicalBackupResult> {
  const header: BackupHeader = {
    format: BACKUP_FORMAT,
    version: BACKUP_FORMAT_VERSION,
    created_at: options.now.toISOString(),
    backend: options.backend,
    migration: source.migrations.at(-1) ?? null,
    migrations: source.migrations,
    tables: source.tables,
  };
  const total = source.tables.reduce((sum, t) => sum + t.rows, 0);
  let rows = 0;
  async function* lines(): AsyncGenerator<string> {
    yield `${JSON.stringify(header)}\n`;
    let current: string | undefined;
    for await (const batch of source.batches()) {
      if (batch.table !== current) {
        current = batch.table;
        yield `${JSON.stringify({ table: batch.table })}\n`;
      }
      let chunk = '';
      for (const row of batch.rows) chunk += `${JSON.stringify(row)}\n`;
      rows += batch.rows.length;
      options.onProgress?.({ table: batch.table, rowsDone: rows, rowsTotal: total });
      yield chunk;
    }
    // A table without rows has no section; the header's counts say so.
    yield `${JSON.stringify({ end: true, rows })}\n`;
  }
  const partial = `${file}.partial-${process.pid}`;
  try {
    await pipeline(
      Readable.from(lines()),
      createGzip({ level: 6 }),
      createWriteStream(partial, { mode: 0o600 }),
    );
    if (rows !== total) {
      throw new Error(`the snapshot gave ${rows} rows where it counted ${total}`);
    }
    await rename(partial, file);
  } catch (error) {
    await rm(partial, { force: true });
    throw error;
  }
  return { tables: source.tables.length, rows, bytes: (await stat(file)).size };
}
