import { describe, expect, it } from 'vitest';
import { scoresWeightedMean } from './scores-weighted-mean.js';

describe('scoresWeightedMean', () => {
  it('is the unweighted mean when every weight is 1', () => {
    // (0.2 + 0.4 + 0.9) / 3 = 0.5
    expect(scoresWeightedMean([0.2, 0.4, 0.9], [1, 1, 1])).toBeCloseTo(0.5, 12);
  });

  it('weighs the scores', () => {
    // (3 x 0.2 + 1 x 0.4) / 4 = 1.0 / 4 = 0.25
    expect(scoresWeightedMean([0.2, 0.4], [3, 1])).toBeCloseTo(0.25, 12);
  });

  it('leaves out missing scores and weights of 0, renormalising the rest', () => {
    // (0.2 + 0.4) / 2 = 0.3
    expect(scoresWeightedMean([0.2, 0.4, null, 1], [1, 1, 1, 0])).toBeCloseTo(0.3, 12);
  });

  it('is null when nothing is left', () => {
    expect(scoresWeightedMean([null, 1], [1, 0])).toBeNull();
    expect(scoresWeightedMean([], [])).toBeNull();
  });
});
