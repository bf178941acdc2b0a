import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { helixSynergyT } from './helix-synergy-t.js';
import { helixTableFromCounts, type HelixTable } from './helix-table.js';

// Table cells are indexed by mask: U = 1, I = 2, G = 4; so [none, U, I, UI, G, UG, IG, UIG].

describe('helixSynergyT', () => {
  it('is -1000 millibits for 2 U, 2 I, 2 G and 2 UIG projects', () => {
    // N = 8. U present in U + UIG = 4 of 8: H(U) = 1 bit; likewise H(I) = H(G) = 1.
    // (U, I): (1,1) = UIG 2, (1,0) = U 2, (0,1) = I 2, (0,0) = G 2: uniform over 4 cells, 2 bits;
    // likewise H(U,G) = H(I,G) = 2. H(U,I,G): U, I, G, UIG 2 each: 2 bits.
    // T = 3 - 6 + 2 = -1 bit.
    const table = helixTableFromCounts({ U: 2, I: 2, G: 2, UI: 0, UG: 0, IG: 0, UIG: 2 });
    expect(helixSynergyT(table)).toBeCloseTo(-1000, 9);
  });

  it('is +1000 millibits for 4 UI and 4 G projects', () => {
    // N = 8. H(U) = H(I) = H(G) = 1 bit (each present in 4 of 8).
    // (U, I): (1,1) = 4, (0,0) = 4: 1 bit. (U, G): (1,0) = 4, (0,1) = 4: 1 bit; H(I,G) = 1 likewise.
    // H(U,I,G): UI 4, G 4: 1 bit. T = 3 - 3 + 1 = +1 bit: no synergy, redundancy.
    const table = helixTableFromCounts({ U: 0, I: 0, G: 4, UI: 4, UG: 0, IG: 0, UIG: 0 });
    expect(helixSynergyT(table)).toBeCloseTo(1000, 9);
  });

  it('matches the hand-worked seven-cell table U 1, I 1, G 1, UI 1, UG 1, IG 1, UIG 2', () => {
    // N = 8. U present in U + UI + UG + UIG = 5 of 8, so
    //   H(U) = log2 8 - (5 log2 5 + 3 log2 3) / 8 = 3 - (5/8) log2 5 - (3/8) log2 3; same for I, G.
    // (U, I): (1,1) = UI + UIG = 3, (1,0) = U + UG = 2, (0,1) = I + IG = 2, (0,0) = G = 1:
    //   H(U,I) = 3 - (3 log2 3 + 2 + 2 + 0) / 8 = 2.5 - (3/8) log2 3; same for (U,G) and (I,G).
    // H(U,I,G): six cells of 1 and one of 2: 3 - (2 log2 2) / 8 = 2.75.
    // T = 3 (3 - 5/8 log2 5 - 3/8 log2 3) - 3 (2.5 - 3/8 log2 3) + 2.75
    //   = 4.25 - (15/8) log2 5 = 4.25 - 4.353615... = -0.103615... bits.
    const table = helixTableFromCounts({ U: 1, I: 1, G: 1, UI: 1, UG: 1, IG: 1, UIG: 2 });
    const expected = 1000 * (4.25 - (15 / 8) * Math.log2(5));
    expect(expected).toBeCloseTo(-103.615, 3);
    expect(helixSynergyT(table)).toBeCloseTo(expected, 9);
  });

  it('matches the hand-worked table U 1, I 1, UIG 2', () => {
    // N = 4. H(U) = H(I) = h(3/4) = 2 - (3/4) log2 3; H(G) = h(2/4) = 1.
    // (U, I): (1,1) = 2, (1,0) = 1, (0,1) = 1: 1.5 bits; (U, G): (1,1) = 2, (1,0) = 1, (0,0) = 1:
    // 1.5 bits; (I, G) likewise 1.5. H(U,I,G): 1, 1, 2: 1.5 bits.
    // T = 2 (2 - 3/4 log2 3) + 1 - 4.5 + 1.5 = 2 - 1.5 log2 3 = -0.377443... bits.
    const table = helixTableFromCounts({ U: 1, I: 1, G: 0, UI: 0, UG: 0, IG: 0, UIG: 2 });
    expect(helixSynergyT(table)).toBeCloseTo(1000 * (2 - 1.5 * Math.log2(3)), 9);
  });

  it('is zero when every project has the same configuration', () => {
    // Every entropy is 0.
    expect(helixSynergyT([0, 0, 0, 0, 0, 0, 0, 5])).toBe(0);
  });

  it('is null for an empty table and refuses negative cells', () => {
    expect(helixSynergyT([0, 0, 0, 0, 0, 0, 0, 0])).toBeNull();
    expect(() => helixSynergyT([0, 1, 0, 0, 0, 0, -1, 0])).toThrow(RangeError);
  });

  const probability = fc.double({ min: 0.05, max: 0.95, noNaN: true });

  /** The U x I x G table of independent presences with probabilities p, q, r, times n. */
  function independentTable(p: number, q: number, r: number, n: number, round: boolean) {
    const cells = [0, 1, 2, 3, 4, 5, 6, 7].map((mask) => {
      const weight = n * (mask & 1 ? p : 1 - p) * (mask & 2 ? q : 1 - q) * (mask & 4 ? r : 1 - r);
      return round ? Math.round(weight) : weight;
    });
    return cells as unknown as HelixTable;
  }

  it('is zero for independent dimensions (exact product of marginals)', () => {
    // Independence makes every joint entropy the sum of its marginals: T = (3 - 6 + 3) H = 0.
    fc.assert(
      fc.property(probability, probability, probability, (p, q, r) => {
        expect(Math.abs(helixSynergyT(independentTable(p, q, r, 1, false))!)).toBeLessThan(1e-9);
      }),
    );
  });

  it('is near zero for independent dimensions counted in a million projects', () => {
    // Rounding counts to integers perturbs cells by at most 0.5 in about 10^4 or more; T moves
    // by far less than a hundredth of a millibit.
    fc.assert(
      fc.property(probability, probability, probability, (p, q, r) => {
        expect(Math.abs(helixSynergyT(independentTable(p, q, r, 1e6, true))!)).toBeLessThan(0.01);
      }),
    );
  });

  const count = fc.integer({ min: 0, max: 1000 });
  const sevenCounts = fc.record({
    U: count,
    I: count,
    G: count,
    UI: count,
    UG: count,
    IG: count,
    UIG: fc.integer({ min: 1, max: 1000 }),
  });

  it('is exactly zero among projects when one dimension is present in every project', () => {
    // The seven configurations leave out "none of the three", so U, I, G cannot be independent
    // unless one is constant. With U always present: H(U) = 0, H(U,I) = H(I), H(U,G) = H(G),
    // H(U,I,G) = H(I,G), and T = H(I) + H(G) - H(I) - H(G) - H(I,G) + H(I,G) = 0.
    fc.assert(
      fc.property(sevenCounts, (c) => {
        const table = helixTableFromCounts({ ...c, I: 0, G: 0, IG: 0 });
        expect(Math.abs(helixSynergyT(table)!)).toBeLessThan(1e-9);
      }),
    );
  });

  it('does not depend on which dimension is called U, I or G', () => {
    fc.assert(
      fc.property(sevenCounts, (c) => {
        const t = helixSynergyT(helixTableFromCounts(c))!;
        // Swap U and G: U <-> G, UI <-> IG, UG and I and UIG stay.
        const swapped = helixTableFromCounts({ ...c, U: c.G, G: c.U, UI: c.IG, IG: c.UI });
        expect(helixSynergyT(swapped)).toBeCloseTo(t, 9);
      }),
    );
  });

  it('does not change when every count is multiplied by the same factor', () => {
    fc.assert(
      fc.property(sevenCounts, fc.integer({ min: 2, max: 50 }), (c, k) => {
        const table = helixTableFromCounts(c);
        const scaled = table.map((cell) => cell * k) as unknown as HelixTable;
        expect(helixSynergyT(scaled)).toBeCloseTo(helixSynergyT(table)!, 9);
      }),
    );
  });
});
