import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  activityRecordsMatrix,
  type ActivityRecord,
} from '../../core/keyareas/activity-records-matrix.js';
import {
  participationColumns,
  type ParticipationInfo,
} from '../../../test/support/participation-columns.js';
import type { ActorInfo, AnalyticsData } from './analytics-data.js';
import { enclosingRegions } from './derived-data.js';
import { ALL_REFERENCE, KEY_AREA_MEASURES, keyAreaMatrix } from './key-area-activity.js';
import type { KeyAreaWeight } from './project-key-areas.js';

const KEY_AREAS = ['k1', 'k2', 'k3'];
const ACTOR_REGIONS: Readonly<Record<string, string | null>> = {
  a1: 'NL211',
  a2: 'NL212',
  a3: 'NL310',
  a4: 'BE211',
  a5: null,
};

/** Analytics data holding just what the matrix reads: organisations and participations. */
function dataOf(participations: ParticipationInfo[]): AnalyticsData {
  const actors = new Map<string, ActorInfo>(
    Object.entries(ACTOR_REGIONS).map(([id, region]) => [
      id,
      {
        id,
        name: id,
        helix_role: 'business',
        is_sme: null,
        region_code: region,
        country_code: region?.slice(0, 2) ?? null,
      },
    ]),
  );
  return {
    regions: new Map(),
    actors,
    projects: new Map(),
    participations: participationColumns(participations),
    programmeRules: [],
    manualProjectKeyAreas: [],
    keyAreas: [],
  };
}

/** One record per participation, region it lies in (ALL included) and key area that is a column. */
function recordsOf(
  data: AnalyticsData,
  keyAreasOf: ReadonlyMap<string, readonly KeyAreaWeight[]>,
): ActivityRecord[] {
  const { project_id, actor_id, contribution_eur } = data.participations;
  return project_id.flatMap((projectId, i) => {
    const p = {
      project_id: projectId,
      actor_id: actor_id[i]!,
      contribution_eur: contribution_eur[i]!,
    };
    const region = data.actors.get(p.actor_id)?.region_code;
    const areas = keyAreasOf.get(p.project_id);
    if (!region || !areas) return [];
    return [...enclosingRegions(region), ALL_REFERENCE].flatMap((row) =>
      areas
        .filter((a) => KEY_AREAS.includes(a.keyArea))
        .map((a) => ({
          region: row,
          keyArea: a.keyArea,
          weight: a.weight,
          value: p.contribution_eur ?? 0,
          entity: p.actor_id,
        })),
    );
  });
}

describe('keyAreaMatrix', () => {
  const participation = fc.record({
    project_id: fc.constantFrom('p1', 'p2', 'p3', 'p4'),
    actor_id: fc.constantFrom(...Object.keys(ACTOR_REGIONS)),
    contribution_eur: fc.option(fc.double({ min: 0, max: 1e6, noNaN: true }), { nil: null }),
  });
  const classification = fc.uniqueArray(
    fc.record({
      keyArea: fc.constantFrom(...KEY_AREAS, 'not-a-column'),
      weight: fc.double({ min: 0, max: 1, noNaN: true }),
    }),
    { selector: (w) => w.keyArea, maxLength: 4 },
  );

  it('gives the matrix of the core activityRecordsMatrix, value for value, in every measure', () => {
    fc.assert(
      fc.property(
        fc.array(participation, { maxLength: 40 }),
        fc.dictionary(fc.constantFrom('p1', 'p2', 'p3'), classification),
        (participations, classified) => {
          const data = dataOf(participations);
          const keyAreasOf = new Map(Object.entries(classified));
          for (const measure of ['participations', 'ec_contribution', 'organisations'] as const) {
            const matrix = keyAreaMatrix(data, keyAreasOf, KEY_AREAS, measure);
            const expected = activityRecordsMatrix(
              recordsOf(data, keyAreasOf),
              KEY_AREA_MEASURES[measure].measure,
              { regions: matrix.regions, keyAreas: KEY_AREAS },
            );
            expect(matrix.values).toEqual(expected.values);
            expect(matrix.totals).toEqual(expected.totals);
          }
        },
      ),
    );
  });

  it('has a row for every region a classified participation lies in, and ALL', () => {
    const data = dataOf([
      { project_id: 'p1', actor_id: 'a1', contribution_eur: 10 },
      { project_id: 'p2', actor_id: 'a4', contribution_eur: null },
    ]);
    const keyAreasOf = new Map([['p1', [{ keyArea: 'k1', weight: 0.5 }]]]);
    const matrix = keyAreaMatrix(data, keyAreasOf, KEY_AREAS, 'participations');
    expect(matrix.regions).toEqual(['ALL', 'NL', 'NL2', 'NL21', 'NL211']);
    expect(matrix.values[0]).toEqual([0.5, 0, 0]);
  });
});
