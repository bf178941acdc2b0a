import { describe, expect, it } from 'vitest';
import { shortLabel } from './network-graph.js';

describe('shortLabel', () => {
  it('keeps a short name whole', () => {
    expect(shortLabel('UNIVERSITEIT TWENTE')).toBe('UNIVERSITEIT TWENTE');
  });

  it('cuts a long name at a word and marks the cut', () => {
    expect(shortLabel('NEDERLANDSE ORGANISATIE VOOR TOEGEPAST NATUURWETENSCHAPPELIJK')).toBe(
      'NEDERLANDSE ORGANISATIE…',
    );
    expect(shortLabel('STICHTING HET NEDERLANDS KANKER INSTITUUT-ANTONI VAN LEEUWENHOEK')).toBe(
      'STICHTING HET NEDERLANDS…',
    );
  });

  it('cuts inside a word only when the first word is long', () => {
    expect(shortLabel('Hogeschoolvoordetoegepastewetenschappen Saxion')).toBe(
      'Hogeschoolvoordetoegepas…',
    );
  });
});
