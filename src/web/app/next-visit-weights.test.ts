import { describe, expect, it } from 'vitest';
import { nextVisitWeights, weightNumber } from './next-visit-weights.js';

describe('a weight as typed', () => {
  it.each([
    ['0,25', 0.25],
    [' 0.3 ', 0.3],
    ['2', 2],
    ['.5', 0.5],
  ])('takes a decimal point or a Dutch decimal comma: %j', (typed, weight) => {
    expect(weightNumber(typed)).toBe(weight);
  });

  it.each(['-1', 'veel', '', '1e3'])(
    'refuses negative numbers, words and empty fields: %j',
    (typed) => {
      expect(weightNumber(typed)).toBeNull();
    },
  );
});

describe('the four weights of a form', () => {
  it('are read when each is a number >= 0', () => {
    expect(
      nextVisitWeights({ recency: '0,3', coverage: '0.3', strength: '0', gaps: '0.2' }),
    ).toEqual({ ok: true, weights: { recency: 0.3, coverage: 0.3, strength: 0, gaps: 0.2 } });
  });

  it('name the first field that is not a number', () => {
    expect(nextVisitWeights({ recency: '1', coverage: 'x', strength: '', gaps: '1' })).toEqual({
      ok: false,
      field: 'coverage',
      reason: 'number',
    });
  });

  it('are refused when all are 0', () => {
    expect(nextVisitWeights({ recency: '0', coverage: '0,0', strength: '0', gaps: '0' })).toEqual({
      ok: false,
      field: 'recency',
      reason: 'zero',
    });
  });
});
