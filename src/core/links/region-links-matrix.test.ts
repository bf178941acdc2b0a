import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { regionLinksMatrix, type LinkProject } from './region-links-matrix.js';

describe('regionLinksMatrix', () => {
  it('counts shared projects, distinct organisation pairs and the contribution per pair of nodes', () => {
    // nodes: organisation 0 -> 0, 1 -> 1, 2 -> 1, 3 -> 2
    const m = regionLinksMatrix(
      [
        { organisations: [0, 1], contributionEur: 100 },
        { organisations: [0, 1, 2, 3], contributionEur: null },
        { organisations: [0, 1], contributionEur: 50 },
      ],
      [0, 1, 1, 2],
      3,
    );
    expect(m.nodeProjects).toEqual([3, 3, 1]);
    // 0-1: three projects; organisation pairs 0-1 and 0-2 (0-1 counted once although shared thrice)
    expect(m.pairs.get(0 * 3 + 1)).toEqual({
      sharedProjects: 3,
      organisationPairs: 2,
      contributionEur: 150,
      projectsWithoutContribution: 1,
    });
    expect(m.pairs.get(0 * 3 + 2)).toEqual({
      sharedProjects: 1,
      organisationPairs: 1,
      contributionEur: 0,
      projectsWithoutContribution: 1,
    });
    // 1-2: organisations 1-3 and 2-3
    expect(m.pairs.get(1 * 3 + 2)?.organisationPairs).toBe(2);
    expect(m.pairs.size).toBe(3);
  });

  it('links no node to itself and leaves pairs that share nothing out', () => {
    const m = regionLinksMatrix([{ organisations: [0, 1], contributionEur: 10 }], [0, 0, 1], 2);
    expect(m.pairs.size).toBe(0);
    expect(m.nodeProjects).toEqual([1, 0]);
  });

  it('agrees with counting each pair of nodes by brute force', () => {
    const project = fc.record({
      organisations: fc.uniqueArray(fc.integer({ min: 0, max: 11 }), { maxLength: 6 }),
      contributionEur: fc.option(fc.integer({ min: 0, max: 1000 })),
    });
    fc.assert(
      fc.property(
        fc.array(project, { maxLength: 12 }),
        fc.array(fc.integer({ min: 0, max: 3 }), { minLength: 12, maxLength: 12 }),
        (projects: LinkProject[], nodeOf) => {
          const m = regionLinksMatrix(projects, nodeOf, 4);
          for (let a = 0; a < 4; a++) {
            for (let b = a + 1; b < 4; b++) {
              const has = (p: LinkProject, n: number) =>
                p.organisations.some((o) => nodeOf[o] === n);
              const shared = projects.filter((p) => has(p, a) && has(p, b));
              const orgPairs = new Set<string>();
              for (const p of shared)
                for (const x of p.organisations.filter((o) => nodeOf[o] === a))
                  for (const y of p.organisations.filter((o) => nodeOf[o] === b))
                    orgPairs.add(`${x}-${y}`);
              const totals = m.pairs.get(a * 4 + b);
              expect(totals?.sharedProjects ?? 0).toBe(shared.length);
              expect(totals?.organisationPairs ?? 0).toBe(orgPairs.size);
              expect(totals?.contributionEur ?? 0).toBe(
                shared.reduce((s, p) => s + (p.contributionEur ?? 0), 0),
              );
            }
            expect(m.nodeProjects[a]).toBe(
              projects.filter((p) => p.organisations.some((o) => nodeOf[o] === a)).length,
            );
          }
        },
      ),
    );
  });
});
