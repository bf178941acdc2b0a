import {
  helixConfigurationCounts,
  type HelixConfigurationCounts,
} from './helix-configuration-counts.js';
import { helixBootstrapValues } from './helix-bootstrap-values.js';
import { helixConfigurationMask, type HelixConfiguration } from './helix-configuration.js';
import { helixSynergyT } from './helix-synergy-t.js';
import { helixSynergyUndefined, type HelixSynergyUndefined } from './helix-synergy-undefined.js';
import { helixTableFromCounts } from './helix-table.js';
import type { Millibits } from './millibits.js';

/** Parameters of the synergy's bootstrap interval. */
export interface HelixSynergyOptions {
  /** Number of bootstrap resamples B (default 1000). */
  readonly resamples?: number;
  /** Seed of the resampling (default 1): the same input and seed give the same interval. */
  readonly seed?: number;
  /** Coverage of the percentile interval, in (0, 1) (default 0.95). */
  readonly confidence?: number;
}

export const HELIX_SYNERGY_DEFAULTS = { resamples: 1000, seed: 1, confidence: 0.95 } as const;

/** The triple-helix synergy of a region's projects, as the CLI and API report it. */
export interface HelixSynergyReport {
  /** Projects with at least one of U, I, G in the region. */
  readonly projects: number;
  /**
   * Projects given but left out because none of U, I, G occurs in them (their participants in
   * the region all have the role other); `projects` plus these are all the projects given.
   */
  readonly projects_without_helix_role: number;
  readonly configurations: HelixConfigurationCounts;
  /** T in millibits; null when it is not a measurement (see `t_undefined`). */
  readonly t_millibits: Millibits | null;
  /**
   * Percentile bootstrap interval of T over projects, at the chosen confidence (0.95 unless
   * `confidence` says otherwise); null when T is.
   */
  readonly t_ci95_millibits: readonly [Millibits, Millibits] | null;
  /** Why T is null (no projects, or a helix dimension that does not vary); null when it is not. */
  readonly t_undefined: HelixSynergyUndefined | null;
}

/** Quantile q of sorted values, interpolating linearly between order statistics (R type 7). */
function sortedQuantile(sorted: Float64Array, q: number): number {
  const position = q * (sorted.length - 1);
  const below = Math.floor(position);
  const above = Math.min(below + 1, sorted.length - 1);
  const low = sorted[below]!;
  return low + (position - below) * (sorted[above]! - low);
}

/**
 * Leydesdorff's triple-helix synergy T over a region's projects, in millibits, with a seeded
 * percentile bootstrap interval: B times, draw as many projects as there are, with replacement,
 * compute T of the resample; the interval runs from the (1 - confidence) / 2 to the
 * (1 + confidence) / 2 quantile of the B values (linear interpolation between order statistics).
 * Null entries (projects with none of U, I, G) are left out, and counted in
 * `projects_without_helix_role`. T and its interval are null, with
 * the reason in `t_undefined`, without projects or when one of U, I, G is in none or in all of
 * them (T is then 0 by its formula, see helixSynergyUndefined). Throws a RangeError on a
 * resample count below 1 or a confidence outside (0, 1).
 *
 * @example
 * helixSynergy(['U', 'U', 'I', 'I', 'G', 'G', 'UIG', 'UIG', null]);
 * // { projects: 8, projects_without_helix_role: 1,
 * //   configurations: { U: 2, I: 2, G: 2, UI: 0, UG: 0, IG: 0, UIG: 2 },
 * //   t_millibits: -1000, t_ci95_millibits: [lo, hi], t_undefined: null }
 * //   (same lo, hi on every run for seed 1)
 * helixSynergy(['I', 'I']).t_undefined;
 * // { reason: 'dimension_constant', absent: ['U', 'G'], everywhere: ['I'] }
 */
export function helixSynergy(
  configurations: readonly (HelixConfiguration | null)[],
  options: HelixSynergyOptions = {},
): HelixSynergyReport {
  const resamples = options.resamples ?? HELIX_SYNERGY_DEFAULTS.resamples;
  const seed = options.seed ?? HELIX_SYNERGY_DEFAULTS.seed;
  const confidence = options.confidence ?? HELIX_SYNERGY_DEFAULTS.confidence;
  if (!Number.isInteger(resamples) || resamples < 1) {
    throw new RangeError(`resamples must be a positive integer, got ${resamples}`);
  }
  if (!(confidence > 0 && confidence < 1)) {
    throw new RangeError(`confidence must lie strictly between 0 and 1, got ${confidence}`);
  }
  const counts = helixConfigurationCounts(configurations);
  const masks = Uint8Array.from(
    configurations.filter((c): c is HelixConfiguration => c !== null),
    helixConfigurationMask,
  );
  const projects = masks.length;
  const left = configurations.length - projects;
  const table = helixTableFromCounts(counts);
  const undefinedT = helixSynergyUndefined(table);
  const t = undefinedT ? null : helixSynergyT(table);
  if (projects === 0 || t === null) {
    return {
      projects,
      projects_without_helix_role: left,
      configurations: counts,
      t_millibits: null,
      t_ci95_millibits: null,
      t_undefined: undefinedT,
    };
  }

  const values = helixBootstrapValues(masks, resamples, seed);
  values.sort();
  const tail = (1 - confidence) / 2;
  const interval = [sortedQuantile(values, tail), sortedQuantile(values, 1 - tail)] as const;
  return {
    projects,
    projects_without_helix_role: left,
    configurations: counts,
    t_millibits: t,
    t_ci95_millibits: interval as readonly [Millibits, Millibits],
    t_undefined: null,
  };
}
