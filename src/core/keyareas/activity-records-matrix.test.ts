import { describe, expect, it } from 'vitest';
import { activityRecordsMatrix } from './activity-records-matrix.js';

// One organisation (UT) in a project mapped half to water, half to ict, and in a water-only project.
const records = [
  { region: 'NL21', keyArea: 'water', entity: 'UT', value: 100, weight: 0.5 },
  { region: 'NL21', keyArea: 'ict', entity: 'UT', value: 100, weight: 0.5 },
  { region: 'NL21', keyArea: 'water', entity: 'UT', value: 40 },
  { region: 'NL22', keyArea: 'water', entity: 'RU', value: 10 },
  { region: 'NL22', keyArea: 'water', entity: 'HAN', value: 20 },
];

describe('activityRecordsMatrix', () => {
  it("counts participations as the sum of the mapping weights under 'count'", () => {
    // NL21: ict 0.5; water 0.5 + 1 = 1.5.  NL22: water 1 + 1 = 2.
    expect(activityRecordsMatrix(records, 'count').values).toEqual([
      [0.5, 1.5],
      [0, 2],
    ]);
  });

  it("adds value x weight under 'sum' (EC contribution)", () => {
    // NL21: ict 100 x 0.5 = 50; water 100 x 0.5 + 40 = 90.  NL22: water 10 + 20 = 30.
    expect(activityRecordsMatrix(records, 'sum').values).toEqual([
      [50, 90],
      [0, 30],
    ]);
  });

  it("counts each organisation once per region and key area, at its largest weight, under 'distinct'", () => {
    // UT in water: max(0.5, 1) = 1; UT in ict: 0.5.  NL22 water: RU + HAN = 2.
    expect(activityRecordsMatrix(records, 'distinct').values).toEqual([
      [0.5, 1],
      [0, 2],
    ]);
  });

  it('says which record is wrong when a weight is negative, a value or an entity is missing', () => {
    expect(() =>
      activityRecordsMatrix([{ region: 'A', keyArea: 'k', weight: -1 }], 'count'),
    ).toThrow(/record 0/);
    expect(() => activityRecordsMatrix([{ region: 'A', keyArea: 'k' }], 'sum')).toThrow(/value/);
    expect(() => activityRecordsMatrix([{ region: 'A', keyArea: 'k' }], 'distinct')).toThrow(
      /entity/,
    );
  });
});
