import { describe, expect, it } from 'vitest';
import { classBreaks, classColours, classOf } from './class-breaks.js';

describe('class breaks', () => {
  it('splits six values into three classes of two', () => {
    expect(classBreaks([6, 1, 5, 2, 4, 3], 3)).toEqual([2, 4]);
  });

  it('gives fewer classes when values repeat, never an empty class', () => {
    expect(classBreaks([1, 1, 1, 1, 2], 4)).toEqual([1]);
    expect(classBreaks([7, 7, 7], 5)).toEqual([]);
  });

  it('ignores missing values and gives no breaks without values', () => {
    expect(classBreaks([Number.NaN, 1, 2], 2)).toEqual([1]);
    expect(classBreaks([], 5)).toEqual([]);
  });

  it('puts a value in the first class whose upper bound it does not exceed', () => {
    expect(classOf(2, [2, 4])).toBe(0);
    expect(classOf(3, [2, 4])).toBe(1);
    expect(classOf(9, [2, 4])).toBe(2);
  });

  it('has one colour per class, light to dark', () => {
    for (let n = 1; n <= 5; n++) expect(classColours(n)).toHaveLength(n);
  });
});
