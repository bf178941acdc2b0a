import { describe, expect, it } from 'vitest';
import { indicatorValueOf as v } from '../../../test/support/indicator-value-of.js';
import { yearValues } from '../../../test/support/indicator-values-table.js';
import { ownLevelScores } from './own-level-scores.js';

describe('ownLevelScores', () => {
  it('scales each indicator over every value of the level and scores a region with its latest value', () => {
    // pat: 0, 5, 10 over all years: no outlier, skewness 0, range 0..10.
    const values = [
      v('pat', 'NL211', 2011, 0),
      ...yearValues('pat', 2012, { NL211: 5, NL213: 10, DE111: 5 }),
    ];
    const scores = ownLevelScores(values, ['pat', 'rd'], ['NL211', 'NL213', 'NL212']);
    expect(scores.get('NL211')?.get('pat')).toEqual({ score: 0.5, year: 2012 });
    expect(scores.get('NL213')?.get('pat')).toEqual({ score: 1, year: 2012 });
    // No value at the level: absent, not 0; regions not asked for are left out.
    expect(scores.has('NL212')).toBe(false);
    expect(scores.has('DE111')).toBe(false);
    expect(scores.get('NL211')?.has('rd')).toBe(false);
  });

  it('gives no score for an indicator without spread', () => {
    const values = yearValues('pat', 2012, { NL211: 3, NL212: 3 });
    const scores = ownLevelScores(values, ['pat'], ['NL211', 'NL212']);
    expect(scores.size).toBe(0);
  });
});
