import {
  regionInnovationIndex,
  type InnovationIndexResult,
} from '../../core/index/region-innovation-index.js';
import type { IndicatorValue, ReferenceValue } from '../../core/index/indicator-value.js';
import {
  editionValueColumns,
  type EditionValue,
  type IndicatorValueColumns,
} from '../../core/index/edition-values.js';
import { RegiokrachtError } from '../../domain/errors.js';
import { selectColumns } from '../../storage/select-columns.js';
import type { Store } from '../../storage/store.js';

/**
 * The default indicator set of the composite index (PRODUCT.md, topic 3, step 1): every Regional
 * Innovation Scoreboard dimension for which Eurostat's regional data hold a NUTS2 series.
 * docs/methods.md maps each to the RIS indicator it stands in for. Total GERD stands in for public
 * R&D because the Dutch split by government and higher education stops in 2002; business R&D is
 * kept beside it. EU programme funding per inhabitant is left out: H2020 starts in 2014, after the
 * last year (2012) with patents for any region. Indicators of the set that are not imported are
 * left out of the default and named in the result; any set can be chosen with `indicators`.
 */
export const DEFAULT_INDEX_INDICATORS = [
  'rd_e_gerdreg_pc_gdp_bes',
  'rd_e_gerdreg_pc_gdp_total',
  'rd_p_persreg_total_t_pc_act_fte_total',
  'rd_p_persreg_total_t_pc_act_fte_rse',
  'hrst_st_rcat_pc_act_hrste',
  'hrst_st_rcat_pc_act_se',
  'trng_lfse_04_PC_T_Y25-64',
  'broadband_access_household',
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
  /**
   * `edition`: every year from the first to the last year held is an edition, each indicator
   * taking its most recent year within `lag` years before it; `year`: the values of each year.
   */
  readonly mode: 'edition' | 'year';
  /** The lag window of an edition, in years (`mode` edition). */
  readonly lag: number;
  /** Whether `indicators` is the default set (its unimported members are then left out). */
  readonly defaultSet?: boolean;
}

export interface IndexComputation {
  readonly query: IndexQuery;
  readonly referenceCode: string;
  readonly result: InnovationIndexResult;
  readonly names: ReadonlyMap<string, { name_nl: string; name_en: string }>;
  readonly importIds: readonly string[];
  /** The values of the level's regions the index was computed from (per edition or year). */
  readonly levelValues: readonly IndicatorValue[];
  /** The values of the areas above the level (provinces, countries), per edition or year. */
  readonly parentLevelValues: readonly IndicatorValue[];
  /** Default indicators that are not imported, left out of the set. */
  readonly unavailable: readonly string[];
}

/** The held values of some indicators, column by column, as the index reads them. */
export type IndexValueColumns = Awaited<ReturnType<typeof readIndexValues>>;

/** Every held (not null) value of `indicators`, for every region and year, column by column. */
export function readIndexValues(store: Store, indicators: readonly string[]) {
  return selectColumns(
    store,
    store.db
      .selectFrom('indicator_values')
      .select(['indicator_id', 'region_code', 'year', 'value', 'import_id'])
      .where('indicator_id', 'in', [...indicators])
      .where('value', 'is not', null),
    ['indicator_id', 'region_code', 'year', 'value', 'import_id'],
  );
}

/**
 * Reads the values and computes the index for every region of a level and every year held.
 * `readValues` reads the indicators' values (default {@link readIndexValues}): a caller that
 * computes several indexes of the same indicators (levels, modes) can read them once.
 */
export async function computeInnovationIndex(
  store: Store,
  query: IndexQuery,
  readValues: (indicators: readonly string[]) => Promise<IndexValueColumns> = (indicators) =>
    readIndexValues(store, indicators),
): Promise<IndexComputation> {
  const referenceCode =
    REFERENCE_ALIASES[query.reference.toUpperCase()] ?? query.reference.toUpperCase();
  const known = await store.db
    .selectFrom('indicators')
    .select('id')
    .where('id', 'in', [...query.indicators])
    .execute();
  let indicators = query.indicators;
  let unavailable: string[] = [];
  if (query.defaultSet) {
    unavailable = indicators.filter((id) => !known.some((k) => k.id === id));
    indicators = indicators.filter((id) => known.some((k) => k.id === id));
  }
  const missing = query.indicators.filter((id) => !known.some((k) => k.id === id));
  if (indicators.length === 0 || (!query.defaultSet && missing.length > 0)) {
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
  const rows = await readValues(indicators);

  const { level, parent, reference, importIds, firstYear, lastYear } = splitRows(
    rows,
    levelOf,
    referenceCode,
    query.level,
  );
  const columns: IndicatorValueColumns = {
    indicator: rows.indicator_id,
    region: rows.region_code,
    year: rows.year,
    value: rows.value,
  };
  const parents = new Map<string, string[]>();
  for (const r of regions) {
    if (r.level !== query.level) continue;
    const chain: string[] = [];
    for (let code = r.code.slice(0, -1); code.length >= 2; code = code.slice(0, -1))
      chain.push(code);
    parents.set(r.code, chain);
  }
  const input =
    query.mode === 'edition'
      ? editionInput(columns, level, parent, reference, firstYear, lastYear, query.lag)
      : {
          values: indicatorValuesOf(columns, level),
          parentValues: indicatorValuesOf(columns, parent),
          reference: referenceValuesOf(columns, reference),
        };
  const result = regionInnovationIndex(
    { ...input, parents },
    {
      indicators,
      ...(query.weights ? { weights: query.weights } : {}),
      fillFromEarlierYears: query.mode === 'year',
    },
  );
  return {
    query,
    referenceCode,
    result,
    names: new Map(regions.map((r) => [r.code, { name_nl: r.name_nl, name_en: r.name_en }])),
    importIds: [...importIds],
    levelValues: input.values,
    parentLevelValues: input.parentValues,
    unavailable,
  };
}

/** The rows read, split by the area they hold values of. */
interface SplitRows {
  /** Positions of the rows of the regions of the level. */
  readonly level: Int32Array;
  /** Positions of the rows of the areas above the level. */
  readonly parent: Int32Array;
  /** Positions of the rows of the reference area. */
  readonly reference: Int32Array;
  /** The imports of those rows, in order of first appearance. */
  readonly importIds: ReadonlySet<string>;
  /** The first and last year of the level's rows (Infinity and -Infinity when it has none). */
  readonly firstYear: number;
  readonly lastYear: number;
}

/**
 * Splits the held rows read into those of the regions of `level`, of the areas above it and of
 * the reference area (which may also be one of the others), by position.
 */
function splitRows(
  rows: IndexValueColumns,
  levelOf: ReadonlyMap<string, number>,
  referenceCode: string,
  level: number,
): SplitRows {
  const own = new Positions(rows.length);
  const parent = new Positions(rows.length);
  const reference = new Positions(rows.length);
  const importIds = new Set<string>();
  // Rows of one region usually follow each other: its level is looked up once per run.
  let lastRegion: string | undefined;
  let lastLevel: number | undefined;
  let lastImport: string | null | undefined;
  let firstYear = Infinity;
  let lastYear = -Infinity;
  for (let i = 0; i < rows.length; i++) {
    const held = rows.value[i];
    if (held === null || held === undefined) continue;
    const region = rows.region_code[i] as string;
    let used = false;
    if (region === referenceCode) {
      reference.push(i);
      used = true;
    }
    if (region !== lastRegion) {
      lastRegion = region;
      lastLevel = levelOf.get(region);
    }
    if (lastLevel === level) {
      own.push(i);
      const year = rows.year[i] as number;
      if (year < firstYear) firstYear = year;
      if (year > lastYear) lastYear = year;
      used = true;
    } else if (lastLevel !== undefined && lastLevel < level) {
      parent.push(i);
      used = true;
    }
    const importId = rows.import_id[i];
    if (used && importId && importId !== lastImport) {
      importIds.add(importId);
      lastImport = importId;
    }
  }
  return {
    level: own.list,
    parent: parent.list,
    reference: reference.list,
    importIds,
    firstYear,
    lastYear,
  };
}

/** A growing list of row positions, in a typed array sized for every row. */
class Positions {
  private readonly all: Int32Array;
  private length = 0;

  constructor(capacity: number) {
    this.all = new Int32Array(capacity);
  }

  push(position: number): void {
    this.all[this.length++] = position;
  }

  /** The positions pushed, in order. */
  get list(): Int32Array {
    return this.all.subarray(0, this.length);
  }
}

/** One value object per row at `positions`, in that order. */
function indicatorValuesOf(
  columns: IndicatorValueColumns,
  positions: Int32Array,
): IndicatorValue[] {
  const out: IndicatorValue[] = [];
  for (let q = 0; q < positions.length; q++) {
    const k = positions[q] as number;
    out.push({
      indicator: columns.indicator[k] as string,
      region: columns.region[k] as string,
      year: columns.year[k] as number,
      value: columns.value[k] as number,
    });
  }
  return out;
}

/** One reference value object per row at `positions`, in that order. */
function referenceValuesOf(
  columns: IndicatorValueColumns,
  positions: Int32Array,
): ReferenceValue[] {
  const out: ReferenceValue[] = [];
  for (let q = 0; q < positions.length; q++) {
    const k = positions[q] as number;
    out.push({
      indicator: columns.indicator[k] as string,
      year: columns.year[k] as number,
      value: columns.value[k] as number,
    });
  }
  return out;
}

/**
 * The values per edition: every year from `first` to `last` (those held by the level) is an
 * edition; each value the latest of its series within the lag window, with the year it was
 * measured.
 */
function editionInput(
  columns: IndicatorValueColumns,
  values: Int32Array,
  parentValues: Int32Array,
  reference: Int32Array,
  first: number,
  last: number,
  lag: number,
): { values: EditionValue[]; parentValues: EditionValue[]; reference: ReferenceValue[] } {
  const editions: number[] = [];
  for (let y = first; y <= last; y++) editions.push(y);
  const referenceEditions = editionValueColumns(columns, reference, editions, lag);
  return {
    values: editionValueColumns(columns, values, editions, lag),
    parentValues: editionValueColumns(columns, parentValues, editions, lag),
    reference: referenceEditions.map(({ indicator, year, value }) => ({ indicator, year, value })),
  };
}
