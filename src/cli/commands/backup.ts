import { resolve } from 'node:path';
import type { Command } from 'commander';
import { RegiokrachtError } from '../../domain/errors.js';
import type { BackupFormat } from '../../services/backup/backup-database.js';
import { configFrom, storeFor, withStore } from '../context.js';
import { wallSeconds } from '../wall-time.js';

const FORMATS: Readonly<Record<string, BackupFormat>> = {
  sqlite: 'sqlite-file',
  logical: 'logical',
};

/** `regiokracht backup FILE` and `regiokracht restore FILE`. */
export function backupCommand(program: Command): void {
  program
    .command('backup')
    .description(
      'write a consistent backup of the database while the server runs: a SQLite file copy (SQLite), or the logical format (gzipped JSON lines; PostgreSQL, or --format logical)',
    )
    .argument('<file>', 'backup file to write (replaced only when the new backup is complete)')
    .option('--format <format>', 'sqlite (a copy of the SQLite file) or logical (either backend)')
    .action(async (file: string, options: { format?: string }, command: Command) => {
      const format = options.format === undefined ? undefined : FORMATS[options.format];
      if (options.format !== undefined && !format) {
        throw new RegiokrachtError(
          'INVALID_INPUT',
          `--format ${options.format} is not a backup format; use sqlite or logical`,
        );
      }
      const { backupDatabase } = await import('../../services/backup/backup-database.js');
      const { backupProgressBar } = await import('../backup-progress.js');
      await withStore(configFrom(command), async (store) => {
        const progress = backupProgressBar('backup');
        try {
          const result = await backupDatabase(store, resolve(file), {
            ...(format ? { format } : {}),
            onProgress: progress.onProgress,
          });
          progress.stop();
          const rows =
            result.rows === undefined ? '' : `, ${result.tables} tables, ${result.rows} rows`;
          console.log(
            `backup ${result.file} (${result.format}${rows}): ${megabytes(result.bytes)} in ${wallSeconds()}`,
          );
        } finally {
          progress.stop();
        }
      });
    });

  program
    .command('restore')
    .description(
      'restore a backup into the configured database, all or nothing; refuses a damaged backup or one from a newer schema',
    )
    .argument('<file>', 'a backup written by `regiokracht backup`')
    .action(async (file: string, _options: unknown, command: Command) => {
      const config = configFrom(command);
      const { restoreDatabase } = await import('../../services/backup/restore-database.js');
      const { backupProgressBar } = await import('../backup-progress.js');
      const progress = backupProgressBar('restore');
      try {
        const result = await restoreDatabase(
          resolve(file),
          {
            open: () => storeFor(config, { create: true }),
            ...(config.databaseUrl ? {} : { sqliteFile: config.dbPath }),
          },
          progress.onProgress,
        );
        progress.stop();
        const how =
          result.method === 'replaced-file'
            ? `replaced the database file ${config.dbPath}`
            : `loaded ${result.rows ?? 0} rows`;
        console.log(
          `restored ${result.file} (schema ${result.migrations.at(-1) ?? '?'}): ${how} in ${wallSeconds()}`,
        );
      } finally {
        progress.stop();
      }
    });
}

function megabytes(bytes: number): string {
  return `${(bytes / 1_048_576).toFixed(1)} MB`;
}
