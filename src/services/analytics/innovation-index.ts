import {
  regionInnovationIndex,
  type InnovationIndexResult,
} from '../../core/index/region-innovation-index.js';
import type { IndicatorValue, ReferenceValue } from '../../core/index/indicator-value.js';
import { RegiokrachtError } from '../../domain/errors.js';
import type { Store } from '../../storage/store.js';

/**
 * The default indicator set of the composite index (PRODUCT.md, topic 3, step 1): what Eurostat's
 * regional data hold per NUTS2 region. Total GERD stands in for public R&D because the Dutch split
 * by government and higher education stops in 2002; business R&D is kept beside it. EU programme
 * funding per inhabitant is left out of the default: H2020 starts in 2014, after the last year
 * (2012) in which patents and R&D are published for Dutch regions, so no year would have two
 * thirds of the indicators. Any set can be chosen with `indicators`.
 */
export const DEFAULT_INDEX_INDICATORS = [
  'rd_e_gerdreg_pc_gdp_bes',
  'rd_e_gerdreg_pc_gdp_total',
  'rd_p_persreg_total_t_pc_act_fte_total',
  'rd_p_persreg_total_t_pc_act_fte_rse',
  'hrst_st_rcat_pc_act_hrste',
  'pat_ep_rtot_p_mhab',
  'pat_ep_rtec_p_mhab_ht',
] as const;

/** Reference areas by name: EU = the EU27 (2020) aggregate. Any region code works too. */
export const REFERENCE_ALIASES: Readonly<Record<string, string>> = {
  EU: 'EU27_2020',
  EU27: 'EU27_2020',
};

export interface IndexQuery {
  readonly level: number;
  readonly reference: string;
  readonly indicators: readonly string[];
  readonly weights?: Readonly<Record<string, number>>;
}

export interface IndexComputation {
  readonly query: IndexQuery;
  readonly referenceCode: string;
  readonly result: InnovationIndexResult;
  readonly names: ReadonlyMap<string, { name_nl: string; name_en: string }>;
  readonly importIds: readonly string[];
}

/** Reads the values and computes the index for every region of a level and every year held. */
export async function computeInnovationIndex(
  store: Store,
  query: IndexQuery,
): Promise<IndexComputation> {
  const referenceCode =
    REFERENCE_ALIASES[query.reference.toUpperCase()] ?? query.reference.toUpperCase();
  const known = await store.db
    .selectFrom('indicators')
    .select('id')
    .where('id', 'in', [...query.indicators])
    .execute();
  const missing = query.indicators.filter((id) => !known.some((k) => k.id === id));
  if (missing.length > 0) {
    throw new RegiokrachtError(
      'INVALID_INPUT',
      `unknown indicator(s) ${missing.join(', ')}; import them first or choose others (see GET /api/indicators)`,
    );
  }
  const referenceRegion = await store.db
    .selectFrom('regions')
    .select('code')
    .where('code', '=', referenceCode)
    .executeTakeFirst();
  if (!referenceRegion) {
    throw new RegiokrachtError(
      'INVALID_INPUT',
      `unknown reference area ${query.reference}; use EU, a country code such as NL, or a region code`,
    );
  }
  const regions = await store.db
    .selectFrom('regions')
    .select(['code', 'level', 'name_nl', 'name_en', 'country_code'])
    .where('kind', '=', 'nuts')
    .where('level', '<=', query.level)
    .execute();
  const levelOf = new Map(regions.map((r) => [r.code, r.level]));
  const rows = await store.db
    .selectFrom('indicator_values')
    .select(['indicator_id', 'region_code', 'year', 'value', 'import_id'])
    .where('indicator_id', 'in', [...query.indicators])
    .where('value', 'is not', null)
    .execute();

  const values: IndicatorValue[] = [];
  const parentValues: IndicatorValue[] = [];
  const reference: ReferenceValue[] = [];
  const importIds = new Set<string>();
  for (const r of rows) {
    if (r.value === null) continue;
    const value = {
      indicator: r.indicator_id,
      region: r.region_code,
      year: r.year,
      value: r.value,
    };
    let used = false;
    if (r.region_code === referenceCode) {
      reference.push({ indicator: r.indicator_id, year: r.year, value: r.value });
      used = true;
    }
    const level = levelOf.get(r.region_code);
    if (level === query.level) {
      values.push(value);
      used = true;
    } else if (level !== undefined && level < query.level) {
      parentValues.push(value);
      used = true;
    }
    if (used && r.import_id) importIds.add(r.import_id);
  }
  const parents = new Map<string, string[]>();
  for (const r of regions) {
    if (r.level !== query.level) continue;
    const chain: string[] = [];
    for (let code = r.code.slice(0, -1); code.length >= 2; code = code.slice(0, -1))
      chain.push(code);
    parents.set(r.code, chain);
  }
  const result = regionInnovationIndex(
    { values, parents, parentValues, reference },
    { indicators: query.indicators, ...(query.weights ? { weights: query.weights } : {}) },
  );
  return {
    query,
    referenceCode,
    result,
    names: new Map(regions.map((r) => [r.code, { name_nl: r.name_nl, name_en: r.name_en }])),
    importIds: [...importIds],
  };
}

/** The latest year in which every region of `country` at the computed level has an index. */
export function latestCompleteYear(computation: IndexComputation, country: string): number | null {
  const regionsOf = new Set(
    [...computation.names.keys()].filter(
      (c) => c.startsWith(country) && c.length === computation.query.level + 2,
    ),
  );
  for (const year of [...computation.result.years].reverse()) {
    const indexed = computation.result.rows.filter(
      (r) => r.year === year && regionsOf.has(r.region),
    ).length;
    if (indexed === regionsOf.size && indexed > 0) return year;
  }
  return null;
}
