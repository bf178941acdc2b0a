import { indicatorScaling, indicatorScalingScore } from './indicator-scaling.js';
import type { IndicatorValue } from './indicator-value.js';

/** A region's normalised score on one indicator at its own level, and the year it was measured. */
export interface OwnLevelScore {
  readonly score: number;
  readonly year: number;
}

/**
 * Scores in [0, 1] of `regions` on each of `indicators` from values measured at their own level:
 * each indicator is clipped, square-root transformed when skewed and min-max scaled over every
 * value of that level held (`values`: all regions, all years), as steps 3-5 of the index do; a
 * region scores with its latest value. Regions or indicators without a value at the level, and
 * indicators without spread, get no score (they are absent, not 0). Pure.
 *
 * @example
 * ownLevelScores(
 *   [{ indicator: 'pat', region: 'NL211', year: 2012, value: 77 },
 *    { indicator: 'pat', region: 'NL213', year: 2012, value: 124 },
 *    { indicator: 'pat', region: 'NL212', year: 2012, value: 67 }],
 *   ['pat'], ['NL213'],
 * ).get('NL213'); // Map { 'pat' => { score: 1, year: 2012 } }
 */
export function ownLevelScores(
  values: readonly IndicatorValue[],
  indicators: readonly string[],
  regions: readonly string[],
): Map<string, Map<string, OwnLevelScore>> {
  const wanted = new Set(regions);
  const out = new Map<string, Map<string, OwnLevelScore>>();
  for (const indicator of indicators) {
    const mine = values.filter((v) => v.indicator === indicator && Number.isFinite(v.value));
    if (mine.length === 0) continue;
    const scaling = indicatorScaling(
      indicator,
      mine.map((v) => v.value),
    );
    const latest = new Map<string, IndicatorValue>();
    for (const v of mine) {
      if (!wanted.has(v.region)) continue;
      const held = latest.get(v.region);
      if (!held || v.year > held.year) latest.set(v.region, v);
    }
    for (const [region, v] of latest) {
      const score = indicatorScalingScore(scaling, v.value);
      if (score === null) continue;
      let scores = out.get(region);
      if (!scores) out.set(region, (scores = new Map()));
      scores.set(indicator, { score, year: v.year });
    }
  }
  return out;
}
