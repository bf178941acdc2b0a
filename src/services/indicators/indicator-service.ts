import { RegiokrachtError } from '../../domain/errors.js';
import type { Store } from '../../storage/store.js';
import type { Page, PageQuery } from '../sources/page.js';
import type { Indicator, IndicatorValue, IndicatorValues } from '../../http/schemas/indicators.js';
import { sourceReference } from '../sources/source-reference.js';
import { indicatorLabels } from './indicator-labels.js';
import { indicatorValuesMethod } from '../sources/source-methods.js';

export interface IndicatorValuesQuery {
  readonly level: number;
  readonly year?: number | undefined;
  readonly country?: string | undefined;
}

/**
 * Every indicator, ordered by id, with the years and levels that hold a value, read from
 * `indicator_summary` (kept current by every import that writes indicator values), so that the
 * list costs no pass over the values themselves.
 */
export async function listIndicators(store: Store, page: PageQuery): Promise<Page<Indicator>> {
  const all = await allIndicators(store);
  return {
    items: all.slice(page.offset, page.offset + page.limit),
    total: all.length,
    limit: page.limit,
    offset: page.offset,
  };
}

async function allIndicators(store: Store): Promise<Indicator[]> {
  const [indicators, summary] = await Promise.all([
    store.db
      .selectFrom('indicators')
      .select(['id', 'name_nl', 'name_en', 'unit', 'aggregation', 'dataset_id'])
      .orderBy('id')
      .execute(),
    store.db.selectFrom('indicator_summary').select(['indicator_id', 'level', 'year']).execute(),
  ]);
  const yearsOf = new Map<string, Set<number>>();
  const levelsOf = new Map<string, Set<number>>();
  for (const s of summary) {
    add(yearsOf, s.indicator_id, Number(s.year));
    add(levelsOf, s.indicator_id, Number(s.level));
  }
  return indicators.map((i) => ({
    id: i.id,
    ...indicatorLabels(i),
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

  let rows: (IndicatorValue & { import_id: string | null })[] = [];
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
  const labels = indicatorLabels(indicator);
  const source = await sourceReference(
    store,
    { datasets: [indicator.dataset_id], imports: rows.map((r) => r.import_id) },
    indicatorValuesMethod({ name_en: labels.name_en, name_nl: labels.name_nl, level: query.level }),
  );
  return {
    indicator: indicator.id,
    name_nl: labels.name_nl,
    name_en: labels.name_en,
    unit: indicator.unit,
    unit_nl: labels.unit_nl,
    unit_en: labels.unit_en,
    concept: labels.concept,
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
