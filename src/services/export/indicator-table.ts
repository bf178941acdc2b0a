import type { ExpressionBuilder, SelectQueryBuilder } from 'kysely';
import { RegiokrachtError } from '../../domain/errors.js';
import type { Database } from '../../storage/schema.js';
import type { Store } from '../../storage/store.js';
import { exportSource } from './export-source.js';
import { indicatorsExportMethod } from '../sources/source-methods.js';
import { indicatorLabels } from '../indicators/indicator-labels.js';
import { exportColumns, selectedRowCount, type ExportTable } from './export-table.js';
import { keysetBatches } from './keyset-batches.js';
import { countryScope } from './region-scope.js';

export interface IndicatorTableQuery {
  /** Indicator ids; at least one. */
  readonly indicators: readonly string[];
  /** NUTS level 0-3; every level when left out. */
  readonly level?: number | undefined;
  /** Country code; every country when left out. */
  readonly country?: string | undefined;
}

/** The columns of an indicator table: one row per indicator, region and year. */
export const INDICATOR_COLUMNS = exportColumns(
  ['indicator', 'region', 'name', 'level', 'year', 'value', 'unit', 'flags', 'source'],
  ['level', 'year', 'value'],
);

type Joined = SelectQueryBuilder<
  Database & { v: Database['indicator_values']; r: Database['regions'] },
  'v' | 'r',
  object
>;

/**
 * The values of one or more indicators as a table: indicator, region, name (Dutch, or the
 * national spelling outside the Netherlands), level, year, value, unit, flags (Eurostat's, such
 * as `e` or `p`) and source (the data set the row was imported from). Rows without a value (`:`
 * in Eurostat) are kept, with their flags. Unknown indicators are NOT_FOUND.
 */
export async function indicatorTable(
  store: Store,
  query: IndicatorTableQuery,
): Promise<ExportTable> {
  const ids = [...new Set(query.indicators.map((i) => i.trim()).filter((i) => i !== ''))];
  if (ids.length === 0) {
    throw new RegiokrachtError(
      'INVALID_INPUT',
      'name at least one indicator (--indicator ID[,ID...]; GET /api/indicators lists them)',
    );
  }
  const level = query.level;
  if (level !== undefined && (!Number.isInteger(level) || level < 0 || level > 3)) {
    throw new RegiokrachtError('INVALID_INPUT', `level ${level}: use a NUTS level from 0 to 3`);
  }
  const indicators = await store.db
    .selectFrom('indicators')
    .select(['id', 'name_nl', 'name_en', 'unit', 'dataset_id'])
    .where('id', 'in', ids)
    .execute();
  const unknown = ids.filter((id) => !indicators.some((i) => i.id === id));
  if (unknown.length > 0) {
    throw new RegiokrachtError(
      'NOT_FOUND',
      `no indicator with id ${unknown.join(', ')}; GET /api/indicators (or the Sources page) lists the indicators`,
    );
  }
  const country =
    query.country === undefined ? undefined : await countryScope(store, query.country);

  const selection = (): Joined => {
    let q = store.db
      .selectFrom('indicator_values as v')
      .innerJoin('regions as r', 'r.code', 'v.region_code')
      .where('v.indicator_id', 'in', ids);
    if (level !== undefined) q = q.where('r.level', '=', level);
    if (country !== undefined) q = q.where('r.country_code', '=', country);
    return q;
  };
  const importIds = await selection().select('v.import_id').distinct().execute();
  // Named in words in the method, in the order asked for.
  const labels = ids.map((id) => indicatorLabels(indicators.find((i) => i.id === id)!));
  const source = await exportSource(
    store,
    { datasets: indicators.map((i) => i.dataset_id), imports: importIds.map((i) => i.import_id) },
    indicatorsExportMethod({
      names_en: labels.map((l) => l.name_en),
      names_nl: labels.map((l) => l.name_nl),
      ...(level === undefined ? {} : { level }),
      ...(country ? { country } : {}),
    }),
  );

  return {
    name: 'indicators',
    columns: INDICATOR_COLUMNS,
    source,
    count: () => selectedRowCount(selection()),
    async *batches() {
      const page = (after: Key | undefined, size: number) => {
        let q = selection()
          .innerJoin('indicators as i', 'i.id', 'v.indicator_id')
          .leftJoin('imports as m', 'm.id', 'v.import_id')
          .select([
            'v.indicator_id',
            'v.region_code',
            'r.name_nl',
            'r.level',
            'v.year',
            'v.value',
            'i.unit',
            'v.flags',
            'm.dataset_id as import_dataset',
            'i.dataset_id as indicator_dataset',
          ]);
        if (after) q = q.where((eb) => afterKey(eb, after));
        return q
          .orderBy('v.indicator_id')
          .orderBy('v.region_code')
          .orderBy('v.year')
          .limit(size)
          .execute();
      };
      for await (const rows of keysetBatches(page)) {
        yield rows.map((r) => [
          r.indicator_id,
          r.region_code,
          r.name_nl,
          Number(r.level),
          Number(r.year),
          r.value === null ? null : Number(r.value),
          r.unit,
          r.flags,
          r.import_dataset ?? r.indicator_dataset,
        ]);
      }
    },
  };
}

interface Key {
  readonly indicator_id: string;
  readonly region_code: string;
  readonly year: number;
}

function afterKey(
  eb: ExpressionBuilder<Database & { v: Database['indicator_values'] }, 'v'>,
  after: Key,
) {
  return eb(
    eb.refTuple('v.indicator_id', 'v.region_code', 'v.year'),
    '>',
    eb.tuple(after.indicator_id, after.region_code, after.year),
  );
}
