import type { Row, Store, StoreTx } from '../../src/storage/store.js';

/**
 * The provenance row of a finished import that read and inserted `rows` rows: what a test writes
 * beside hand-made rows so that the figure cache sees the data change, as after a real import.
 */
export function finishedImportRow(
  id: string,
  kind: string,
  file: string,
  stamp: string,
  rows = 1,
): {
  id: string;
  kind: string;
  file: string;
  checksum: string;
  started_at: string;
  finished_at: string;
  rows_read: number;
  rows_inserted: number;
  rows_updated: number;
  rows_refused: number;
  status: 'done';
} {
  return {
    id,
    kind,
    file,
    checksum: id,
    started_at: stamp,
    finished_at: stamp,
    rows_read: rows,
    rows_inserted: rows,
    rows_updated: 0,
    rows_refused: 0,
    status: 'done',
  };
}

/**
 * Writes hand-made rows as an import does: in one transaction with the provenance row of the
 * finished import `importRow`, which tells the figure cache that the data changed.
 */
export function writeAsImport(
  store: Store,
  importRow: Row,
  write: (tx: StoreTx) => Promise<void>,
): Promise<void> {
  return store.transaction(async (tx) => {
    await tx.upsert('imports', ['id'], [importRow]);
    await write(tx);
  });
}
