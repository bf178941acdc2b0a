import { describe, expect, it } from 'vitest';
import { regionSpearheadCoverage } from './region-spearhead-coverage.js';

const spearheads = [
  { id: 'food', region: 'NL213', keyAreas: [{ keyArea: 'agrifood', weight: 1 }] },
  {
    id: 'health',
    region: 'NL213',
    keyAreas: [
      { keyArea: 'lsh', weight: 0.5 },
      { keyArea: 'htsm', weight: 0.5 },
    ],
  },
  { id: 'smart', region: 'NL213', keyAreas: [{ keyArea: 'htsm', weight: 0.8 }] },
  { id: 'safety', region: 'NL213', keyAreas: [{ keyArea: 'water', weight: 0 }] },
  { id: 'ports', region: 'NL33', keyAreas: [{ keyArea: 'logistics', weight: 1 }] },
];

describe('regionSpearheadCoverage', () => {
  it("lists the key areas the region's spearheads address, with their mapping weights", () => {
    const coverage = regionSpearheadCoverage('NL213', spearheads, [
      'agrifood',
      'htsm',
      'lsh',
      'logistics',
      'water',
    ]);
    // htsm: 0.8 (smart) + 0.5 (health) = 1.3; agrifood 1; lsh 0.5
    expect(coverage.covered).toEqual([
      {
        keyArea: 'htsm',
        spearheads: [
          { id: 'smart', weight: 0.8 },
          { id: 'health', weight: 0.5 },
        ],
        weight: 1.3,
      },
      { keyArea: 'agrifood', spearheads: [{ id: 'food', weight: 1 }], weight: 1 },
      { keyArea: 'lsh', spearheads: [{ id: 'health', weight: 0.5 }], weight: 0.5 },
    ]);
  });

  it('leaves a mapping of weight 0 and other regions out, and names the uncovered key areas', () => {
    const coverage = regionSpearheadCoverage('NL213', spearheads, ['htsm', 'logistics', 'water']);
    expect(coverage.uncovered).toEqual(['logistics', 'water']);
  });

  it('gives nothing for a region without spearheads', () => {
    expect(regionSpearheadCoverage('NL11', spearheads)).toEqual({ covered: [], uncovered: [] });
  });
});
