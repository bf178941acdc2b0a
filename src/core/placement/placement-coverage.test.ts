import { describe, expect, it } from 'vitest';
import { placementCoverage, type PlacedParticipation } from './placement-coverage.js';

const take = (
  country: string | null,
  placedIn: string | null,
  business: boolean,
  contribution: number | null,
): PlacedParticipation => ({ country, placedIn, business, contribution });

const records = [
  take('NL', 'NL213', false, 300),
  take('NL', 'NL213', true, 100),
  take('NL', 'NL', true, 50),
  take('NL', 'NL', false, 50),
  take('NL', 'NL41', true, null),
  take('DE', 'DE', true, 400),
];

describe('placementCoverage', () => {
  it('counts the participations placed at the level asked about or below it', () => {
    const c = placementCoverage(records, 'NL', 3);
    expect(c).toMatchObject({ participations: 5, placed: 2, unplaced: 3, unplacedBusiness: 2 });
    expect(c.placedShare).toBeCloseTo(2 / 5, 12);
    expect(c.placedContributionShare).toBeCloseTo(400 / 500, 12);
    expect(c.deepestLevel).toBe(3);
  });

  it('counts an organisation placed below the level as placed at it', () => {
    const c = placementCoverage(records, 'NL', 2);
    expect(c.placed).toBe(3);
    expect(c.placedShare).toBeCloseTo(3 / 5, 12);
  });

  it('places every participation of the country at country level', () => {
    expect(placementCoverage(records, 'NL', 0).placedShare).toBe(1);
  });

  it('places nothing of a country whose organisations sit at country level only', () => {
    const c = placementCoverage(records, 'DE', 2);
    expect(c).toMatchObject({ participations: 1, placed: 0, unplaced: 1, deepestLevel: 0 });
    expect(c.placedShare).toBe(0);
    expect(c.placedContributionShare).toBe(0);
  });

  it('leaves the shares null for a country without participations', () => {
    const c = placementCoverage(records, 'BE', 1);
    expect(c).toMatchObject({ participations: 0, placedShare: null, deepestLevel: null });
    expect(c.placedContributionShare).toBeNull();
  });

  it('does not count an organisation without a place, or placed in another country, as placed', () => {
    const c = placementCoverage(
      [take('NL', null, false, 10), take('NL', 'BE21', false, 10), take('NL', 'NL213', false, 20)],
      'NL',
      3,
    );
    expect(c.placed).toBe(1);
    expect(c.placedContributionShare).toBeCloseTo(0.5, 12);
  });
});
