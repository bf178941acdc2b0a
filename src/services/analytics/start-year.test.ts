import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { startYear } from './start-year.js';

describe('startYear', () => {
  it.each([
    ['2014-01-01', 2014],
    ['2014', 2014],
    ['0000-01-01', 0],
    ['201', 201],
    ['', 0],
    [' 2014', 201],
    ['20x4-01-01', NaN],
    [null, NaN],
    [undefined, NaN],
  ])('reads %j as %d', (date, year) => {
    expect(startYear(date)).toBe(year);
  });

  it('gives what Number(date.slice(0, 4)) gives for any text', () => {
    fc.assert(
      fc.property(fc.oneof(fc.string(), fc.stringMatching(/^\d{4}-\d{2}-\d{2}$/)), (date) => {
        expect(startYear(date)).toBe(Number(date.slice(0, 4)));
      }),
    );
  });
});
