import { describe, expect, it } from 'vitest';
import { PROGRAMME_PART_KEY_AREAS } from './programme-key-areas.js';
import { STARTER_TAXONOMIES } from './starter-content.js';

describe('the default programme-part classification', () => {
  it('gives every classified programme part weights that sum to 1 within a taxonomy', () => {
    for (const [taxonomy, parts] of Object.entries(PROGRAMME_PART_KEY_AREAS)) {
      for (const [part, areas] of Object.entries(parts)) {
        const total = areas.reduce((sum, [, weight]) => sum + weight, 0);
        expect(total, `${taxonomy} ${part}`).toBeCloseTo(1, 12);
      }
    }
  });

  it('only names key areas that exist in their taxonomy', () => {
    for (const [taxonomy, parts] of Object.entries(PROGRAMME_PART_KEY_AREAS)) {
      const codes = STARTER_TAXONOMIES.find((t) => t.id === taxonomy)!.areas.map(
        (a) => a.code,
      ) as string[];
      for (const areas of Object.values(parts))
        for (const [code] of areas) expect(codes).toContain(code);
    }
  });
});
