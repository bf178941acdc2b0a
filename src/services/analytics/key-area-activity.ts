import {
  activityMatrixFromCells,
  type ActivityCell,
  type ActivityMatrix,
} from '../../core/keyareas/activity-matrix.js';
import type { ActivityMeasure } from '../../core/keyareas/activity-records-matrix.js';
import type { AnalyticsData } from './analytics-data.js';
import { enclosingRegions } from './derived-data.js';
import type { KeyAreaWeight } from './project-key-areas.js';

/** The activity measures a key-area matrix can be built from. */
export const KEY_AREA_MEASURES = {
  participations: {
    measure: 'count',
    unit: 'participations',
    describe:
      'participations in projects classified into the key area (weighted by the mapping weight)',
  },
  ec_contribution: {
    measure: 'sum',
    unit: 'EUR',
    describe:
      'EU contribution in euro to participants, in projects classified into the key area (weighted)',
  },
  organisations: {
    measure: 'distinct',
    unit: 'organisations',
    describe:
      'organisations taking part in projects classified into the key area, each counted once (with its largest weight)',
  },
} as const satisfies Record<string, { measure: ActivityMeasure; unit: string; describe: string }>;

export type KeyAreaMeasure = keyof typeof KEY_AREA_MEASURES;

/** The row that holds every participant in the data, whatever its country. */
export const ALL_REFERENCE = 'ALL';

export function isKeyAreaMeasure(value: string): value is KeyAreaMeasure {
  return value in KEY_AREA_MEASURES;
}

/** A matrix row while it is summed: per column the sum, or each organisation's largest weight. */
interface RunningRow {
  readonly sums: Float64Array;
  readonly weights: Map<string, number>[];
}

/**
 * The region x key-area matrix for one taxonomy and measure, with a row for every region a
 * participant lies in at any level (NL213, NL21, NL2, NL) and a row ALL for the whole data set.
 * Aggregates as the core's activityRecordsMatrix does ('count' sums weights, 'sum' sums
 * value x weight, 'distinct' counts each organisation once with its largest weight), without
 * materialising one record per participation, row and key area.
 */
export function keyAreaMatrix(
  data: AnalyticsData,
  keyAreasOf: ReadonlyMap<string, readonly KeyAreaWeight[]>,
  keyAreaIds: readonly string[],
  measure: KeyAreaMeasure,
): ActivityMatrix {
  const kind = KEY_AREA_MEASURES[measure].measure;
  const column = new Map(keyAreaIds.map((id, j) => [id, j] as const));
  // Per row, per column: the sum, or each organisation's largest weight ('distinct').
  const rows = new Map<string, RunningRow>();
  // The rows a participation adds to, by its organisation's region code (looked up once each).
  const rowsOf = new Map<string, RunningRow[]>();
  const rowsIn = (region: string) => {
    let list = rowsOf.get(region);
    if (list) return list;
    list = [...enclosingRegions(region), ALL_REFERENCE].map((code) => {
      let row = rows.get(code);
      if (!row) rows.set(code, (row = { sums: new Float64Array(keyAreaIds.length), weights: [] }));
      return row;
    });
    rowsOf.set(region, list);
    return list;
  };
  for (const p of data.participations) {
    const areas = keyAreasOf.get(p.project_id);
    if (!areas) continue;
    const region = data.actors.get(p.actor_id)?.region_code;
    if (!region) continue;
    for (const row of rowsIn(region)) {
      for (const a of areas) {
        // Key areas that are not columns of the matrix are not counted.
        const j = column.get(a.keyArea);
        if (j === undefined) continue;
        if (kind === 'distinct') {
          const actors = (row.weights[j] ??= new Map());
          actors.set(p.actor_id, Math.max(actors.get(p.actor_id) ?? 0, a.weight));
        } else row.sums[j]! += kind === 'sum' ? (p.contribution_eur ?? 0) * a.weight : a.weight;
      }
    }
  }
  const cells: ActivityCell[] = [];
  for (const [region, row] of rows) {
    for (const [keyArea, j] of column) {
      const actors = row.weights[j];
      const value = actors ? [...actors.values()].reduce((s, w) => s + w, 0) : row.sums[j]!;
      cells.push({ region, keyArea, value });
    }
  }
  const regions = [...rows.keys()].sort();
  return activityMatrixFromCells(cells, { regions, keyAreas: keyAreaIds });
}
