import type { InnovationIndexRow } from '../../core/index/region-innovation-index.js';
import type { IndexComputation } from './innovation-index.js';

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
}

export interface IndexReport {
  year: number;
  level: number;
  reference: string;
  reference_index: number | null;
  indicators: string[];
  weights: number[];
  regions: IndexRegionRow[];
  /** Regions with some data that year but too few own values for an index. */
  excluded: number;
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
): IndexReport {
  const rows = c.result.rows.filter((r) => r.year === year && (!filter || filter(r.region)));
  return {
    year,
    level: c.query.level,
    reference: c.referenceCode,
    reference_index: c.result.reference.find((r) => r.year === year)?.index ?? null,
    indicators: [...c.result.indicators],
    weights: [...c.result.weights],
    regions: rows.map((r) => regionRow(c, r)),
    excluded: c.result.excluded.filter((e) => e.year === year && (!filter || filter(e.region)))
      .length,
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
  };
}

export interface RegionIndexReport {
  region: string;
  /** The region the index was computed for: the region itself at NUTS2, else its NUTS2 parent. */
  computed_for: string;
  year: number | null;
  index: number | null;
  relative: number | null;
  group: string | null;
  band: string | null;
  rank: number | null;
  of: number;
  rank_range: [number, number] | null;
  reference: string;
  trend: { year: number; index: number; relative: number | null; rank: number }[];
  indicators: {
    id: string;
    score: number | null;
    filled_from: string | null;
    trend: {
      first_year: number;
      last_year: number;
      first: number;
      last: number;
      relative: number | null;
    } | null;
  }[];
}

/** One region's index in a year, its trend over the years held and its indicator scores. */
export function regionIndexReport(
  c: IndexComputation,
  region: string,
  computedFor: string,
  year: number | null,
): RegionIndexReport {
  const rows = c.result.rows.filter((r) => r.region === computedFor);
  const row = rows.find((r) => r.year === year) ?? null;
  const trend = c.result.trends.find((t) => t.region === computedFor);
  const of = year === null ? 0 : c.result.rows.filter((r) => r.year === year).length;
  return {
    region,
    computed_for: computedFor,
    year,
    index: row?.index ?? null,
    relative: row?.relative ?? null,
    group: row?.group ?? null,
    band: row?.band ?? null,
    rank: row?.rank ?? null,
    of,
    rank_range: row ? [row.rankRange[0], row.rankRange[1]] : null,
    reference: c.referenceCode,
    trend: rows.map((r) => ({ year: r.year, index: r.index, relative: r.relative, rank: r.rank })),
    indicators: c.result.indicators.map((id, j) => {
      const filled = row?.filled.find((f) => f.indicator === id);
      const t = trend?.indicators.find((i) => i.indicator === id)?.trend ?? null;
      return {
        id,
        score: row?.scores[j] ?? null,
        filled_from: !filled
          ? null
          : filled.from === 'parent'
            ? `${filled.region} (same year)`
            : `own value of ${filled.year}`,
        trend: t
          ? {
              first_year: t.firstYear,
              last_year: t.lastYear,
              first: t.first,
              last: t.last,
              relative: t.relative,
            }
          : null,
      };
    }),
  };
}
