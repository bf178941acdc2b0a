import { describe, expect, it } from 'vitest';
import { spearheadWeights } from './spearhead-weights.js';

describe('the key-area weights typed into the spearhead form', () => {
  it('links the key areas with a weight and leaves the empty ones out', () => {
    expect(
      spearheadWeights([
        ['topsectoren-2011/lsh', '0,7'],
        ['topsectoren-2011/htsm', ' 0.3 '],
        ['topsectoren-2011/energy', ''],
        ['sleutelgebieden-2004/ict', '1'],
      ]),
    ).toEqual({
      ok: true,
      keyAreas: [
        { id: 'topsectoren-2011/lsh', weight: 0.7 },
        { id: 'topsectoren-2011/htsm', weight: 0.3 },
        { id: 'sleutelgebieden-2004/ict', weight: 1 },
      ],
    });
  });

  it('refuses zero, more than one, negative numbers and words, naming the key area', () => {
    for (const text of ['0', '1.5', '-0.2', 'half', '0,5,1'])
      expect(
        spearheadWeights([
          ['a', '0.5'],
          ['b', text],
        ]),
      ).toEqual({ ok: false, id: 'b' });
  });
});
