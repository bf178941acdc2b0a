import {
  activityMatrixFromCells,
  type ActivityCell,
  type ActivityMatrix,
  type ActivityMatrixOptions,
} from './activity-matrix.js';

/**
 * One piece of activity in a region attributed to a key area: a participation, an actor, a grant.
 * `weight` is the mapping weight of the activity to the key area (a project mapped to two key areas
 * with 0.5 each); default 1.
 */
export interface ActivityRecord<R extends string = string, K extends string = string> {
  readonly region: R;
  readonly keyArea: K;
  /** Mapping weight to the key area, >= 0; default 1. */
  readonly weight?: number;
  /** Amount for the measure 'sum' (e.g. EC contribution in euro). */
  readonly value?: number;
  /** Identity counted once by the measure 'distinct' (e.g. an organisation's PIC). */
  readonly entity?: string;
}

/**
 * How records become x(r, k):
 * - 'count': sum of weights (participations);
 * - 'sum': sum of value x weight (EC contribution);
 * - 'distinct': each entity counted once per region and key area, with the largest weight it has
 *   there (organisations counted once).
 */
export type ActivityMeasure = 'count' | 'sum' | 'distinct';

/**
 * Builds the region x key-area matrix from activity records for one measure. Throws a RangeError
 * for a negative or non-finite weight, a missing or non-finite value under 'sum', or a missing
 * entity under 'distinct' (naming the record's position).
 *
 * @example
 * const records = [
 *   { region: 'NL21', keyArea: 'water', entity: 'UT', value: 100, weight: 0.5 },
 *   { region: 'NL21', keyArea: 'ict', entity: 'UT', value: 100, weight: 0.5 },
 *   { region: 'NL21', keyArea: 'water', entity: 'UT', value: 40 },
 * ];
 * activityRecordsMatrix(records, 'count').values;    // [[0.5, 1.5]]   (ict, water)
 * activityRecordsMatrix(records, 'sum').values;      // [[50, 90]]
 * activityRecordsMatrix(records, 'distinct').values; // [[0.5, 1]]
 */
export function activityRecordsMatrix<R extends string, K extends string>(
  records: readonly ActivityRecord<R, K>[],
  measure: ActivityMeasure,
  options: ActivityMatrixOptions<R, K> = {},
): ActivityMatrix<R, K> {
  const cells: ActivityCell<R, K>[] = [];
  // 'distinct': largest weight per (region, key area, entity); the key joins the three with NUL.
  const distinct = new Map<string, ActivityCell<R, K>>();
  records.forEach((record, position) => {
    const weight = record.weight ?? 1;
    if (!Number.isFinite(weight) || weight < 0) {
      throw new RangeError(`activity record ${position}: weight must be a finite number >= 0`);
    }
    if (measure === 'count') {
      cells.push({ region: record.region, keyArea: record.keyArea, value: weight });
    } else if (measure === 'sum') {
      if (record.value === undefined || !Number.isFinite(record.value)) {
        throw new RangeError(`activity record ${position}: measure 'sum' needs a finite value`);
      }
      cells.push({ region: record.region, keyArea: record.keyArea, value: record.value * weight });
    } else {
      if (record.entity === undefined) {
        throw new RangeError(`activity record ${position}: measure 'distinct' needs an entity`);
      }
      const key = `${record.region}\u0000${record.keyArea}\u0000${record.entity}`;
      const seen = distinct.get(key);
      if (seen === undefined || seen.value < weight) {
        distinct.set(key, { region: record.region, keyArea: record.keyArea, value: weight });
      }
    }
  });
  return activityMatrixFromCells(measure === 'distinct' ? [...distinct.values()] : cells, options);
}
