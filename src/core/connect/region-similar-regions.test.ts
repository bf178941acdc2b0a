import { describe, expect, it } from 'vitest';
import { activityMatrixFromCells } from '../keyareas/activity-matrix.js';
import { activityMatrixLocationQuotients } from '../keyareas/region-location-quotient.js';
import { regionComplementarity } from './region-complementarity.js';
import { regionComplementaryRegions } from './region-complementary-regions.js';
import { regionSimilarRegions } from './region-similar-regions.js';

// Four regions, two key areas, each region 10 in all; reference: all together, htsm 20 of 40.
// LQ = (x / 10) / 0.5:  A (8, 2) -> 1.6, 0.4;  B (6, 4) -> 1.2, 0.8;  C (2, 8) -> 0.4, 1.6;
// D (4, 6) -> 0.8, 1.2.  E has nothing.
const matrix = activityMatrixFromCells(
  [
    ['A', 8, 2],
    ['B', 6, 4],
    ['C', 2, 8],
    ['D', 4, 6],
  ].flatMap(([region, htsm, agrifood]) => [
    { region: String(region), keyArea: 'htsm', value: Number(htsm) },
    { region: String(region), keyArea: 'agrifood', value: Number(agrifood) },
  ]),
  { regions: ['A', 'B', 'C', 'D', 'E'] },
);
const lqs = activityMatrixLocationQuotients(matrix, { sumOf: 'all' });

describe('regionSimilarRegions', () => {
  it('orders the other regions by cosine similarity of their LQ profiles', () => {
    // columns are (agrifood, htsm). A = (0.4, 1.6), |A| = sqrt(2.72) = 1.649
    // B = (0.8, 1.2): (0.32 + 1.92) / (1.649 x 1.442) = 2.24 / 2.378 = 0.942
    // D = (1.2, 0.8): (0.48 + 1.28) / 2.378 = 0.740;  C = (1.6, 0.4): 1.28 / 2.72 = 0.471
    const similar = regionSimilarRegions(lqs, 'A');
    expect(similar.map((s) => s.region)).toEqual(['B', 'D', 'C']);
    expect(similar[0]?.similarity).toBeCloseTo(0.942, 3);
    expect(similar[1]?.similarity).toBeCloseTo(0.74, 3);
    expect(similar[2]?.similarity).toBeCloseTo(0.471, 3);
  });

  it('leaves out a region without activity, and takes a limit and a candidate list', () => {
    expect(regionSimilarRegions(lqs, 'A').map((s) => s.region)).not.toContain('E');
    expect(regionSimilarRegions(lqs, 'A', { limit: 1 }).map((s) => s.region)).toEqual(['B']);
    expect(regionSimilarRegions(lqs, 'A', { regions: ['C', 'D'] }).map((s) => s.region)).toEqual([
      'D',
      'C',
    ]);
  });
});

describe('regionComplementarity', () => {
  it('lists the key areas where exactly one of the two is specialised, both directions', () => {
    // A: htsm 1.6 >= 1, agrifood 0.4;  C: htsm 0.4, agrifood 1.6
    const c = regionComplementarity(lqs, 'A', 'C');
    expect(c.aOnly).toEqual([{ keyArea: 'htsm', lq: 1.6, otherLq: 0.4 }]);
    expect(c.bOnly).toEqual([{ keyArea: 'agrifood', lq: 1.6, otherLq: 0.4 }]);
  });

  it('finds nothing between two regions specialised in the same key area', () => {
    // A and B are both specialised in htsm (1.6, 1.2) and in nothing else
    expect(regionComplementarity(lqs, 'A', 'B')).toMatchObject({ aOnly: [], bOnly: [] });
  });

  it('counts a region without activity as specialised in nothing, and takes the threshold', () => {
    expect(regionComplementarity(lqs, 'A', 'E').aOnly).toEqual([
      { keyArea: 'htsm', lq: 1.6, otherLq: null },
    ]);
    // at 1.3, B's htsm 1.2 no longer counts: A alone is specialised there
    expect(regionComplementarity(lqs, 'A', 'B', 1.3).aOnly.map((k) => k.keyArea)).toEqual(['htsm']);
  });
});

describe('regionComplementaryRegions', () => {
  it('ranks the regions by how many key areas complement the region', () => {
    // A vs C: 2 (htsm, agrifood); A vs D: 2 (htsm; D agrifood 1.2); A vs E: 1; A vs B: 0
    const list = regionComplementaryRegions(lqs, 'A');
    expect(list.map((c) => [c.b, c.aOnly.length + c.bOnly.length])).toEqual([
      ['C', 2],
      ['D', 2],
      ['E', 1],
    ]);
  });
});
