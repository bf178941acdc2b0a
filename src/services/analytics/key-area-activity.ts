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
  const sums = new Map<string, number>();
  const distinct = new Map<string, Map<string, number>>();
  const rowsOf = new Map<string, string[]>();
  for (const p of data.participations) {
    const areas = keyAreasOf.get(p.project_id);
    if (!areas) continue;
    const region = data.actors.get(p.actor_id)?.region_code;
    if (!region) continue;
    let rows = rowsOf.get(region);
    if (!rows) rowsOf.set(region, (rows = [...enclosingRegions(region), ALL_REFERENCE]));
    for (const row of rows) {
      for (const a of areas) {
        const key = `${row}\u0000${a.keyArea}`;
        if (kind === 'distinct') {
          let actors = distinct.get(key);
          if (!actors) distinct.set(key, (actors = new Map()));
          actors.set(p.actor_id, Math.max(actors.get(p.actor_id) ?? 0, a.weight));
        } else {
          const amount = kind === 'sum' ? (p.contribution_eur ?? 0) * a.weight : a.weight;
          sums.set(key, (sums.get(key) ?? 0) + amount);
        }
      }
    }
  }
  const cells: ActivityCell[] = [];
  const add = (key: string, value: number) => {
    const [region, keyArea] = key.split('\u0000') as [string, string];
    cells.push({ region, keyArea, value });
  };
  if (kind === 'distinct') {
    for (const [key, actors] of distinct)
      add(
        key,
        [...actors.values()].reduce((s, w) => s + w, 0),
      );
  } else {
    for (const [key, value] of sums) add(key, value);
  }
  const regions = [...new Set([...rowsOf.values()].flat())].sort();
  return activityMatrixFromCells(cells, { regions, keyAreas: keyAreaIds });
}
