import { codeLabel, type Bilingual, type BilingualTable } from '../eurostat/eurostat-labels.js';
import aggregates from './eurostat-aggregates.json' with { type: 'json' };

/**
 * Groups of countries Eurostat reports as if they were regions, named in eurostat-aggregates.json.
 * Rows for these codes are kept: the code becomes a region of kind 'aggregate' (level 0, no parent).
 */
export const EUROSTAT_AGGREGATES: BilingualTable = aggregates;

/** The name of a Eurostat aggregate code (EU27_2020, EA19, EFTA...), undefined for any other code. */
export function eurostatAggregate(code: string): Bilingual | undefined {
  return codeLabel(EUROSTAT_AGGREGATES, code);
}

/** True for a Eurostat aggregate code (EU27_2020, EA19, EFTA...). */
export function isEurostatAggregate(code: string): boolean {
  return eurostatAggregate(code) !== undefined;
}
