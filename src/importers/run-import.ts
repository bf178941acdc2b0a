import { existsSync } from 'node:fs';
import { RegiokrachtError } from '../domain/errors.js';
import { recordAudit } from '../storage/record-audit.js';
import type { Row, Store, TransactionOptions } from '../storage/store.js';
import { fileChecksum } from './file-checksum.js';
import type { ImportSummary, Importer } from './importer.js';
import { DryRunRollback, FileRefused, ImportRun, RefusedRows } from './import-run.js';
import { ImportRefusedError } from './import-refused-error.js';
import { findNutsConversionDir } from './nuts-conversion-dir.js';
import { widenPageCache } from './page-cache.js';
import { DamagedFileError } from './text/line-reader.js';
import { retrievalDate } from './retrieval-date.js';
import type { Clock, RunImportOptions } from './run-import-options.js';

export type { Clock, RunImportOptions } from './run-import-options.js';

const NO_DATA_ROWS = 'the file has no data rows; nothing was imported';

/**
 * Imports one file with `importer`, all or nothing.
 *
 * - The file's SHA-256 is computed first; the import's id is `<kind>-<first 16 hex digits>`, so
 *   the same file imported again gets the same id and its rows do not change.
 * - Everything, including the provenance row in `imports`, is written in one transaction.
 * - Rows are written in batches of a few thousand through `tx.upsert`; unchanged rows count
 *   neither as inserted nor as updated, so a second run reports 0 and 0.
 * - On SQLite, a table the file brings at least as many rows as it held (an empty table at
 *   once) loads the rest without its secondary indexes; they are built again at the end, in the
 *   same transaction (see `BulkLoad`).
 * - If any row is refused, everything is rolled back and an {@link ImportRefusedError}
 *   (code IMPORT_REFUSED) is thrown, listing the first 100 errors as `file:row: field: reason`.
 * - With `dryRun`, the file is validated and counted, then rolled back.
 *
 * @example
 *   const summary = await runImport(store, cordisImporter, 'data/cordis/h2020_participations_eunets.csv.gz');
 *   // { kind: 'cordis', read: 144726, inserted: 212048, updated: 0, refused: 0, ... }
 */
export async function runImport(
  store: Store,
  importer: Importer,
  file: string,
  options: RunImportOptions = {},
): Promise<ImportSummary> {
  const now = clockOf(options.clock);
  if (!existsSync(file)) {
    throw new RegiokrachtError('DATA_FILE_INVALID', `${file}: no such file`);
  }
  const checksum = await fileChecksum(file);
  const importId = `${importer.kind}-${checksum.slice(0, 16)}`;
  const startedAt = now().toISOString();
  const nutsConversionDir = options.nutsConversionDir ?? findNutsConversionDir(file);
  const retrievedAt = await retrievalDate(file, checksum);
  let summary: ImportSummary | undefined;
  let narrowPageCache: ((db: Store['db']) => Promise<void>) | undefined;
  try {
    await store.transaction(async (tx) => {
      narrowPageCache = await widenPageCache(tx.db, store.backend);
      const run = new ImportRun(
        tx,
        store.backend,
        importer.kind,
        file,
        importId,
        now,
        nutsConversionDir,
        options,
        retrievedAt,
      );
      await tx.upsert(
        'imports',
        ['id'],
        [importRow(importId, null, importer.kind, file, checksum, startedAt, null, run, 'running')],
      );
      try {
        await importer.run(run);
        await run.flushAll();
        // The indicator list's levels and years, current in the same transaction as the values.
        await run.indicatorSummary.write(tx.db);
      } catch (error) {
        if (error instanceof FileRefused) throw error;
        if (error instanceof DamagedFileError) {
          run.refuseFile(error.line ?? run.linesRead + 1, error.field ?? '(file)', error.message);
        }
        throw error;
      }
      if (run.refusedRows > 0) throw new RefusedRows(run);
      if (run.read === 0) run.refuseFile(2, '(rows)', NO_DATA_ROWS);
      await tx.upsert(
        'imports',
        ['id'],
        [
          importRow(
            importId,
            run.datasetId,
            importer.kind,
            file,
            checksum,
            startedAt,
            now().toISOString(),
            run,
            options.dryRun ? 'dry-run' : 'done',
          ),
        ],
      );
      summary = run.summary(checksum, options.dryRun ?? false);
      if (options.dryRun) throw new DryRunRollback();
      await recordAudit(
        tx.db,
        options.actor,
        {
          action: 'import',
          entity: 'import',
          entityId: importId,
          before: null,
          after: {
            kind: importer.kind,
            file,
            checksum,
            read: summary.read,
            inserted: summary.inserted,
            updated: summary.updated,
          },
        },
        now(),
      );
    }, transactionOptions(importer));
  } catch (error) {
    await narrowPageCache?.(store.db);
    if (error instanceof DryRunRollback && summary) return summary;
    if (error instanceof RefusedRows || error instanceof FileRefused) {
      const run = error.run;
      throw new ImportRefusedError(file, run.errors, {
        refusedRows: run.refusedRows,
        errorCount: run.errorCount,
      });
    }
    if (error instanceof RegiokrachtError) throw error;
    throw new RegiokrachtError(
      'IMPORT_REFUSED',
      `${file} was not imported: ${(error as Error).message}; nothing was changed`,
      { cause: error },
    );
  }
  await narrowPageCache?.(store.db);
  if (!summary) throw new Error('import finished without a summary');
  return summary;
}

/**
 * How the import's transaction checks foreign keys: as the importer says; the runner's own writes
 * other than through `tx.upsert` are the audit trail and the indicator summary.
 */
function transactionOptions(importer: Importer): TransactionOptions {
  return {
    foreignKeys: importer.foreignKeys ?? 'each-row',
    alsoWritten: ['audit_log', 'indicator_summary'],
    referencesHeld: importer.referencesHeld ?? [],
  };
}

function clockOf(clock: Clock | undefined): () => Date {
  if (!clock) return () => new Date();
  return typeof clock === 'function' ? clock : () => clock.now();
}

function importRow(
  id: string,
  datasetId: string | null,
  kind: string,
  file: string,
  checksum: string,
  startedAt: string,
  finishedAt: string | null,
  run: ImportRun,
  status: string,
): Row {
  return {
    id,
    dataset_id: datasetId,
    kind,
    file,
    checksum,
    started_at: startedAt,
    finished_at: finishedAt,
    rows_read: run.read,
    rows_inserted: run.inserted,
    rows_updated: run.updated,
    rows_refused: run.refusedRows,
    status,
  };
}
