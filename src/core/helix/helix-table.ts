import type { HelixConfigurationCounts } from './helix-configuration-counts.js';
import { HELIX_CONFIGURATIONS, helixConfigurationMask } from './helix-configuration.js';

/**
 * A 2 x 2 x 2 table of project counts (or weights) by presence of U, I and G, indexed by mask:
 * U = 1, I = 2, G = 4. Cell 0 (none of the three) is 0 for projects, which leave such projects
 * out; it may be non-zero for a general joint distribution.
 */
export type HelixTable = readonly [number, number, number, number, number, number, number, number];

/**
 * The table of the seven configuration counts, with cell 0 (none of U, I, G) empty.
 *
 * @example
 * helixTableFromCounts({ U: 2, I: 2, G: 2, UI: 0, UG: 0, IG: 0, UIG: 2 });
 * // [0, 2, 2, 0, 2, 0, 0, 2]  (masks: U = 1, I = 2, UI = 3, G = 4, UG = 5, IG = 6, UIG = 7)
 */
export function helixTableFromCounts(counts: HelixConfigurationCounts): HelixTable {
  const cells: [number, number, number, number, number, number, number, number] = [
    0, 0, 0, 0, 0, 0, 0, 0,
  ];
  for (const configuration of HELIX_CONFIGURATIONS) {
    cells[helixConfigurationMask(configuration)] = counts[configuration];
  }
  return cells;
}
