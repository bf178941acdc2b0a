import { describe, expect, it } from 'vitest';
import { helixConfigurationCounts } from './helix-configuration-counts.js';
import { helixTableFromCounts } from './helix-table.js';

describe('helixTableFromCounts', () => {
  it('puts each configuration at its mask (U 1, I 2, G 4) and leaves cell 0 empty', () => {
    expect(helixTableFromCounts({ U: 1, I: 2, G: 3, UI: 4, UG: 5, IG: 6, UIG: 7 })).toEqual([
      0, 1, 2, 4, 3, 5, 6, 7,
    ]);
  });
});

describe('helixConfigurationCounts', () => {
  it('counts configurations and leaves out projects with none', () => {
    expect(helixConfigurationCounts(['U', 'UI', null, 'U'])).toEqual({
      U: 2,
      I: 0,
      G: 0,
      UI: 1,
      UG: 0,
      IG: 0,
      UIG: 0,
    });
  });
});
