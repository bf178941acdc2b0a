/** The roles of the (quadruple) helix. CORDIS activity types map onto them one to one. */
export const HELIX_ROLES = ['business', 'research', 'education', 'government', 'other'] as const;
export type HelixRole = (typeof HELIX_ROLES)[number];

/** CORDIS activity type -> helix role (PRODUCT.md, "Domain"). */
export const CORDIS_ACTIVITY_HELIX: Readonly<Record<string, HelixRole>> = {
  PRC: 'business',
  REC: 'research',
  HES: 'education',
  PUB: 'government',
  OTH: 'other',
};

/** True when `value` is one of the five helix roles. */
export function isHelixRole(value: string): value is HelixRole {
  return (HELIX_ROLES as readonly string[]).includes(value);
}
