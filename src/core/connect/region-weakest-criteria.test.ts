import { describe, expect, it } from 'vitest';
import { regionWeakestCriteria, type CriterionScore } from './region-weakest-criteria.js';

const scores: CriterionScore[] = [
  { region: 'NL213', kind: 'indicator', id: 'rd', score: 0.6 },
  { region: 'NL213', kind: 'indicator', id: 'patents', score: 0.2 },
  { region: 'NL213', kind: 'key-area', id: 'water', score: 0.2 },
  { region: 'NL414', kind: 'indicator', id: 'rd', score: 0.1 },
];

describe('regionWeakestCriteria', () => {
  it("takes the region's lowest scores, ties by kind and id", () => {
    expect(regionWeakestCriteria('NL213', scores, 2)).toEqual([
      { kind: 'indicator', id: 'patents' },
      { kind: 'key-area', id: 'water' },
    ]);
  });

  it('returns a given list as it is', () => {
    const given = [{ kind: 'indicator', id: 'rd' }] as const;
    expect(regionWeakestCriteria('NL213', scores, given)).toBe(given);
  });
});
