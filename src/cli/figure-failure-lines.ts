/** A figure the precompute could not compute, as `precomputeFigures` reports it. */
export interface FigureFailure {
  /** What was asked for, such as `index NL213` or `links NL213 (nl)`. */
  readonly figure: string;
  readonly reason: string;
}

/** Region codes named in one line before the rest is counted. */
const NAMED = 8;

/**
 * The lines that say which figures were not computed and why: one line per kind of figure and
 * reason, naming the regions it holds for, so that a reason shared by every region is said once.
 *
 * @example
 * figureFailureLines([
 *   { figure: 'index NL11', reason: 'unknown indicator(s) x' },
 *   { figure: 'index NL12', reason: 'unknown indicator(s) x' },
 * ]);
 * // ['  not computed: index of 2 regions (NL11, NL12): unknown indicator(s) x']
 */
export function figureFailureLines(failed: readonly FigureFailure[]): string[] {
  const groups = new Map<string, { kind: string; reason: string; regions: string[] }>();
  for (const { figure, reason } of failed) {
    const m = /^(.+?) ([A-Z]{2}[0-9A-Z]{0,3})( \(.+\))?$/.exec(figure);
    const kind = m ? `${m[1]}${m[3] ?? ''}` : figure;
    const key = `${kind}\n${reason}`;
    let group = groups.get(key);
    if (!group) groups.set(key, (group = { kind, reason, regions: [] }));
    if (m) group.regions.push(m[2]!);
  }
  return [...groups.values()].map(({ kind, reason, regions }) => {
    if (regions.length === 0) return `  not computed: ${kind}: ${reason}`;
    if (regions.length === 1) return `  not computed: ${kind} ${regions[0]}: ${reason}`;
    const named = regions.slice(0, NAMED).join(', ');
    const more = regions.length > NAMED ? ` and ${regions.length - NAMED} more` : '';
    return `  not computed: ${kind} of ${regions.length} regions (${named}${more}): ${reason}`;
  });
}
