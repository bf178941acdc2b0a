import type { PlacementCoverage } from './placement-coverage.js';

/** Why a region's figures from placed participations cannot be measured. */
export type UnmeasurableReason =
  /** No participations are loaded at all. */
  | 'no_participations'
  /** The country's organisations are placed at country level only (or there are none). */
  | 'country_level_only'
  /** The country's organisations are placed below country level, but not down to the region's. */
  | 'coarser_than_region';

/**
 * Why a measure of a measurable region is null when no organisation is placed in the region: the
 * region's figures count nothing, and whatever else would make a measure null follows from that.
 */
export const NO_PLACED_ORGANISATIONS = 'no_placed_organisations';

export type RegionMeasurability =
  | { readonly available: true; readonly reason_code: null }
  | { readonly available: false; readonly reason_code: UnmeasurableReason };

/**
 * Whether figures built from the participations placed in a region can be measured: the loaded
 * data must hold participations, and place organisations of the region's country at the region's
 * level or below. A country (level 0) is measurable whenever participations are loaded. A region
 * that qualifies is measurable even when no organisation is placed in it; its figures then give
 * their counts as null with NO_PLACED_ORGANISATIONS as the reason, since its organisations may be
 * among the unplaced.
 *
 * @example
 * regionMeasurability(placementCoverage(records, 'DE', 2), true);
 * // { available: false, reason_code: 'country_level_only' }  (every German organisation at DE)
 */
export function regionMeasurability(
  coverage: PlacementCoverage,
  participationsLoaded: boolean,
): RegionMeasurability {
  if (!participationsLoaded) return { available: false, reason_code: 'no_participations' };
  if (coverage.level === 0 || coverage.placed > 0) return { available: true, reason_code: null };
  if (coverage.deepestLevel === null || coverage.deepestLevel === 0)
    return { available: false, reason_code: 'country_level_only' };
  return { available: false, reason_code: 'coarser_than_region' };
}
