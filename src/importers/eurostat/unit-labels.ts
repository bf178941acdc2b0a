import { codeLabel, EUROSTAT_LABELS, type Bilingual } from './eurostat-labels.js';

export type { Bilingual } from './eurostat-labels.js';

/**
 * The readers' name of a unit, or undefined when the unit is not known (the caller shows the
 * code, and the catalogue test names it).
 *
 * @example unitLabels('P_MHAB') -> { nl: 'per miljoen inwoners', en: 'per million inhabitants' }
 */
export function unitLabels(unit: string): Bilingual | undefined {
  const { units, unitAliases } = EUROSTAT_LABELS;
  return codeLabel(units, Object.hasOwn(unitAliases, unit) ? unitAliases[unit]! : unit);
}
