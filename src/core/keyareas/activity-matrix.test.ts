import { describe, expect, it } from 'vitest';
import {
  activityMatrixCell,
  activityMatrixColumn,
  activityMatrixFromCells,
  activityMatrixRow,
} from './activity-matrix.js';

describe('activityMatrixFromCells', () => {
  it('sorts regions and key areas and adds up cells that share region and key area', () => {
    const m = activityMatrixFromCells([
      { region: 'NL22', keyArea: 'water', value: 2 },
      { region: 'NL21', keyArea: 'water', value: 1 },
      { region: 'NL21', keyArea: 'ict', value: 1 },
      { region: 'NL21', keyArea: 'water', value: 2 },
    ]);
    expect(m.regions).toEqual(['NL21', 'NL22']);
    expect(m.keyAreas).toEqual(['ict', 'water']);
    // NL21 water = 1 + 2 = 3
    expect(m.values).toEqual([
      [1, 3],
      [0, 2],
    ]);
    expect(m.totals).toEqual([4, 2]);
  });

  it('keeps the given order, fills zeros for listed regions and drops cells outside the lists', () => {
    const m = activityMatrixFromCells(
      [
        { region: 'NL21', keyArea: 'water', value: 1 },
        { region: 'BE21', keyArea: 'water', value: 9 },
        { region: 'NL21', keyArea: 'space', value: 9 },
      ],
      { regions: ['NL23', 'NL21'], keyAreas: ['water', 'ict'] },
    );
    expect(m.values).toEqual([
      [0, 0],
      [1, 0],
    ]);
    expect(m.totals).toEqual([0, 1]);
  });

  it('takes given region totals where they are larger than the key areas hold', () => {
    const m = activityMatrixFromCells([{ region: 'NL21', keyArea: 'water', value: 1 }], {
      totals: new Map([['NL21', 10]]),
    });
    expect(m.totals).toEqual([10]);
  });

  it('refuses a value that is not finite', () => {
    expect(() =>
      activityMatrixFromCells([{ region: 'NL21', keyArea: 'water', value: Number.NaN }]),
    ).toThrow(RangeError);
  });
});

describe('activityMatrixCell, activityMatrixRow and activityMatrixColumn', () => {
  const m = activityMatrixFromCells([
    { region: 'NL21', keyArea: 'water', value: 3 },
    { region: 'NL21', keyArea: 'ict', value: 1 },
  ]);

  it('look a cell up by its codes', () => {
    expect(activityMatrixCell(m, 'NL21', 'water')).toBe(3);
    expect(activityMatrixRow(m, 'NL21')).toBe(0);
    expect(activityMatrixColumn(m, 'water')).toBe(1);
  });

  it('name the code they do not know', () => {
    expect(() => activityMatrixRow(m, 'NL99')).toThrow(/NL99/);
    expect(() => activityMatrixColumn(m, 'space')).toThrow(/space/);
  });
});
