import { HELIX_DIMENSION_BIT } from './helix-configuration.js';
import type { HelixTable } from './helix-table.js';

/** One of the three helix dimensions: U (knowledge), I (business), G (government). */
export type HelixDimension = keyof typeof HELIX_DIMENSION_BIT;

const DIMENSIONS: readonly HelixDimension[] = ['U', 'I', 'G'];

/** Why T can be undefined: see HelixSynergyUndefined. */
export const HELIX_SYNERGY_UNDEFINED_REASONS = ['no_projects', 'dimension_constant'] as const;

/** Why T is not measured for a table of projects. */
export interface HelixSynergyUndefined {
  /**
   * `no_projects`: no project has any of U, I, G. `dimension_constant`: at least one dimension
   * takes part in none of the projects or in all of them, which makes T zero by its formula
   * whatever the other two do.
   */
  readonly reason: (typeof HELIX_SYNERGY_UNDEFINED_REASONS)[number];
  /** The dimensions that take part in none of the projects, in U, I, G order. */
  readonly absent: readonly HelixDimension[];
  /** The dimensions that take part in every project, in U, I, G order. */
  readonly everywhere: readonly HelixDimension[];
}

/**
 * Why the triple-helix synergy T of a U x I x G table is not a measurement, or null when it is.
 * T = H(U) + H(I) + H(G) - H(U,I) - H(U,G) - H(I,G) + H(U,I,G). When one dimension, say G, does
 * not vary over the projects (in none of them, or in all), H(G) = 0, H(U,G) = H(U),
 * H(I,G) = H(I) and H(U,I,G) = H(U,I), so T = 0 whatever U and I do: a zero by construction,
 * not a finding. T says something only when each of U, I and G is present in some projects and
 * absent from others, which takes at least two projects. A single project, or projects of one
 * helix sector only, are special cases of this rule.
 *
 * @example
 * // Two projects, business only: U and G in none of them, I in both.
 * helixSynergyUndefined([0, 0, 2, 0, 0, 0, 0, 0]);
 * // { reason: 'dimension_constant', absent: ['U', 'G'], everywhere: ['I'] }
 * helixSynergyUndefined([0, 2, 2, 0, 2, 0, 0, 2]); // null: each dimension varies
 */
export function helixSynergyUndefined(table: HelixTable): HelixSynergyUndefined | null {
  let total = 0;
  const present = { U: 0, I: 0, G: 0 };
  for (let mask = 0; mask < 8; mask++) {
    const cell = table[mask]!;
    total += cell;
    for (const d of DIMENSIONS) if (mask & HELIX_DIMENSION_BIT[d]) present[d] += cell;
  }
  if (total === 0) return { reason: 'no_projects', absent: [...DIMENSIONS], everywhere: [] };
  const absent = DIMENSIONS.filter((d) => present[d] === 0);
  const everywhere = DIMENSIONS.filter((d) => present[d] === total);
  if (absent.length === 0 && everywhere.length === 0) return null;
  return { reason: 'dimension_constant', absent, everywhere };
}
