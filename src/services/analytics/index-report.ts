import { comparisonSetLeftOut } from '../../core/index/comparison-set-left-out.js';
import type { InnovationIndexRow } from '../../core/index/region-innovation-index.js';
import { regionsPerCountry, type CountryCount } from '../../core/index/regions-per-country.js';
import { PERFORMANCE_GROUP_THRESHOLDS } from '../../core/index/relative-performance-group.js';
import type { IndexComputation } from './innovation-index.js';
import { indexDataYear } from './index-years.js';

export interface IndexRegionRow {
  region: string;
  name_nl: string;
  name_en: string;
  index: number;
  relative: number | null;
  group: string | null;
  band: string | null;
  rank: number;
  rank_range: [number, number];
  filled: number;
  /** The year each value was measured, in `indicators` order; null where the region has none. */
  years: (number | null)[];
}

/** Per indicator: the years in which the level's regions' own values were measured. */
export interface IndicatorYears {
  indicator: string;
  /** Most recent and oldest year; null when no region of the level has a value. */
  latest: number | null;
  earliest: number | null;
  /** Regions of the level with their own value (in or out of the comparison set). */
  regions: number;
}

/** A region of the level outside the comparison set: fewer than two thirds of own values. */
export interface LeftOutRow {
  region: string;
  name_nl: string;
  name_en: string;
  own: number;
  of: number;
  missing: string[];
}

/** The performance groups: Regiokracht's, on the RIS thresholds; not the official RIS groups. */
export const PERFORMANCE_GROUPS = {
  label_en:
    'Regiokracht performance groups on the RIS thresholds (relative to the reference area); not the official RIS groups',
  label_nl:
    'Prestatiegroepen van Regiokracht met de drempels van het RIS (ten opzichte van het referentiegebied); niet de officiële RIS-groepen',
  leader: PERFORMANCE_GROUP_THRESHOLDS.leader,
  strong: PERFORMANCE_GROUP_THRESHOLDS.strong,
  moderate: PERFORMANCE_GROUP_THRESHOLDS.moderate,
};

export interface IndexReport {
  /** `edition`: each indicator's latest year within the lag window; `year`: that year's values. */
  mode: 'edition' | 'year';
  /** The edition or the single year. */
  year: number;
  edition: number | null;
  /** The lag window of the edition in years; null for a single year. */
  lag: number | null;
  level: number;
  reference: string;
  reference_index: number | null;
  indicators: string[];
  weights: number[];
  regions: IndexRegionRow[];
  /** Regions with some data that year but too few own values for an index. */
  excluded: number;
  /** Default indicators that are not imported and so left out. */
  indicators_unavailable: string[];
  indicator_years: IndicatorYears[];
  /** Regions in the comparison set (every country), and how many of each country. */
  compared: number;
  countries: CountryCount[];
  /** Regions of the level (of the country asked for) left out, with the indicators they miss. */
  left_out: LeftOutRow[];
  groups: typeof PERFORMANCE_GROUPS;
  /** Why no region is listed, and the nearest year or edition that has one; null when some are. */
  no_result: { reason: string; nearest: number | null } | null;
  scaling: {
    indicator: string;
    sqrt: boolean;
    clipped_high: number;
    clipped_low: number;
    min: number;
    max: number;
  }[];
}

/** The index of every region of the level in one year, ranked. */
export function indexReport(
  c: IndexComputation,
  year: number,
  filter?: (region: string) => boolean,
  noResult: IndexReport['no_result'] = null,
): IndexReport {
  const all = c.result.rows.filter((r) => r.year === year);
  const rows = all.filter((r) => !filter || filter(r.region));
  const edition = c.query.mode === 'edition';
  const listed = rows.map((r) => regionRow(c, r));
  const levelRegions = [...c.names.keys()].filter(
    (code) =>
      code.length === c.query.level + 2 && !code.endsWith('ZZ') && (!filter || filter(code)),
  );
  return {
    mode: c.query.mode,
    year,
    edition: edition ? year : null,
    lag: edition ? c.query.lag : null,
    level: c.query.level,
    reference: c.referenceCode,
    reference_index: c.result.reference.find((r) => r.year === year)?.index ?? null,
    indicators: [...c.result.indicators],
    weights: [...c.result.weights],
    regions: listed,
    excluded: c.result.excluded.filter((e) => e.year === year && (!filter || filter(e.region)))
      .length,
    indicators_unavailable: [...c.unavailable],
    indicator_years: indicatorYears(c, year).map((y) => ({ ...y })),
    compared: all.length,
    countries: regionsPerCountry(all.map((r) => r.region)),
    left_out: comparisonSetLeftOut(c.levelValues, c.result.indicators, levelRegions, year).map(
      (l) => ({
        region: l.region,
        name_nl: c.names.get(l.region)?.name_nl ?? l.region,
        name_en: c.names.get(l.region)?.name_en ?? l.region,
        own: l.own,
        of: l.of,
        missing: [...l.missing],
      }),
    ),
    groups: PERFORMANCE_GROUPS,
    no_result: noResult,
    scaling: c.result.scaling.map((s) => ({
      indicator: s.indicator,
      sqrt: s.sqrt,
      clipped_high: s.clippedHigh,
      clipped_low: s.clippedLow,
      min: s.range.min,
      max: s.range.max,
    })),
  };
}

function regionRow(c: IndexComputation, r: InnovationIndexRow): IndexRegionRow {
  const names = c.names.get(r.region);
  return {
    region: r.region,
    name_nl: names?.name_nl ?? r.region,
    name_en: names?.name_en ?? r.region,
    index: r.index,
    relative: r.relative,
    group: r.group,
    band: r.band,
    rank: r.rank,
    rank_range: [r.rankRange[0], r.rankRange[1]],
    filled: r.filled.length,
    years: rowYears(c, r),
  };
}

/**
 * The year each of a row's values was measured: its own (in an edition, the latest within the
 * window), an earlier year's, or its parent's; null where the index had no value.
 */
export function rowYears(c: IndexComputation, r: InnovationIndexRow): (number | null)[] {
  const edition = c.query.mode === 'edition';
  return c.result.indicators.map((indicator, j) => {
    if (r.scores[j] == null) return null;
    const filled = r.filled.find((f) => f.indicator === indicator);
    const from = filled?.from === 'parent' ? filled.region : r.region;
    if (filled?.from === 'earlier-year') return filled.year;
    return edition ? (indexDataYear(c, indicator, from, r.year) ?? null) : r.year;
  });
}

/** indicatorYears per computation and year: every region's report of a level asks the same. */
const yearsOf = new WeakMap<IndexComputation, Map<number, readonly IndicatorYears[]>>();

/**
 * The measured years of each indicator's own values in a year or edition, over the level, in the
 * order of the computation's indicators (one pass over the level's values).
 */
export function indicatorYears(c: IndexComputation, year: number): readonly IndicatorYears[] {
  let byYear = yearsOf.get(c);
  if (!byYear) yearsOf.set(c, (byYear = new Map()));
  const known = byYear.get(year);
  if (known) return known;
  const stats = new Map<string, IndicatorYears>(
    c.result.indicators.map((indicator) => [
      indicator,
      { indicator, latest: null, earliest: null, regions: 0 },
    ]),
  );
  for (const v of c.levelValues) {
    if (v.year !== year) continue;
    const s = stats.get(v.indicator);
    if (!s) continue;
    const y =
      c.query.mode === 'edition' ? (indexDataYear(c, v.indicator, v.region, year) ?? year) : year;
    if (s.latest === null || y > s.latest) s.latest = y;
    if (s.earliest === null || y < s.earliest) s.earliest = y;
    s.regions += 1;
  }
  const years = [...stats.values()];
  byYear.set(year, years);
  return years;
}
