import { describe, expect, it } from 'vitest';
import { nextVisitWeights, weightNumber } from './next-visit-weights.js';

describe('a weight as typed', () => {
  it('takes a decimal point or a Dutch decimal comma', () => {
    expect(weightNumber('0,25')).toBe(0.25);
    expect(weightNumber(' 0.3 ')).toBe(0.3);
    expect(weightNumber('2')).toBe(2);
    expect(weightNumber('.5')).toBe(0.5);
  });

  it('refuses negative numbers, words and empty fields', () => {
    expect(weightNumber('-1')).toBeNull();
    expect(weightNumber('veel')).toBeNull();
    expect(weightNumber('')).toBeNull();
    expect(weightNumber('1e3')).toBeNull();
  });
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
