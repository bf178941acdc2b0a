import { describe, expect, it } from 'vitest';
import { scoresRank } from './scores-rank.js';

describe('scoresRank', () => {
  it('ranks from the highest score down, ties sharing the better rank', () => {
    // 0.9 -> 1; the two 0.5s share 2; 0.1 comes fourth
    expect(scoresRank([0.5, 0.9, 0.1, 0.5])).toEqual([2, 1, 4, 2]);
  });

  it('gives no rank to a missing score', () => {
    expect(scoresRank([0.5, null, 0.7])).toEqual([2, null, 1]);
  });
});
