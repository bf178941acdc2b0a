import type { HelixRole } from '../helix-role.js';

/**
 * The seven non-empty helix configurations of a project: which of U (knowledge: research or
 * education), I (business) and G (government) take part.
 */
export const HELIX_CONFIGURATIONS = ['U', 'I', 'G', 'UI', 'UG', 'IG', 'UIG'] as const;
export type HelixConfiguration = (typeof HELIX_CONFIGURATIONS)[number];

/** Bit of each helix dimension in a configuration mask: U = 1, I = 2, G = 4. */
export const HELIX_DIMENSION_BIT = { U: 1, I: 2, G: 4 } as const;

const ROLE_BIT: Readonly<Record<HelixRole, number>> = {
  research: HELIX_DIMENSION_BIT.U,
  education: HELIX_DIMENSION_BIT.U,
  business: HELIX_DIMENSION_BIT.I,
  government: HELIX_DIMENSION_BIT.G,
  other: 0,
};

/** Configuration by mask (index 0, none of the three, has none). */
const CONFIGURATION_OF_MASK: readonly (HelixConfiguration | null)[] = [
  null,
  'U',
  'I',
  'UI',
  'G',
  'UG',
  'IG',
  'UIG',
];

/**
 * The bit mask of a configuration: U = 1, I = 2, G = 4, summed.
 *
 * @example
 * helixConfigurationMask('UG'); // 5
 */
export function helixConfigurationMask(configuration: HelixConfiguration): number {
  return CONFIGURATION_OF_MASK.indexOf(configuration);
}

/**
 * A project's helix configuration for a region: which of U (research or education), I (business)
 * and G (government) occur among the project's participants located in the region. Participants
 * outside the region, and the role 'other', count for none. Returns null when none of the three
 * occur: such a project is left out of the synergy.
 *
 * @example
 * const participants = [
 *   { role: 'education', nuts: 'NL213' },
 *   { role: 'business', nuts: 'NL213' },
 *   { role: 'government', nuts: 'NL329' },
 * ] as const;
 * helixConfiguration(participants, (p) => p.nuts === 'NL213'); // 'UI'
 * helixConfiguration(participants, (p) => p.nuts === 'NL111'); // null
 */
export function helixConfiguration<P extends { readonly role: HelixRole }>(
  participants: readonly P[],
  inRegion: (participant: P) => boolean,
): HelixConfiguration | null {
  let mask = 0;
  for (const participant of participants) {
    if (inRegion(participant)) mask |= ROLE_BIT[participant.role];
  }
  return helixConfigurationOfMask(mask);
}

/**
 * The bit a role sets in a configuration mask: research and education U (1), business I (2),
 * government G (4), other none (0). A project's mask is the OR of its participants' bits.
 *
 * @example
 * helixRoleBit('education') | helixRoleBit('business'); // 3, the mask of 'UI'
 */
export function helixRoleBit(role: HelixRole): number {
  return ROLE_BIT[role];
}

/**
 * The configuration of a mask (see {@link helixRoleBit}); null for 0, where none of the three
 * takes part.
 *
 * @example
 * helixConfigurationOfMask(5); // 'UG'
 */
export function helixConfigurationOfMask(mask: number): HelixConfiguration | null {
  return CONFIGURATION_OF_MASK[mask] ?? null;
}
