import type { IndicatorValue, ReferenceValue } from '../../src/core/index/indicator-value.js';

/**
 * One indicator's values in one year, region by region: a row of a table of test values.
 * `yearValues('rd', 2020, { NL21: 1.5, NL22: 2 })` holds rd 2020 for NL21 and NL22, in that order.
 */
export const yearValues = (
  indicator: string,
  year: number,
  byRegion: Readonly<Record<string, number>>,
): IndicatorValue[] =>
  Object.entries(byRegion).map(([region, value]) => ({ indicator, region, year, value }));

/** A reference area's values in one year, indicator by indicator: `referenceValues(2020, { rd: 1 })`. */
export const referenceValues = (
  year: number,
  byIndicator: Readonly<Record<string, number>>,
): ReferenceValue[] =>
  Object.entries(byIndicator).map(([indicator, value]) => ({ indicator, year, value }));
