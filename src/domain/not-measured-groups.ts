/**
 * The reasons of `notMeasured` with the measures that share each, in the order of their first
 * measure: how a list of them is shown without saying the same reason twice.
 *
 * @example
 * notMeasuredGroups([{ measure: 'density', reason: 'r' }, { measure: 'degree_centrality', reason: 'r' }]);
 * // [{ measures: ['density', 'degree_centrality'], reason: 'r' }]
 */
export function notMeasuredGroups<Measure extends string>(
  notMeasured: readonly { readonly measure: Measure; readonly reason: string }[],
): { measures: Measure[]; reason: string }[] {
  const groups = new Map<string, Measure[]>();
  for (const m of notMeasured) {
    const measures = groups.get(m.reason);
    if (measures) measures.push(m.measure);
    else groups.set(m.reason, [m.measure]);
  }
  return [...groups].map(([reason, measures]) => ({ measures, reason }));
}
