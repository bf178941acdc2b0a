import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { helixSynergyT } from './helix-synergy-t.js';
import { helixSynergyUndefined } from './helix-synergy-undefined.js';
import type { HelixTable } from './helix-table.js';

describe('helixSynergyUndefined', () => {
  it('names no projects when the table is empty', () => {
    expect(helixSynergyUndefined([0, 0, 0, 0, 0, 0, 0, 0])).toEqual({
      reason: 'no_projects',
      absent: ['U', 'I', 'G'],
      everywhere: [],
    });
  });

  it('names the absent dimensions of projects of one sector', () => {
    // Two projects with business participants only (mask 2).
    expect(helixSynergyUndefined([0, 0, 2, 0, 0, 0, 0, 0])).toEqual({
      reason: 'dimension_constant',
      absent: ['U', 'G'],
      everywhere: ['I'],
    });
  });

  it('names a dimension present in every project', () => {
    // UG and IG projects: G in all, U and I vary.
    expect(helixSynergyUndefined([0, 0, 0, 0, 0, 3, 4, 0])).toEqual({
      reason: 'dimension_constant',
      absent: [],
      everywhere: ['G'],
    });
  });

  it('names a single project, whatever its configuration', () => {
    expect(helixSynergyUndefined([0, 0, 0, 1, 0, 0, 0, 0])).toEqual({
      reason: 'dimension_constant',
      absent: ['G'],
      everywhere: ['U', 'I'],
    });
  });

  it('gives null when each dimension is in some projects and not in others', () => {
    expect(helixSynergyUndefined([0, 2, 2, 0, 2, 0, 0, 2])).toBeNull();
    expect(helixSynergyUndefined([0, 1, 0, 0, 0, 0, 1, 0])).toBeNull();
  });

  it('flags exactly the tables whose T is zero by the formula', () => {
    // Whenever a dimension is constant, T computes to 0 (up to rounding), whatever the cells.
    const cells = fc.tuple(...Array.from({ length: 7 }, () => fc.nat(20)));
    fc.assert(
      fc.property(cells, fc.constantFrom(1, 2, 4), fc.boolean(), (counts, bit, present) => {
        const table = [0, ...counts] as unknown as number[];
        // Make dimension `bit` constant: move every cell to the side `present` says.
        for (let mask = 1; mask < 8; mask++) {
          const has = (mask & bit) !== 0;
          if (has !== present && table[mask]! > 0) {
            const to = present ? mask | bit : mask & ~bit;
            if (to !== 0) table[to]! += table[mask]!;
            table[mask] = 0;
          }
        }
        const t = table as unknown as HelixTable;
        if (table.every((c) => c === 0)) return;
        expect(helixSynergyUndefined(t)).not.toBeNull();
        expect(Math.abs(helixSynergyT(t)!)).toBeLessThan(1e-9);
      }),
    );
  });
});
