import { copyFile, mkdir, rm } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import { RegiokrachtError } from '../../domain/errors.js';
import {
  sqliteFileCheck,
  sqliteFileReplace,
  withSqliteFileSnapshot,
} from '../../storage/snapshot/sqlite-files.js';
import type { Store } from '../../storage/store.js';
import { backupKind, type BackupKind } from './backup-kind.js';
import type { BackupProgress } from './backup-progress.js';
import { backupSchemaCheck } from './backup-schema-check.js';
import { readLogicalBackup } from './logical-backup-reader.js';
import { restoreIntoStore } from './restore-into-store.js';
import { snapshotBackupSource } from './snapshot-backup-source.js';

export interface RestoreTarget {
  /** Opens the configured database, migrated to this version's schema. */
  readonly open: () => Promise<Store>;
  /** The configured SQLite file, when the target is SQLite (not set for PostgreSQL). */
  readonly sqliteFile?: string;
}

/** What a restore did; `rows` is counted for loads, not for a file replacement. */
export interface RestoreResult {
  readonly file: string;
  readonly kind: BackupKind;
  /** `replaced-file`: the SQLite file was swapped; `loaded`: rows loaded in one transaction. */
  readonly method: 'replaced-file' | 'loaded';
  readonly migrations: readonly string[];
  readonly rows?: number;
}

/**
 * Restores a backup into the configured database, all or nothing, refusing a damaged file or
 * one from a newer schema (the database is then left as it was):
 *
 * - a SQLite file backup into SQLite: copied beside the database file, checked (integrity, foreign
 *   keys, schema), then renamed over it; refused while another process has the database open;
 * - a logical backup into either backend, or a SQLite file backup into PostgreSQL: every table
 *   emptied and loaded in one transaction (see {@link restoreIntoStore}); this works while the
 *   server runs.
 */
export async function restoreDatabase(
  file: string,
  target: RestoreTarget,
  onProgress?: (p: BackupProgress) => void,
): Promise<RestoreResult> {
  const kind = await backupKind(file);
  if (kind === 'sqlite-file' && target.sqliteFile !== undefined) {
    return replaceSqliteFile(file, target.sqliteFile, target.open);
  }
  if (kind === 'sqlite-file') {
    const check = sqliteFileCheck(file);
    refuseProblems(file, check.problems);
    backupSchemaCheck(file, check.migrations);
    const store = await target.open();
    try {
      const rows = await withSqliteFileSnapshot(file, async (snapshot) => {
        const source = await snapshotBackupSource(snapshot, file);
        return (await restoreIntoStore(store, source, onProgress)).rows;
      });
      return { file, kind, method: 'loaded', migrations: check.migrations, rows };
    } finally {
      await store.close();
    }
  }
  const source = await readLogicalBackup(file);
  backupSchemaCheck(file, source.migrations);
  const store = await target.open();
  try {
    const { rows } = await restoreIntoStore(store, source, onProgress);
    return { file, kind, method: 'loaded', migrations: source.migrations, rows };
  } finally {
    await store.close();
  }
}

async function replaceSqliteFile(
  file: string,
  databaseFile: string,
  open: () => Promise<Store>,
): Promise<RestoreResult> {
  const copy = join(dirname(databaseFile), `.${basename(databaseFile)}.restore-${process.pid}`);
  try {
    await mkdir(dirname(databaseFile), { recursive: true });
    await copyFile(file, copy);
    const check = sqliteFileCheck(copy, file);
    refuseProblems(file, check.problems);
    backupSchemaCheck(file, check.migrations);
    await sqliteFileReplace(databaseFile, copy);
  } catch (error) {
    await rm(copy, { force: true });
    throw error;
  }
  // Opening it brings a backup from an older schema up to this version's; a restore ends every
  // session, as the logical restore does.
  const store = await open();
  try {
    await store.db.deleteFrom('sessions').execute();
  } finally {
    await store.close();
  }
  return {
    file,
    kind: 'sqlite-file',
    method: 'replaced-file',
    migrations: sqliteFileCheck(databaseFile).migrations,
  };
}

function refuseProblems(file: string, problems: readonly string[]): void {
  if (problems.length === 0) return;
  throw new RegiokrachtError(
    'DATA_FILE_INVALID',
    `${file} fails the integrity check (${problems.slice(0, 3).join('; ')}); nothing was restored`,
    { details: problems },
  );
}
