import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { scoresRank, wholeScoresRank } from './scores-rank.js';

describe('scoresRank', () => {
  it('ranks from the highest score down, ties sharing the better rank', () => {
    // 0.9 -> 1; the two 0.5s share 2; 0.1 comes fourth
    expect(scoresRank([0.5, 0.9, 0.1, 0.5])).toEqual([2, 1, 4, 2]);
  });

  it('gives no rank to a missing score', () => {
    expect(scoresRank([0.5, null, 0.7])).toEqual([2, null, 1]);
  });
});

describe('wholeScoresRank', () => {
  it('ranks whole numbers from the highest down, ties sharing the better rank', () => {
    expect(wholeScoresRank([500, 900, null, 500, 0, -0, -3])).toEqual([2, 1, null, 2, 4, 4, 6]);
  });

  it('gives what scoresRank gives, for whole numbers and any others', () => {
    const score = fc.oneof(
      fc.integer({ min: -5, max: 5 }),
      fc.integer({ min: 0, max: 1e12 }),
      fc.constantFrom(null, -0, 0.5, Number.MAX_SAFE_INTEGER, 2 ** 52),
      fc.double({ noNaN: true }),
    );
    fc.assert(
      fc.property(fc.array(score, { maxLength: 40 }), (scores) => {
        expect(wholeScoresRank(scores)).toEqual(scoresRank(scores));
      }),
    );
  });

  it('gives what scoresRank gives for many whole numbers, with ties', () => {
    fc.assert(
      fc.property(
        fc.array(fc.option(fc.integer({ min: 0, max: 30 })), { minLength: 100, maxLength: 700 }),
        (scores) => {
          expect(wholeScoresRank(scores)).toEqual(scoresRank(scores));
        },
      ),
      { numRuns: 30 },
    );
  });
});
