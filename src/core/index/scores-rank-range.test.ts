import { describe, expect, it } from 'vitest';
import { scoresRankRange } from './scores-rank-range.js';

describe('scoresRankRange', () => {
  it('spans the ranks a region takes as each indicator is left out, the full rank included', () => {
    // full means: A 0.5, B 0.6, C 0.5 -> ranks 2, 1, 2
    // without the 1st: A 0, B 0.6, C 1 -> 3, 2, 1; without the 2nd: A 1, B 0.6, C 0 -> 1, 2, 3
    const ranges = scoresRankRange(
      [
        [1, 0],
        [0.6, 0.6],
        [0, 1],
      ],
      [1, 1],
    );
    expect(ranges).toEqual([
      { rank: 2, rankRange: [1, 3] },
      { rank: 1, rankRange: [1, 2] },
      { rank: 2, rankRange: [1, 3] },
    ]);
  });

  it('keeps the full rank alone when leaving an indicator out changes nothing', () => {
    // A dominates B on both indicators
    expect(
      scoresRankRange(
        [
          [1, 1],
          [0, 0],
        ],
        [1, 1],
      ),
    ).toEqual([
      { rank: 1, rankRange: [1, 1] },
      { rank: 2, rankRange: [2, 2] },
    ]);
  });

  it('skips a variant in which a region has no score left, and gives no range without an index', () => {
    // full: A 0.2, B 0.3 -> 2, 1; without the 1st: A has no index, B 0.5 -> 1;
    // without the 2nd: A 0.2, B 0.1 -> 1, 2
    expect(
      scoresRankRange(
        [
          [0.2, null],
          [0.1, 0.5],
          [null, null],
        ],
        [1, 1],
      ),
    ).toEqual([{ rank: 2, rankRange: [1, 2] }, { rank: 1, rankRange: [1, 2] }, null]);
  });

  it('ties two regions whose means differ only by rounding', () => {
    // 0.1 + 0.2 + 0.3 = 0.6000000000000001 but 0.3 + 0.2 + 0.1 = 0.6 in floating point
    expect(
      scoresRankRange(
        [
          [0.1, 0.2, 0.3],
          [0.3, 0.2, 0.1],
        ],
        [1, 1, 1],
      ).map((r) => r?.rank),
    ).toEqual([1, 1]);
  });

  it('ranks the same at any scale of the weights', () => {
    const rows = [
      [0.2, 0.9],
      [0.8, 0.1],
    ];
    expect(scoresRankRange(rows, [1e-15, 3e-15])).toEqual(scoresRankRange(rows, [1, 3]));
  });

  it('ranks a region whose only score has a tiny weight', () => {
    // A counts on indicator 1 alone, weighted 1e-13 of indicator 2: it still has an index.
    // full: A 0.5, B ≈ 0.4 -> 1, 2; without the 1st: A none, B 0.4 -> B 1; without the 2nd: 0.5, 0.2
    expect(
      scoresRankRange(
        [
          [0.5, null],
          [0.2, 0.4],
        ],
        [1e-13, 1],
      ),
    ).toEqual([
      { rank: 1, rankRange: [1, 1] },
      { rank: 2, rankRange: [1, 2] },
    ]);
  });
});
