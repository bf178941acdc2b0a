import { HELIX_CONFIGURATIONS, type HelixConfiguration } from './helix-configuration.js';

/** Project counts per helix configuration. */
export type HelixConfigurationCounts = Readonly<Record<HelixConfiguration, number>>;

/**
 * Counts per configuration of a list of project configurations; nulls (projects with none of
 * U, I, G) are left out.
 *
 * @example
 * helixConfigurationCounts(['U', 'UI', null, 'U']);
 * // { U: 2, I: 0, G: 0, UI: 1, UG: 0, IG: 0, UIG: 0 }
 */
export function helixConfigurationCounts(
  configurations: readonly (HelixConfiguration | null)[],
): HelixConfigurationCounts {
  const counts = Object.fromEntries(HELIX_CONFIGURATIONS.map((c) => [c, 0])) as Record<
    HelixConfiguration,
    number
  >;
  for (const configuration of configurations) {
    if (configuration !== null) counts[configuration] += 1;
  }
  return counts;
}
