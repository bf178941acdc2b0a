import { describe, expect, it } from 'vitest';
import { placementCoverage, type PlacedParticipation } from './placement-coverage.js';
import { regionMeasurability } from './region-measurability.js';

const records: PlacedParticipation[] = [
  { country: 'NL', placedIn: 'NL213', business: false, contribution: 10 },
  { country: 'DE', placedIn: 'DE', business: true, contribution: 10 },
  { country: 'BE', placedIn: 'BE2', business: true, contribution: 10 },
];

describe('regionMeasurability', () => {
  it('measures a region whose country is placed down to its level', () => {
    expect(regionMeasurability(placementCoverage(records, 'NL', 3), true)).toEqual({
      available: true,
      reason_code: null,
    });
  });

  it('says a region of a country placed at country level only cannot be measured', () => {
    expect(regionMeasurability(placementCoverage(records, 'DE', 2), true)).toEqual({
      available: false,
      reason_code: 'country_level_only',
    });
  });

  it('says a region finer than its country is placed cannot be measured', () => {
    expect(regionMeasurability(placementCoverage(records, 'BE', 2), true).reason_code).toBe(
      'coarser_than_region',
    );
    expect(regionMeasurability(placementCoverage(records, 'BE', 1), true).available).toBe(true);
  });

  it('measures a country whenever participations are loaded', () => {
    expect(regionMeasurability(placementCoverage(records, 'DE', 0), true).available).toBe(true);
    expect(regionMeasurability(placementCoverage(records, 'FR', 0), true).available).toBe(true);
  });

  it('measures nothing when no participations are loaded', () => {
    expect(regionMeasurability(placementCoverage([], 'NL', 0), false)).toEqual({
      available: false,
      reason_code: 'no_participations',
    });
  });
});
