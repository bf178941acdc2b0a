import { describe, expect, it } from 'vitest';
import { keyAreaMeasuredGroups } from './key-area-measured-groups.js';

const sc2 = new Map([
  ['agri-food', 0.6],
  ['horticulture', 0.2],
  ['water', 0.2],
]);
const sc5 = new Map([
  ['water', 0.5],
  ['chemistry', 0.5],
]);
const leit = new Map([
  ['htsm', 0.8],
  ['chemistry', 0.2],
]);

describe('keyAreaMeasuredGroups', () => {
  it('merges key areas that every unit classifies into in one fixed proportion', () => {
    expect(
      keyAreaMeasuredGroups(
        ['agri-food', 'horticulture', 'water', 'chemistry', 'htsm'],
        [sc2, sc5, leit],
      ),
    ).toEqual([['agri-food', 'horticulture'], ['water'], ['chemistry'], ['htsm']]);
  });

  it('keeps key areas apart as soon as one unit gives them another proportion', () => {
    const horticultureOwn = new Map([['horticulture', 1]]);
    expect(
      keyAreaMeasuredGroups(['agri-food', 'horticulture', 'water'], [sc2, sc5, horticultureOwn]),
    ).toEqual([['agri-food'], ['horticulture'], ['water']]);
  });

  it('leaves a key area no unit classifies into on its own, unmeasured rather than merged', () => {
    expect(keyAreaMeasuredGroups(['logistics', 'creative', 'water'], [sc5])).toEqual([
      ['logistics'],
      ['creative'],
      ['water'],
    ]);
  });

  it('merges three key areas that always come together, in the order they are listed', () => {
    const unit = new Map([
      ['c', 0.25],
      ['a', 0.5],
      ['b', 0.25],
    ]);
    expect(
      keyAreaMeasuredGroups(
        ['c', 'a', 'b'],
        [
          unit,
          new Map([
            ['a', 2],
            ['b', 1],
            ['c', 1],
          ]),
        ],
      ),
    ).toEqual([['c', 'a', 'b']]);
  });

  it('tells apart key areas whose weights are equal in one unit but not in another', () => {
    expect(
      keyAreaMeasuredGroups(
        ['ict', 'htsm'],
        [
          new Map([
            ['ict', 0.5],
            ['htsm', 0.5],
          ]),
          new Map([
            ['ict', 0.4],
            ['htsm', 0.6],
          ]),
        ],
      ),
    ).toEqual([['ict'], ['htsm']]);
  });
});
