import type {
  ActivityMeasure,
  ActivityRecord,
} from '../../core/keyareas/activity-records-matrix.js';
import type { AnalyticsData } from './analytics-data.js';
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
      'organisations taking part in projects classified into the key area, each counted once',
  },
} as const satisfies Record<string, { measure: ActivityMeasure; unit: string; describe: string }>;

export type KeyAreaMeasure = keyof typeof KEY_AREA_MEASURES;

export function isKeyAreaMeasure(value: string): value is KeyAreaMeasure {
  return value in KEY_AREA_MEASURES;
}

/**
 * Activity records for a key-area matrix: one per participation and key area of its project,
 * assigned to every row that `rowsOf` gives for the participant's region (e.g. its province and
 * its country). Participants without a region are left out.
 */
export function keyAreaActivity(
  data: AnalyticsData,
  keyAreasOf: ReadonlyMap<string, readonly KeyAreaWeight[]>,
  rowsOf: (actorRegion: string) => readonly string[],
): ActivityRecord[] {
  const records: ActivityRecord[] = [];
  const rowCache = new Map<string, readonly string[]>();
  for (const p of data.participations) {
    const areas = keyAreasOf.get(p.project_id);
    if (!areas) continue;
    const actor = data.actors.get(p.actor_id);
    const region = actor?.region_code;
    if (!region) continue;
    let rows = rowCache.get(region);
    if (!rows) rowCache.set(region, (rows = rowsOf(region)));
    for (const row of rows) {
      for (const a of areas) {
        records.push({
          region: row,
          keyArea: a.keyArea,
          weight: a.weight,
          value: p.contribution_eur ?? 0,
          entity: p.actor_id,
        });
      }
    }
  }
  return records;
}
