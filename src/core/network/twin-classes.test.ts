import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { arbitraryGraph, graphOf } from '../../../test/support/network-graphs.js';
import type { NetworkGraph } from './network-graph.js';
import { twinClasses } from './twin-classes.js';

/** The classes by brute force: v joins the first earlier class whose first node is its twin. */
function bruteClasses(graph: NetworkGraph): { representatives: number[]; sizes: number[] } {
  const open = (v: number) =>
    [...graph.neighbours.subarray(graph.offsets[v], graph.offsets[v + 1])].sort((a, b) => a - b);
  const closed = (v: number) => [...open(v), v].sort((a, b) => a - b);
  const same = (a: number[], b: number[]) => a.join() === b.join();
  const representatives: number[] = [];
  const sizes: number[] = [];
  for (let v = 0; v < graph.nodeCount; v++) {
    const c = representatives.findIndex(
      (r) => same(open(r), open(v)) || same(closed(r), closed(v)),
    );
    if (c >= 0) sizes[c]! += 1;
    else {
      representatives.push(v);
      sizes.push(1);
    }
  }
  return { representatives, sizes };
}

describe('twinClasses', () => {
  it('joins the partners of one project (true twins) and nodes with the same partners (false twins)', () => {
    // Triangle 0-1-2 with pendant 3 on 0: 1 and 2 are true twins. 4 and 5 both link to 3 only:
    // false twins.
    const { representatives, sizes } = twinClasses(
      graphOf(6, [
        [0, 1],
        [0, 2],
        [1, 2],
        [0, 3],
        [3, 4],
        [3, 5],
      ]),
    );
    expect([...representatives]).toEqual([0, 1, 3, 4]);
    expect([...sizes]).toEqual([1, 2, 1, 2]);
  });

  it('keeps a node with neighbours alike but for one link apart', () => {
    // 0 and 1 both link to 2, and 1 also to 3: not twins.
    const { sizes } = twinClasses(
      graphOf(4, [
        [0, 2],
        [1, 2],
        [1, 3],
      ]),
    );
    expect([...sizes]).toEqual([1, 1, 1, 1]);
  });

  it('agrees with a brute-force comparison of neighbourhoods on random graphs', () => {
    fc.assert(
      fc.property(arbitraryGraph(0, 10), (g) => {
        const { representatives, sizes } = twinClasses(g);
        const expected = bruteClasses(g);
        expect([...representatives]).toEqual(expected.representatives);
        expect([...sizes]).toEqual(expected.sizes);
      }),
      { numRuns: 300 },
    );
  });
});
