import { keyAreaMeasuredGroups } from '../../core/keyareas/key-area-measured-groups.js';
import type { AnalyticsData } from './analytics-data.js';
import {
  keyAreaClassification,
  type KeyAreaClassification,
  type KeyAreaWeight,
} from './project-key-areas.js';

/** A key area as the taxonomy names it. */
export interface KeyAreaMember {
  key_area: string;
  code: string;
  name_nl: string;
  name_en: string;
}

/**
 * One measured column of a taxonomy: a key area, or key areas the classification cannot tell apart
 * (every project classified into one is classified into the others in the same proportion),
 * measured together. Its id is its first member's id; code and names join the members'.
 */
export interface KeyAreaColumn extends KeyAreaMember {
  members: KeyAreaMember[];
}

export interface KeyAreaColumns {
  readonly taxonomy: string;
  /** What the projects are classified by: legal-basis and topic codes, or programme parts. */
  readonly classification: KeyAreaClassification;
  readonly columns: readonly KeyAreaColumn[];
  /** key-area id -> id of the column it is measured in. */
  readonly columnOf: ReadonlyMap<string, string>;
  /** Each project's classification with its key areas replaced by their columns (weights added). */
  readonly projects: ReadonlyMap<string, readonly KeyAreaWeight[]>;
}

/**
 * The columns a taxonomy can be measured in with the loaded classification: the distinct weight
 * vectors of the classified projects (programme parts, topics or hand-set key areas, whatever the
 * data carries) are the units that can tell key areas apart; key areas they cannot tell apart are
 * merged into one column (see keyAreaMeasuredGroups).
 */
export function keyAreaColumns(
  data: AnalyticsData,
  keyAreasOf: ReadonlyMap<string, readonly KeyAreaWeight[]>,
  taxonomy: string,
): KeyAreaColumns {
  const areas = data.keyAreas.filter((k) => k.taxonomy_id === taxonomy);
  const units = new Map<string, Map<string, number>>();
  // Projects may share one list (classified by the same rules): each list is looked at once.
  const seen = new Set<readonly KeyAreaWeight[]>();
  for (const weights of keyAreasOf.values()) {
    if (seen.has(weights)) continue;
    seen.add(weights);
    const unit = new Map(weights.map((w) => [w.keyArea, w.weight] as const));
    const key = unitKey(unit);
    if (!units.has(key)) units.set(key, unit);
  }
  const groups = keyAreaMeasuredGroups(
    areas.map((k) => k.id),
    [...units.values()],
  );
  const member = (id: string): KeyAreaMember => {
    const k = areas.find((a) => a.id === id)!;
    return { key_area: k.id, code: k.code, name_nl: k.name_nl, name_en: k.name_en };
  };
  const columns = groups.map((ids): KeyAreaColumn => {
    const members = ids.map(member);
    return {
      key_area: members[0]!.key_area,
      code: members.map((m) => m.code).join('+'),
      name_nl: members.map((m) => m.name_nl).join(' + '),
      name_en: members.map((m) => m.name_en).join(' + '),
      members,
    };
  });
  const columnOf = new Map(
    columns.flatMap((c) => c.members.map((m) => [m.key_area, c.key_area] as const)),
  );
  // Projects classified alike, in the same order, share one list: each is summed once.
  const summedOf = new Map<string, readonly KeyAreaWeight[]>();
  const summedOfList = new Map<readonly KeyAreaWeight[], readonly KeyAreaWeight[]>();
  const projects = new Map<string, readonly KeyAreaWeight[]>();
  for (const [project, weights] of keyAreasOf) {
    let list = summedOfList.get(weights);
    if (!list) {
      const key = orderedKey(weights);
      list = summedOf.get(key);
      if (!list) summedOf.set(key, (list = summedColumns(weights, columnOf)));
      summedOfList.set(weights, list);
    }
    projects.set(project, list);
  }
  return {
    taxonomy,
    classification: keyAreaClassification(data, taxonomy),
    columns,
    columnOf,
    projects,
  };
}

/**
 * A unit's key: its key areas and weights, sorted by key area, so that one weight vector has one
 * key whatever order it is listed in.
 */
function unitKey(unit: ReadonlyMap<string, number>): string {
  const keyAreas = [...unit.keys()].sort();
  return orderedKey(keyAreas.map((keyArea) => ({ keyArea, weight: unit.get(keyArea)! })));
}

/** Key areas and weights in the order listed, as one string. */
function orderedKey(weights: readonly KeyAreaWeight[]): string {
  let key = '';
  for (const w of weights) key += `${w.keyArea}\u0000${w.weight}\u0000`;
  return key;
}

/** A classification with its key areas replaced by their columns, the weights of a column added. */
function summedColumns(
  weights: readonly KeyAreaWeight[],
  columnOf: ReadonlyMap<string, string>,
): KeyAreaWeight[] {
  const summed = new Map<string, number>();
  for (const w of weights) {
    const column = columnOf.get(w.keyArea);
    if (column !== undefined) summed.set(column, (summed.get(column) ?? 0) + w.weight);
  }
  return [...summed].map(([keyArea, weight]) => ({ keyArea, weight }));
}
