import { RegiokrachtError } from '../../domain/errors.js';
import type { Store } from '../../storage/store.js';
import type { Page, PageQuery } from '../sources/page.js';
import { importsFingerprint, ProvenanceCache } from '../sources/provenance-cache.js';
import { sourceReference, type SourceReference } from '../sources/source-reference.js';

/** An indicator with the years and NUTS levels it has values for. */
export interface IndicatorSummary {
  id: string;
  name_nl: string;
  name_en: string;
  unit: string;
  aggregation: string;
  years: number[];
  levels: number[];
  dataset: string | null;
}

/** One region's value of an indicator in one year. */
export interface IndicatorRegionValue {
  region: string;
  name_nl: string;
  name_en: string;
  value: number | null;
  flags: string | null;
}

/** The values of one indicator for one NUTS level and year, with the source of the figures. */
export interface IndicatorValues {
  indicator: string;
  name_nl: string;
  name_en: string;
  unit: string;
  level: number;
  country: string | null;
  year: number | null;
  years: number[];
  source: SourceReference;
  values: IndicatorRegionValue[];
}

export interface IndicatorValuesQuery {
  readonly level: number;
  readonly year?: number | undefined;
  readonly country?: string | undefined;
}

const indicatorList = new ProvenanceCache<IndicatorSummary[]>(importsFingerprint, 4);

/**
 * Every indicator, ordered by id, with the years and levels that hold a value. The list is kept
 * until the next import (indicators and their values are only written by imports): finding the
 * years and levels reads every value.
 */
export async function listIndicators(
  store: Store,
  page: PageQuery,
): Promise<Page<IndicatorSummary>> {
  const all = await indicatorList.get(store, 'all', () => allIndicators(store));
  return {
    items: all.slice(page.offset, page.offset + page.limit),
    total: all.length,
    limit: page.limit,
    offset: page.offset,
  };
}

async function allIndicators(store: Store): Promise<IndicatorSummary[]> {
  const [indicators, years, levels] = await Promise.all([
    store.db
      .selectFrom('indicators')
      .select(['id', 'name_nl', 'name_en', 'unit', 'aggregation', 'dataset_id'])
      .orderBy('id')
      .execute(),
    store.db
      .selectFrom('indicator_values')
      .select(['indicator_id', 'year'])
      .where('value', 'is not', null)
      .groupBy(['indicator_id', 'year'])
      .execute(),
    // Levels from the distinct regions of each indicator: far fewer rows to join than the values.
    store.db
      .selectFrom((eb) =>
        eb
          .selectFrom('indicator_values')
          .select(['indicator_id', 'region_code'])
          .distinct()
          .where('value', 'is not', null)
          .as('x'),
      )
      .innerJoin('regions as r', 'r.code', 'x.region_code')
      .select(['x.indicator_id', 'r.level'])
      .groupBy(['x.indicator_id', 'r.level'])
      .execute(),
  ]);
  const yearsOf = new Map<string, Set<number>>();
  const levelsOf = new Map<string, Set<number>>();
  for (const y of years) add(yearsOf, y.indicator_id, Number(y.year));
  for (const l of levels) add(levelsOf, l.indicator_id, Number(l.level));
  return indicators.map((i) => ({
    id: i.id,
    name_nl: i.name_nl,
    name_en: i.name_en,
    unit: i.unit,
    aggregation: i.aggregation,
    years: sorted(yearsOf.get(i.id)),
    levels: sorted(levelsOf.get(i.id)),
    dataset: i.dataset_id,
  }));
}

/**
 * The values of an indicator for the regions of one NUTS level (and country), in the requested
 * year or else the latest year with a value. Regions without a row for that year are left out.
 */
export async function indicatorValues(
  store: Store,
  id: string,
  query: IndicatorValuesQuery,
): Promise<IndicatorValues> {
  const indicator = await store.db
    .selectFrom('indicators')
    .select(['id', 'name_nl', 'name_en', 'unit', 'dataset_id'])
    .where('id', '=', id)
    .executeTakeFirst();
  if (!indicator) {
    throw new RegiokrachtError(
      'NOT_FOUND',
      `no indicator with id ${id}; GET /api/indicators lists the indicators`,
    );
  }
  const country = query.country?.toUpperCase() ?? null;
  let yearQuery = store.db
    .selectFrom('indicator_values as v')
    .innerJoin('regions as r', 'r.code', 'v.region_code')
    .select('v.year')
    .distinct()
    .where('v.indicator_id', '=', id)
    .where('r.level', '=', query.level)
    .where('v.value', 'is not', null)
    .orderBy('v.year');
  if (country) yearQuery = yearQuery.where('r.country_code', '=', country);
  const years = (await yearQuery.execute()).map((y) => Number(y.year));
  const year = query.year ?? years.at(-1) ?? null;

  let rows: (IndicatorRegionValue & { import_id: string | null })[] = [];
  if (year !== null) {
    let valueQuery = store.db
      .selectFrom('indicator_values as v')
      .innerJoin('regions as r', 'r.code', 'v.region_code')
      .select(['r.code as region', 'r.name_nl', 'r.name_en', 'v.value', 'v.flags', 'v.import_id'])
      .where('v.indicator_id', '=', id)
      .where('r.level', '=', query.level)
      .where('v.year', '=', year)
      .orderBy('r.code');
    if (country) valueQuery = valueQuery.where('r.country_code', '=', country);
    rows = await valueQuery.execute();
  }
  const source = await sourceReference(
    store,
    { datasets: [indicator.dataset_id], imports: rows.map((r) => r.import_id) },
    `values of ${indicator.id} as imported, harmonised to NUTS 2021 regions of level ${query.level}`,
  );
  return {
    indicator: indicator.id,
    name_nl: indicator.name_nl,
    name_en: indicator.name_en,
    unit: indicator.unit,
    level: query.level,
    country,
    year,
    years,
    source,
    values: rows.map(({ import_id: _import, ...r }) => ({
      ...r,
      value: r.value === null ? null : Number(r.value),
    })),
  };
}

function add(map: Map<string, Set<number>>, key: string, value: number): void {
  let set = map.get(key);
  if (!set) map.set(key, (set = new Set()));
  set.add(value);
}

function sorted(set: Set<number> | undefined): number[] {
  return set ? [...set].sort((a, b) => a - b) : [];
}
