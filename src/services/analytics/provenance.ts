import { createHash } from 'node:crypto';
import { basename } from 'node:path';
import { sql, type CompiledQuery } from 'kysely';
import type { DatasetTable } from '../../storage/schema/provenance-tables.js';
import type { ChangeMark, Store } from '../../storage/store.js';
import { datasetReferences } from '../sources/dataset-references.js';
import type { MethodText } from '../sources/method-text.js';

/** The small editable tables whose edits change computed figures. */
const EDITABLE = [
  'clusters',
  'cluster_key_areas',
  'programme_key_areas',
  'project_key_areas',
  'funds',
  'contact_points',
  'visits',
  'key_area_crosswalk',
] as const;
const VERSIONED: ReadonlySet<string> = new Set(['clusters', 'funds', 'contact_points', 'visits']);

interface FingerprintRow {
  part: number;
  t: string;
  checksum: string | null;
  status: string | null;
  n: number | null;
  v: number | null;
}

/**
 * One statement for the imports and the editable tables, the imports first (`part` 0) in the
 * order of their ids. Built and compiled once per database: it runs before every figure is
 * served, and building it costs more than running it.
 */
function fingerprintQuery(db: Store['db']): CompiledQuery<FingerprintRow> {
  let query = compiled.get(db);
  if (!query) {
    const parts = [
      sql`select 0 as part, ${sql.ref('id')} as t, ${sql.ref('checksum')} as checksum, ${sql.ref('status')} as status, null as n, null as v from ${sql.table('imports')}`,
      ...EDITABLE.map(
        (table, i) =>
          sql`select ${sql.lit(i + 1)} as part, ${table} as t, null as checksum, null as status, count(*) as n, sum(${sql.ref(VERSIONED.has(table) ? 'version' : 'weight')}) as v from ${sql.table(table)}`,
      ),
    ];
    query = sql<FingerprintRow>`${sql.join(parts, sql` union all `)} order by part, t`.compile(db);
    compiled.set(db, query);
  }
  return query;
}
const compiled = new WeakMap<Store['db'], CompiledQuery<FingerprintRow>>();

/**
 * A fingerprint of everything the figures are computed from: every import (id, checksum, status)
 * and the row count and version (or weight) sum of each small editable table. The large tables
 * (regions, actors, projects, participations, indicator values) are written only by importers,
 * and every import leaves its provenance row, so the imports stand for them: counting millions
 * of rows on every request would cost more than the figures themselves.
 */
export function provenanceFingerprint(store: Store): Promise<string> {
  // Read again only when the data may have changed since the last read (see Store.changeMark):
  // it is asked for before every figure is served.
  const mark = store.changeMark?.();
  if (mark === undefined) return readFingerprint(store);
  const last = lastRead.get(store);
  if (last && sameMark(last.mark, mark)) return last.fingerprint;
  const fingerprint = readFingerprint(store);
  lastRead.set(store, { mark, fingerprint });
  // A failed read is not kept.
  fingerprint.catch(
    () => lastRead.get(store)?.fingerprint === fingerprint && lastRead.delete(store),
  );
  return fingerprint;
}
/** Each store's last fingerprint read, with the store's change mark taken just before it. */
const lastRead = new WeakMap<Store, { mark: ChangeMark; fingerprint: Promise<string> }>();

const sameMark = (a: ChangeMark, b: ChangeMark) =>
  a.version === b.version && a.changes === b.changes;

/**
 * Runs `write`, which writes rows the fingerprint does not cover (the stored figures) and
 * returns how many it changed, and keeps the last fingerprint read valid across it: when the
 * store's change mark moved by exactly those rows and nothing else (no commit of another
 * connection, no other write of this store meanwhile), the fingerprint read before stands for
 * the mark after. Otherwise the next fingerprint is read again, as after any change.
 */
export async function writeOutsideFingerprint(
  store: Store,
  write: () => Promise<number>,
): Promise<void> {
  const before = store.changeMark?.();
  const changed = await write();
  const after = store.changeMark?.();
  const last = lastRead.get(store);
  if (
    before &&
    after &&
    last &&
    sameMark(last.mark, before) &&
    after.version === before.version &&
    after.changes === before.changes + changed
  )
    lastRead.set(store, { mark: after, fingerprint: last.fingerprint });
}

async function readFingerprint(store: Store): Promise<string> {
  const rows = await store.db.executeQuery(fingerprintQuery(store.db));
  const imports = [];
  const byTable = new Map<string, { n: number | null; v: number | null }>();
  for (const row of rows.rows) {
    if (Number(row.part) === 0)
      imports.push({ id: row.t, checksum: row.checksum, status: row.status });
    else byTable.set(row.t, row);
  }
  const hash = createHash('sha256').update(JSON.stringify(imports));
  for (const table of EDITABLE) {
    const row = byTable.get(table);
    hash.update(`${table}:${Number(row?.n ?? 0)}:${Number(row?.v ?? 0)};`);
  }
  return hash.digest('hex').slice(0, 32);
}

/** A data set a figure comes from, as the `datasets` table holds it. */
export type SourceDataset = DatasetTable;

export interface SourceImport {
  id: string;
  file: string;
  checksum: string;
  finished_at: string | null;
}

/**
 * Where a figure comes from: the data sets, the import runs, and the method in words, in English
 * (`method`) and Dutch (`method_nl`).
 */
export interface FigureSource extends MethodText {
  datasets: SourceDataset[];
  imports: SourceImport[];
}

/** The data sets and import runs behind the rows of `table` (through its import_id column). */
export async function tableSources(
  store: Store,
  table: 'participations' | 'actors' | 'projects' | 'indicator_values',
  method: MethodText,
  where?: { indicatorIds?: readonly string[] },
): Promise<FigureSource> {
  let query = store.db
    .selectFrom(table as 'participations')
    .select('import_id')
    .distinct();
  if (table === 'indicator_values' && where?.indicatorIds?.length) {
    query = query.where(sql.ref('indicator_id'), 'in', where.indicatorIds as string[]);
  }
  const ids = (await query.execute())
    .map((r) => r.import_id)
    .filter((id): id is string => id !== null);
  if (ids.length === 0) return { datasets: [], imports: [], ...method };
  const imports = await store.db
    .selectFrom('imports')
    .select(['id', 'file', 'checksum', 'finished_at', 'dataset_id'])
    .where('id', 'in', ids)
    .orderBy('file')
    .execute();
  const datasetIds = [
    ...new Set(imports.map((i) => i.dataset_id).filter((d): d is string => d !== null)),
  ];
  const datasets = await datasetReferences(store, datasetIds);
  return {
    datasets,
    imports: imports.map(({ id, file, checksum, finished_at }) => ({
      id,
      file: publicFileName(file),
      checksum,
      finished_at,
    })),
    ...method,
  };
}

/**
 * The name an import's file is shown under: without the directories it was read from, which
 * belong to the machine that ran the import and are nobody else's business.
 */
export function publicFileName(path: string): string {
  return basename(path);
}
