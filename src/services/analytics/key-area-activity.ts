import type { ActivityMatrix } from '../../core/keyareas/activity-matrix.js';
import type { ActivityMeasure } from '../../core/keyareas/activity-records-matrix.js';
import type { AnalyticsData } from './analytics-data.js';
import { enclosingRegions } from './derived-data.js';
import { participationActors } from './participation-actors.js';
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

/** A classification resolved to the matrix's column numbers (key areas that are columns only). */
interface ResolvedAreas {
  readonly columns: Int32Array;
  readonly weights: Float64Array;
}

/** A matrix row while it is summed: per column the sum, or each organisation's largest weight. */
interface RunningRow {
  readonly sums: Float64Array;
  readonly weights: (Map<string, number> | undefined)[];
}

/**
 * The region x key-area matrix for one taxonomy and measure, with a row for every region a
 * participant lies in at any level (NL213, NL21, NL2, NL) and a row ALL for the whole data set.
 * Aggregates as the core's activityRecordsMatrix does ('count' sums weights, 'sum' sums
 * value x weight, 'distinct' counts each organisation once with its largest weight), without
 * materialising one record per participation, row and key area: each classification is resolved
 * to column numbers once, and each organisation's region to its rows once. Every cell adds its
 * terms in the order of the participations, so the sums are those of a plain scan. Throws a
 * RangeError for a value that is not a finite number.
 */
export function keyAreaMatrix(
  data: AnalyticsData,
  keyAreasOf: ReadonlyMap<string, readonly KeyAreaWeight[]>,
  keyAreaIds: readonly string[],
  measure: KeyAreaMeasure,
): ActivityMatrix {
  const kind = KEY_AREA_MEASURES[measure].measure;
  const width = keyAreaIds.length;
  const column = new Map(keyAreaIds.map((id, j) => [id, j] as const));
  const resolved = new Map<readonly KeyAreaWeight[], ResolvedAreas>();
  const resolve = (areas: readonly KeyAreaWeight[]): ResolvedAreas => {
    let found = resolved.get(areas);
    if (found) return found;
    // Key areas that are not columns of the matrix are not counted.
    const inColumns = areas.filter((a) => column.has(a.keyArea));
    found = {
      columns: Int32Array.from(inColumns, (a) => column.get(a.keyArea)!),
      weights: Float64Array.from(inColumns, (a) => a.weight),
    };
    resolved.set(areas, found);
    return found;
  };
  const rows = new Map<string, RunningRow>();
  // The rows a participation adds to, by its organisation's region code (looked up once each).
  const rowsOf = new Map<string, RunningRow[]>();
  const rowsIn = (region: string) => {
    let list = rowsOf.get(region);
    if (list) return list;
    list = [...enclosingRegions(region), ALL_REFERENCE].map((code) => {
      let row = rows.get(code);
      if (!row) rows.set(code, (row = { sums: new Float64Array(width), weights: [] }));
      return row;
    });
    rowsOf.set(region, list);
    return list;
  };
  const actors = participationActors(data);
  const { project_id: projectIds, actor_id: actorIds, contribution_eur } = data.participations;
  // A project's participations mostly follow each other: the one before is compared first.
  let lastProject: string | undefined;
  let areas: readonly KeyAreaWeight[] | undefined;
  for (let i = 0; i < projectIds.length; i++) {
    if (projectIds[i] !== lastProject) {
      lastProject = projectIds[i]!;
      areas = keyAreasOf.get(lastProject);
    }
    if (!areas) continue;
    const region = actors[i]?.region_code;
    if (!region) continue;
    const { columns, weights } = resolve(areas);
    const list = rowsIn(region);
    if (kind === 'distinct') {
      for (const row of list)
        for (let k = 0; k < columns.length; k++) {
          const j = columns[k]!;
          const actors = (row.weights[j] ??= new Map());
          const actorId = actorIds[i]!;
          actors.set(actorId, Math.max(actors.get(actorId) ?? 0, weights[k]!));
        }
      continue;
    }
    const amount = kind === 'sum' ? (contribution_eur[i] ?? 0) : 1;
    for (const row of list) {
      const sums = row.sums;
      for (let k = 0; k < columns.length; k++)
        sums[columns[k]!]! += kind === 'sum' ? amount * weights[k]! : weights[k]!;
    }
  }
  return matrixOfRows(rows, keyAreaIds);
}

/** The matrix of the summed rows, sorted by region, with the row sums as totals. */
function matrixOfRows(
  rows: ReadonlyMap<string, RunningRow>,
  keyAreaIds: readonly string[],
): ActivityMatrix {
  const regions = [...rows.keys()].sort();
  const values = regions.map((region) => {
    const row = rows.get(region)!;
    return keyAreaIds.map((keyArea, j) => {
      const actors = row.weights[j];
      const value = actors ? [...actors.values()].reduce((s, w) => s + w, 0) : row.sums[j]!;
      if (!Number.isFinite(value))
        throw new RangeError(`activity value for ${region}/${keyArea} is not finite`);
      return value;
    });
  });
  return {
    regions,
    keyAreas: keyAreaIds,
    values,
    totals: values.map((row) => row.reduce((s, v) => s + v, 0)),
    regionIndex: new Map(regions.map((r, i) => [r, i] as const)),
    keyAreaIndex: new Map(keyAreaIds.map((k, j) => [k, j] as const)),
  };
}
