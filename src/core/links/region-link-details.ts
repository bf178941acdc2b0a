/** A project as seen from one region: its participants and the year it started. */
export interface DatedLinkProject {
  readonly organisations: readonly number[];
  /** Year the project started; null when the source gives no start date. */
  readonly startYear: number | null;
}

/** What carries one region's link to one partner node. */
export interface RegionLinkDetail {
  readonly partner: number;
  /** Shared projects per start year (projects without a start year are not in it). */
  readonly byYear: ReadonlyMap<number, number>;
  /** Shared projects without a start year. */
  readonly withoutYear: number;
  /** The region's organisations in the shared projects: shared projects each is in. */
  readonly here: ReadonlyMap<number, number>;
  /** The partner's organisations in the shared projects: shared projects each is in. */
  readonly there: ReadonlyMap<number, number>;
}

interface MutableDetail {
  partner: number;
  byYear: Map<number, number>;
  withoutYear: number;
  here: Map<number, number>;
  there: Map<number, number>;
}

const increment = <K>(map: Map<K, number>, key: K) => map.set(key, (map.get(key) ?? 0) + 1);

/**
 * The links of one node (`region`) to every other node, in detail: for each partner, the shared
 * projects per start year, and the organisations on both sides that carry the link (the bridges),
 * each with the number of shared projects it takes part in.
 *
 * @example
 * // project 0 (2020): organisations 0 (node 0) and 1 (node 1)
 * regionLinkDetails([{ organisations: [0, 1], startYear: 2020 }], [0, 1], 0);
 * // [{ partner: 1, byYear: {2020 => 1}, withoutYear: 0, here: {0 => 1}, there: {1 => 1} }]
 */
export function regionLinkDetails(
  projects: readonly DatedLinkProject[],
  nodeOf: readonly number[],
  region: number,
): RegionLinkDetail[] {
  const details = new Map<number, MutableDetail>();
  const local: number[] = [];
  const byPartner = new Map<number, number[]>();
  for (const project of projects) {
    local.length = 0;
    byPartner.clear();
    for (const o of project.organisations) {
      const n = nodeOf[o]!;
      if (n === region) local.push(o);
      else {
        const list = byPartner.get(n);
        if (list) list.push(o);
        else byPartner.set(n, [o]);
      }
    }
    if (local.length === 0) continue;
    for (const [partner, theirs] of byPartner) {
      let d = details.get(partner);
      if (!d) {
        d = { partner, byYear: new Map(), withoutYear: 0, here: new Map(), there: new Map() };
        details.set(partner, d);
      }
      if (project.startYear === null) d.withoutYear++;
      else increment(d.byYear, project.startYear);
      for (const o of local) increment(d.here, o);
      for (const o of theirs) increment(d.there, o);
    }
  }
  return [...details.values()].sort((a, b) => a.partner - b.partner);
}
