/**
 * The helix figures of a region whose organisations are placed at country level only (as in
 * Germany): not available, with the reason code, and every count null rather than 0.
 */
export const HELIX_AT_COUNTRY_LEVEL_ONLY = {
  available: false,
  reason_code: 'country_level_only',
  projects: null,
  configurations: null,
  composition: null,
} as const;
