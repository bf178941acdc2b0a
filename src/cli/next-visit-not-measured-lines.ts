import type { NextVisitPart } from '../core/connect/region-next-visit-scores.js';

interface Row {
  readonly region: string;
  readonly score_reason: string | null;
  readonly parts: readonly {
    readonly part: NextVisitPart;
    readonly reason: string | null;
  }[];
}

/**
 * The reasons parts of the next-visit rows are not measured, one line per part and reason with
 * the regions it holds for: `  strength, gaps: <reason> (NL124, NL342)`. A score not measured
 * gets a line of its own per region.
 *
 * @example
 * nextVisitNotMeasuredLines(rows, (p) => p);
 * // ['  strength, gaps: the region has no index score, ... (NL124)']
 */
export function nextVisitNotMeasuredLines(
  rows: readonly Row[],
  partName: (part: NextVisitPart) => string,
): string[] {
  // reason -> parts -> regions, in the order met.
  const byReason = new Map<string, { parts: Set<string>; regions: Set<string> }>();
  for (const row of rows) {
    const reasons = new Map<string, string[]>();
    for (const p of row.parts)
      if (p.reason !== null) reasons.set(p.reason, [...(reasons.get(p.reason) ?? []), p.part]);
    for (const [reason, parts] of reasons) {
      const key = `${parts.join(',')}\u0000${reason}`;
      const entry = byReason.get(key) ?? { parts: new Set(parts), regions: new Set<string>() };
      entry.regions.add(row.region);
      byReason.set(key, entry);
    }
  }
  const lines = [...byReason].map(([key, { parts, regions }]) => {
    const reason = key.split('\u0000')[1]!;
    const names = [...parts].map((p) => partName(p as NextVisitPart)).join(', ');
    return `  ${names}: ${reason} (${[...regions].join(', ')})`;
  });
  for (const row of rows)
    if (row.score_reason !== null) lines.push(`  ${row.region}: ${row.score_reason}`);
  return lines;
}
