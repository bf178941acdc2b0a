/** What decides between two regions with the same next-visit score. */
export type NextVisitTieReason =
  /**
   * The higher value on a part, the parts taken from the heaviest weight down; a part measured
   * comes before one not measured (`other` null).
   */
  | {
      readonly criterion: 'part';
      readonly part: string;
      readonly value: number;
      readonly other: number | null;
    }
  /** The larger population (latest year held; a region without one comes after). */
  | {
      readonly criterion: 'population';
      readonly value: number;
      readonly other: number | null;
      readonly year: number;
    }
  /** Equal on all of that: the name, alphabetically. */
  | { readonly criterion: 'name' };

/** The tie of a row with the row ranked just below it, and what put it first. */
export interface NextVisitTie {
  readonly with: string;
  readonly reason: NextVisitTieReason;
}

/** What the tie-break needs to know of a region beside its score. */
export interface NextVisitTieFacts {
  readonly name: string;
  readonly population: number | null;
  readonly populationYear: number | null;
}

interface Scored {
  readonly region: string;
  /** Null when the region has no score: it comes after every scored one. */
  readonly score: number | null;
  readonly parts: readonly {
    readonly part: string;
    readonly weight: number;
    /** Null when the part is not measured. */
    readonly value: number | null;
  }[];
}

/** Whether two scores are equal: both null, or closer than EPSILON. */
function sameScore(a: number | null, b: number | null): boolean {
  return a === null || b === null ? a === b : Math.abs(a - b) <= EPSILON;
}

/** Scored before not scored, then the higher score first; 0 for equal scores. */
function scoreOrder(a: number | null, b: number | null): number {
  if (sameScore(a, b)) return 0;
  if (a === null) return 1;
  if (b === null) return -1;
  return b - a;
}

/** Scores closer than this are equal: sums of weighted parts differ in the last bits. */
const EPSILON = 1e-9;

function decide(
  a: Scored,
  b: Scored,
  facts: ReadonlyMap<string, NextVisitTieFacts>,
): { order: number; reason: NextVisitTieReason } {
  // The parts from the heaviest weight down; equal weights keep the parts' order.
  const parts = a.parts
    .map((p, i) => ({ p, i }))
    .filter(({ p }) => p.weight > 0)
    .sort((x, y) => y.p.weight - x.p.weight || x.i - y.i);
  for (const { p } of parts) {
    const other = b.parts.find((q) => q.part === p.part)?.value ?? null;
    // A part measured for one region only decides for it; not measured for both, it is equal.
    const order = scoreOrder(p.value, other);
    if (order === 0) continue;
    const [value, lower] = order < 0 ? [p.value!, other] : [other!, p.value];
    return { order, reason: { criterion: 'part', part: p.part, value, other: lower } };
  }
  const fa = facts.get(a.region);
  const fb = facts.get(b.region);
  const pa = fa?.population ?? null;
  const pb = fb?.population ?? null;
  if (pa !== pb && (pa !== null || pb !== null)) {
    const first = pb === null || (pa !== null && pa > pb) ? -1 : 1;
    const winner = first < 0 ? fa : fb;
    return {
      order: first,
      reason: {
        criterion: 'population',
        value: (first < 0 ? pa : pb)!,
        other: first < 0 ? pb : pa,
        year: winner?.populationYear ?? 0,
      },
    };
  }
  return {
    order: (fa?.name ?? a.region).localeCompare(fb?.name ?? b.region, 'nl'),
    reason: { criterion: 'name' },
  };
}

/**
 * The next-visit ranking ordered by score, highest first, regions without a score last, with ties
 * broken by a stated criterion and never by region code: first the higher value on the
 * heaviest-weighted part (then the next heaviest, and so on; a part measured comes before one
 * not measured, and two not measured are equal), then the larger population, then the name.
 * Regions without a score are tied with each other and broken the same way. Each row tied with
 * the row below it says with whom and what decided. Works for any set of parts and weights. Pure.
 *
 * @example
 * orderNextVisitTies(
 *   [{ region: 'NL211', score: 0.5, parts: [{ part: 'recency', weight: 0.6, value: 0.5 }, { part: 'gaps', weight: 0.4, value: 0.5 }] },
 *    { region: 'NL213', score: 0.5, parts: [{ part: 'recency', weight: 0.6, value: 0.6 }, { part: 'gaps', weight: 0.4, value: 0.35 }] }],
 *   new Map(),
 * ).map((r) => r.region); // ['NL213', 'NL211']: recency weighs most, and NL213 is higher there
 */
export function orderNextVisitTies<T extends Scored>(
  ranking: readonly T[],
  facts: ReadonlyMap<string, NextVisitTieFacts>,
): (T & { readonly tie: NextVisitTie | null })[] {
  const sorted = [...ranking].sort(
    (a, b) => scoreOrder(a.score, b.score) || decide(a, b, facts).order,
  );
  return sorted.map((row, i) => {
    const next = sorted[i + 1];
    return {
      ...row,
      tie:
        next && sameScore(row.score, next.score)
          ? { with: next.region, reason: decide(row, next, facts).reason }
          : null,
    };
  });
}
