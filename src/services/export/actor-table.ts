import type { SelectQueryBuilder } from 'kysely';
import type { Database } from '../../storage/schema.js';
import type { Store } from '../../storage/store.js';
import { exportSource } from './export-source.js';
import { organisationsExportMethod } from '../sources/source-methods.js';
import {
  exportColumns,
  exportNumberText,
  selectedRowCount,
  type ExportTable,
} from './export-table.js';
import { keysetBatches } from './keyset-batches.js';
import { regionScope, regionWithin } from './region-scope.js';

/**
 * The columns of the actors export: first the columns of the `actors` import template, in its
 * order (so that the file imports again with `regiokracht import actors`), then what Regiokracht
 * adds: the CORDIS activity type, the municipality and how the organisation was placed, and the
 * data set it came from. The template reader ignores the extra columns.
 */
export const ACTOR_COLUMNS = exportColumns([
  'organisation_id',
  'name',
  'helix_role',
  'short_name',
  'is_sme',
  'kvk',
  'pic',
  'street',
  'postcode',
  'city',
  'country',
  'region',
  'key_areas',
  'activity_type',
  'municipality',
  'placement',
  'source',
]);

export interface ActorTableQuery {
  /** A region code: the organisations located in it or in a region below it. */
  readonly region?: string | undefined;
}

/** Organisations (actors), in id order, optionally those of one region. */
export async function actorTable(store: Store, query: ActorTableQuery = {}): Promise<ExportTable> {
  const scope = query.region === undefined ? undefined : await regionScope(store, query.region);
  const selection = (): SelectQueryBuilder<Database & { a: Database['actors'] }, 'a', object> => {
    const q = store.db.selectFrom('actors as a');
    return scope ? q.where(regionWithin('a.region_code', scope)) : q;
  };
  const [imports, datasets] = await Promise.all([
    selection().select('a.import_id').distinct().execute(),
    selection().select('a.source_id').distinct().execute(),
  ]);
  const source = await exportSource(
    store,
    { datasets: datasets.map((d) => d.source_id), imports: imports.map((i) => i.import_id) },
    organisationsExportMethod(scope?.code ?? null),
  );
  return {
    name: 'actors',
    columns: ACTOR_COLUMNS,
    source,
    count: () => selectedRowCount(selection()),
    async *batches() {
      const page = (after: { id: string } | undefined, size: number) => {
        let q = selection().selectAll('a');
        if (after) q = q.where('a.id', '>', after.id);
        return q.orderBy('a.id').limit(size).execute();
      };
      for await (const actors of keysetBatches(page)) {
        const keyAreas = await actorKeyAreas(
          store,
          actors.map((a) => a.id),
        );
        yield actors.map((a) => [
          a.id,
          a.name,
          a.helix_role,
          a.short_name,
          a.is_sme === null ? null : Number(a.is_sme) === 1 ? 'yes' : 'no',
          a.kvk,
          a.pic,
          a.street,
          a.postcode,
          a.city,
          a.country_code,
          a.region_code,
          keyAreas.get(a.id) ?? null,
          a.activity_type,
          a.municipality_code,
          a.placement,
          a.source_id,
        ]);
      }
    },
  };
}

/** Key areas per organisation as the template writes them: `id=weight|id` (weight 1 left out). */
async function actorKeyAreas(store: Store, ids: readonly string[]): Promise<Map<string, string>> {
  const out = new Map<string, string>();
  if (ids.length === 0) return out;
  const rows = await store.db
    .selectFrom('actor_key_areas')
    .select(['actor_id', 'key_area_id', 'weight'])
    .where('actor_id', 'in', ids)
    .orderBy('actor_id')
    .orderBy('key_area_id')
    .execute();
  for (const r of rows) {
    const weight = Number(r.weight);
    const item = weight === 1 ? r.key_area_id : `${r.key_area_id}=${exportNumberText(weight)}`;
    const before = out.get(r.actor_id);
    out.set(r.actor_id, before === undefined ? item : `${before}|${item}`);
  }
  return out;
}
