import type { EditionValue } from '../../core/index/edition-values.js';
import { editionLatestComplete } from '../../core/index/edition-latest-complete.js';
import type { IndexComputation } from './innovation-index.js';

// The years of a computed index: which year a value was measured in, which edition or year a page
// opens on, and the nearest year with an index.

/** Per edition computation: the values of the level and above, by region. */
const valuesByRegionOf = new WeakMap<
  IndexComputation,
  ReadonlyMap<string, readonly EditionValue[]>
>();

/**
 * In an edition computation, the year in which the value of `indicator` for `region` (of the
 * level or above) that `edition` uses was measured; undefined where the edition has no such value,
 * and in a computation per year. The values are grouped by region once per computation, so that a
 * question looks only at the region's own values.
 *
 * @example
 * indexDataYear(computation, 'rd_e_gerdreg_pc_gdp_bes', 'NL21', 2013); // e.g. 2011
 */
export function indexDataYear(
  computation: IndexComputation,
  indicator: string,
  region: string,
  edition: number,
): number | undefined {
  if (computation.query.mode !== 'edition') return undefined;
  let byRegion = valuesByRegionOf.get(computation);
  if (!byRegion) {
    const grouped = new Map<string, EditionValue[]>();
    for (const list of [computation.levelValues, computation.parentLevelValues])
      for (const v of list as readonly EditionValue[]) {
        const values = grouped.get(v.region);
        if (values) values.push(v);
        else grouped.set(v.region, [v]);
      }
    valuesByRegionOf.set(computation, (byRegion = grouped));
  }
  let found: number | undefined;
  // The last one wins, as it did when the values were gathered into a map in order.
  for (const v of byRegion.get(region) ?? [])
    if (v.year === edition && v.indicator === indicator) found = v.dataYear;
  return found;
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

/** defaultEdition per computation: every region's report of a level asks the same. */
const defaultEditions = new WeakMap<IndexComputation, number | null>();

/**
 * The default edition: the latest in which every indicator of the set has a value for some region
 * of the level and that gives at least one region an index.
 */
export function defaultEdition(computation: IndexComputation): number | null {
  if (defaultEditions.has(computation)) return defaultEditions.get(computation)!;
  const edition = latestIndexedEdition(computation);
  defaultEditions.set(computation, edition);
  return edition;
}

function latestIndexedEdition(computation: IndexComputation): number | null {
  const complete = editionLatestComplete(
    computation.levelValues as readonly EditionValue[],
    computation.result.indicators,
  );
  const indexed = new Set(computation.result.rows.map((r) => r.year));
  const candidates = computation.result.years.filter(
    (y) => indexed.has(y) && (complete === null || y <= complete),
  );
  return candidates.at(-1) ?? computation.result.years.filter((y) => indexed.has(y)).at(-1) ?? null;
}

/** The year (or edition) nearest to `year` in which a region passing `filter` has an index. */
export function nearestIndexedYear(
  computation: IndexComputation,
  year: number,
  filter?: (region: string) => boolean,
): number | null {
  let best: number | null = null;
  for (const r of computation.result.rows) {
    if (filter && !filter(r.region)) continue;
    const d = Math.abs(r.year - year);
    const bestD = best === null ? Infinity : Math.abs(best - year);
    // On a tie the later year wins: it holds the more recent data.
    if (d < bestD || (d === bestD && best !== null && r.year > best)) best = r.year;
  }
  return best;
}
