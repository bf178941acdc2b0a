import { describe, expect, it } from 'vitest';
import { shortLabel } from './network-graph.js';

describe('shortLabel', () => {
  it.each([
    ['keeps a short name whole', 'UNIVERSITEIT TWENTE', 'UNIVERSITEIT TWENTE'],
    [
      'cuts a long name at a word and marks the cut',
      'NEDERLANDSE ORGANISATIE VOOR TOEGEPAST NATUURWETENSCHAPPELIJK',
      'NEDERLANDSE ORGANISATIE…',
    ],
    [
      'cuts a long name at a word and marks the cut',
      'STICHTING HET NEDERLANDS KANKER INSTITUUT-ANTONI VAN LEEUWENHOEK',
      'STICHTING HET NEDERLANDS…',
    ],
    [
      'cuts inside a word only when the first word is long',
      'Hogeschoolvoordetoegepastewetenschappen Saxion',
      'Hogeschoolvoordetoegepas…',
    ],
  ])('%s: %s', (_, name, label) => {
    expect(shortLabel(name)).toBe(label);
  });
});
