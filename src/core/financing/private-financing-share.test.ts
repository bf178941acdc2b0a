import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { eur } from './eur.js';
import { privateFinancingShare, type FinancingParticipation } from './private-financing-share.js';

const row = (projectId: string, totalCost: number | null, publicGrant: number | null) => ({
  projectId,
  totalCost: totalCost === null ? null : eur(totalCost),
  publicGrant: publicGrant === null ? null : eur(publicGrant),
});

describe('privateFinancingShare', () => {
  it('divides own contribution by total cost over the usable participations', () => {
    // p1: 1,000 cost, 700 grant -> own 300; 500 cost, 500 grant -> own 0.
    // p2: no cost -> refused. Own 300 of cost 1,500: share 0.2.
    const result = privateFinancingShare([
      row('p1', 1000, 700),
      row('p1', 500, 500),
      row('p2', null, 300),
    ]);
    expect(result).toEqual({
      share: 0.2,
      totalCost: 1500,
      publicGrant: 1200,
      ownContribution: 300,
      participations: { given: 3, usable: 2 },
      projects: { given: 2, withBothAmounts: 1, usable: 1 },
      refused: { missingCost: 1, missingGrant: 0, invalid: 0, grantAboveCost: 0 },
    });
  });

  it('says why participations could not be used', () => {
    const result = privateFinancingShare([
      row('a', null, null),
      row('b', 100, null),
      row('c', -5, 0),
      row('d', 100, Number.NaN),
      row('e', 100, 150),
    ]);
    expect(result.share).toBeNull();
    expect(result.participations).toEqual({ given: 5, usable: 0 });
    // c, d and e give both amounts (refused for their values), a and b do not.
    expect(result.projects).toEqual({ given: 5, withBothAmounts: 3, usable: 0 });
    expect(result.refused).toEqual({
      missingCost: 1,
      missingGrant: 1,
      invalid: 2,
      grantAboveCost: 1,
    });
  });

  it('gives a share between 0 and 1 that equals own contribution over total cost', () => {
    const amount = fc.option(fc.integer({ min: 0, max: 10_000_000 }), { nil: null });
    const participation = fc
      .record({ projectId: fc.constantFrom('p', 'q', 'r'), totalCost: amount, publicGrant: amount })
      .map((r) => row(r.projectId, r.totalCost, r.publicGrant) as FinancingParticipation);
    fc.assert(
      fc.property(fc.array(participation), (rows) => {
        const result = privateFinancingShare(rows);
        expect(result.ownContribution).toBe(result.totalCost - result.publicGrant);
        const refused = Object.values(result.refused).reduce((a, b) => a + b, 0);
        expect(result.participations.usable + refused).toBe(rows.length);
        // A project has both amounts when one of its rows gives both; usable ones are among them.
        const both = new Set(
          rows
            .filter((r) => r.totalCost !== null && r.publicGrant !== null)
            .map((r) => r.projectId),
        );
        expect(result.projects.withBothAmounts).toBe(both.size);
        expect(result.projects.usable).toBeLessThanOrEqual(both.size);
        if (result.share !== null) {
          expect(result.share).toBeGreaterThanOrEqual(0);
          expect(result.share).toBeLessThanOrEqual(1);
          expect(result.share).toBeCloseTo(result.ownContribution / result.totalCost, 12);
        }
      }),
    );
  });
});
