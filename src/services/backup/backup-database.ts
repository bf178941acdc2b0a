import { existsSync } from 'node:fs';
import { chmod, rename, rm, stat } from 'node:fs/promises';
import { dirname } from 'node:path';
import { RegiokrachtError } from '../../domain/errors.js';
import { sqliteFileCheck, sqliteOnlineBackup } from '../../storage/snapshot/sqlite-files.js';
import { withSnapshot } from '../../storage/snapshot/with-snapshot.js';
import type { Store } from '../../storage/store.js';
import type { BackupProgress } from './backup-progress.js';
import { writeLogicalBackup } from './logical-backup-writer.js';
import { snapshotBackupSource } from './snapshot-backup-source.js';

/** `sqlite-file`: a copy of the SQLite file (SQLite only); `logical`: the portable format. */
export type BackupFormat = 'sqlite-file' | 'logical';

export interface BackupOptions {
  /** Default: `sqlite-file` on SQLite, `logical` on PostgreSQL. */
  readonly format?: BackupFormat;
  readonly now?: () => Date;
  readonly onProgress?: (p: BackupProgress) => void;
}

/** What a backup wrote. `rows` and `tables` are known for the logical format only. */
export interface BackupResult {
  readonly file: string;
  readonly format: BackupFormat;
  readonly bytes: number;
  readonly tables?: number;
  readonly rows?: number;
}

/**
 * Writes a consistent backup of the store's database to `file` while the application goes on
 * serving and writing: on SQLite a copy of the file through SQLite's online backup API (checked
 * with `PRAGMA integrity_check` before it gets its name), or on either backend the logical format
 * (backup-format.ts) read from one snapshot. An existing `file` is replaced only when the new
 * backup is complete.
 */
export async function backupDatabase(
  store: Store,
  file: string,
  options: BackupOptions = {},
): Promise<BackupResult> {
  const format = options.format ?? (store.backend === 'sqlite' ? 'sqlite-file' : 'logical');
  if (!existsSync(dirname(file))) {
    throw new RegiokrachtError(
      'INVALID_INPUT',
      `cannot write the backup ${file}: the directory ${dirname(file)} does not exist`,
    );
  }
  const now = options.now ?? (() => new Date());
  if (format === 'logical') {
    const written = await withSnapshot(store, async (snapshot) =>
      writeLogicalBackup(await snapshotBackupSource(snapshot, store.location), file, {
        backend: store.backend,
        now: now(),
        ...(options.onProgress ? { onProgress: options.onProgress } : {}),
      }),
    );
    return { file, format, ...written };
  }
  if (store.backend !== 'sqlite') {
    throw new RegiokrachtError(
      'INVALID_INPUT',
      'a SQLite file backup needs the SQLite backend; on PostgreSQL use the logical format',
    );
  }
  const partial = `${file}.partial-${process.pid}`;
  try {
    await rm(partial, { force: true });
    await sqliteOnlineBackup(store.location, partial, (done, total) =>
      options.onProgress?.({ table: '(pages)', rowsDone: done, rowsTotal: total }),
    );
    // The copy holds password hashes and sessions: readable by its owner only.
    await chmod(partial, 0o600);
    const check = sqliteFileCheck(partial);
    if (check.problems.length > 0) {
      throw new RegiokrachtError(
        'DATA_FILE_INVALID',
        `the backup copy of ${store.location} fails its integrity check: ${check.problems.slice(0, 3).join('; ')}`,
      );
    }
    await rename(partial, file);
  } catch (error) {
    await rm(partial, { force: true });
    throw error;
  }
  return { file, format, bytes: (await stat(file)).size };
}
