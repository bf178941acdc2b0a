import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { HELIX_ROLES } from '../helix-role.js';
import { networkGraphFromEdges } from './network-graph.js';
import { networkRoleMixing } from './network-role-mixing.js';

describe('networkRoleMixing', () => {
  it('matches the hand-worked path business - business - research', () => {
    // m = 2 links; ends: business 3 of 4 (node 0 once, node 1 twice), research 1 of 4.
    // business-business: observed 1, expected m a_b^2 = 2 x 9/16 = 1.125
    // business-research: observed 1, expected 2 m a_b a_r = 2 x 2 x 3/16 = 0.75
    // research-research: observed 0, expected 2 x 1/16 = 0.125
    const graph = networkGraphFromEdges(3, [0, 1], [1, 2]);
    const cells = networkRoleMixing(graph, ['business', 'business', 'research']);
    const cell = (a: string, b: string) => cells.find((c) => c.roles[0] === a && c.roles[1] === b)!;
    expect(cell('business', 'business')).toEqual({
      roles: ['business', 'business'],
      links: 1,
      expected: 1.125,
      ratio: 1 / 1.125,
      ratioUndefined: null,
    });
    expect(cell('business', 'research')).toMatchObject({ links: 1, expected: 0.75 });
    expect(cell('research', 'research')).toMatchObject({ links: 0, expected: 0.125, ratio: 0 });
    expect(cell('government', 'government')).toMatchObject({
      links: 0,
      expected: 0,
      ratio: null,
      ratioUndefined: 'role_without_links',
    });
    // One role with link ends is not enough: the pair needs both.
    expect(cell('business', 'government')).toMatchObject({
      expected: 0,
      ratio: null,
      ratioUndefined: 'role_without_links',
    });
  });

  it('gives no ratio for any pair of a network without links, and says so', () => {
    const cells = networkRoleMixing(networkGraphFromEdges(2, [], []), ['business', 'research']);
    expect(cells).toHaveLength(15);
    for (const c of cells)
      expect(c).toMatchObject({ links: 0, expected: 0, ratio: null, ratioUndefined: 'no_links' });
  });

  it('lists the 15 pairs of roles, whose links and expected links both sum to m', () => {
    const role = fc.constantFrom(...HELIX_ROLES);
    fc.assert(
      fc.property(
        fc.integer({ min: 2, max: 10 }).chain((n) =>
          fc.tuple(
            fc.array(role, { minLength: n, maxLength: n }),
            fc.array(fc.boolean(), {
              minLength: (n * (n - 1)) / 2,
              maxLength: (n * (n - 1)) / 2,
            }),
          ),
        ),
        ([roles, present]) => {
          const sources: number[] = [];
          const targets: number[] = [];
          let k = 0;
          for (let a = 0; a < roles.length; a++) {
            for (let b = a + 1; b < roles.length; b++) {
              if (present[k++]) {
                sources.push(a);
                targets.push(b);
              }
            }
          }
          const graph = networkGraphFromEdges(roles.length, sources, targets);
          const cells = networkRoleMixing(graph, roles);
          expect(cells).toHaveLength(15);
          const sum = (f: (c: (typeof cells)[number]) => number) =>
            cells.reduce((s, c) => s + f(c), 0);
          expect(sum((c) => c.links)).toBe(sources.length);
          // With no links nothing is expected.
          expect(sum((c) => c.expected)).toBeCloseTo(sources.length, 9);
          // A ratio is null exactly when nothing is expected, and then it has a reason.
          for (const c of cells) {
            expect(c.ratio === null).toBe(c.expected === 0);
            expect(c.ratioUndefined === null).toBe(c.ratio !== null);
          }
        },
      ),
    );
  });
});
