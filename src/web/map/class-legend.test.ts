import { describe, expect, it } from 'vitest';
import { classBreaks, MAP_CLASS_COUNT } from './class-breaks.js';
import { classLegend, legendDigits } from './class-legend.js';
import { flagLetters } from './flag-legend.js';

describe('the map legend', () => {
  it('labels each class by the lowest and highest value in it, so no two labels overlap', () => {
    const values = [1.81, 1.85, 1.88, 1.9, 2.1, 2.4, 2.5, 3.0, 3.3, 4.1];
    const breaks = classBreaks(values, MAP_CLASS_COUNT);
    const classes = classLegend(values, breaks);
    expect(classes).toEqual([
      { from: 1.81, to: 1.85, count: 2 },
      { from: 1.88, to: 1.9, count: 2 },
      { from: 2.1, to: 2.4, count: 2 },
      { from: 2.5, to: 3.0, count: 2 },
      { from: 3.3, to: 4.1, count: 2 },
    ]);
    for (let i = 1; i < classes.length; i++)
      expect(classes[i]!.from).toBeGreaterThan(classes[i - 1]!.to);
  });

  it('gives tied values one class and leaves missing values to their own entry', () => {
    const values = [5, 5, 5, 5, 7, Number.NaN];
    const classes = classLegend(values, classBreaks(values, MAP_CLASS_COUNT));
    expect(classes).toEqual([
      { from: 5, to: 5, count: 4 },
      { from: 7, to: 7, count: 1 },
    ]);
  });

  it('uses more digits where rounding would make one class end where the next starts', () => {
    expect(
      legendDigits([
        { from: 1.801, to: 1.8812, count: 3 },
        { from: 1.8849, to: 2.1, count: 3 },
      ]),
    ).toBe(3);
    expect(
      legendDigits([
        { from: 120, to: 340, count: 3 },
        { from: 341, to: 900, count: 3 },
      ]),
    ).toBe(0);
    expect(legendDigits([{ from: 1.5, to: 2.5, count: 2 }])).toBe(2);
  });

  it('finds each flag letter once, in order, however values combine them', () => {
    expect(flagLetters(['bu', null, 'h', 'b', 'buch'])).toEqual(['b', 'c', 'h', 'u']);
    expect(flagLetters([null, null])).toEqual([]);
  });
});
