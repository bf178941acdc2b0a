import fc from 'fast-check';
import { networkGraphFromEdges } from '../../src/core/network/network-graph.js';

/** A graph of `n` nodes with the given links, each a pair of node numbers. */
export const graphOf = (n: number, edges: readonly (readonly [number, number])[]) =>
  networkGraphFromEdges(
    n,
    edges.map((e) => e[0]),
    edges.map((e) => e[1]),
  );

/** Random graphs of minNodes..maxNodes nodes: each possible link present or not. */
export function arbitraryGraph(minNodes: number, maxNodes: number) {
  return fc.integer({ min: minNodes, max: maxNodes }).chain((n) =>
    fc
      .array(fc.boolean(), { minLength: (n * (n - 1)) / 2, maxLength: (n * (n - 1)) / 2 })
      .map((present) => {
        const sources: number[] = [];
        const targets: number[] = [];
        let k = 0;
        for (let a = 0; a < n; a++) {
          for (let b = a + 1; b < n; b++) {
            if (present[k++]) {
              sources.push(a);
              targets.push(b);
            }
          }
        }
        return networkGraphFromEdges(n, sources, targets);
      }),
  );
}

/** Seven organisations for random participations. */
export const FEW_ORGANISATIONS = ['a', 'b', 'c', 'd', 'e', 'f', 'g'] as const;

/** Up to 30 participations of {@link FEW_ORGANISATIONS} in four projects, repeats allowed. */
export const arbitraryParticipations = fc.array(
  fc.record({
    projectId: fc.constantFrom('p', 'q', 'r', 's'),
    organisationId: fc.constantFrom(...FEW_ORGANISATIONS),
  }),
  { maxLength: 30 },
);
