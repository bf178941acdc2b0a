import type { IndicatorValue } from '../../src/core/index/indicator-value.js';

/**
 * One observation, written in the order a table of test values reads:
 * `indicatorValueOf('rd', 'NL21', 2020, 1.5)`.
 */
export const indicatorValueOf = (
  indicator: string,
  region: string,
  year: number,
  value: number,
): IndicatorValue => ({ indicator, region, year, value });
