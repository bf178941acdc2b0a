import { describe, expect, it } from 'vitest';
import { synergyNote } from './helix.js';

describe('the words the helix command puts beside T', () => {
  it('says synergy only when the whole interval lies below zero', () => {
    expect(synergyNote(-4.7, [-21.8, 7.0])).toBe(
      ' (the interval spans 0: synergy not established)',
    );
    expect(synergyNote(-12, [-20, -3])).toBe(' (negative, interval below 0: synergy)');
    expect(synergyNote(6, [2, 9])).toBe(' (positive, interval above 0: no synergy)');
    expect(synergyNote(-1, null)).toBe('');
    expect(synergyNote(null, null)).toBe('');
  });

  it('says it in Dutch with --lang nl', () => {
    expect(synergyNote(-4.7, [-21.8, 7.0], 'nl')).toBe(
      ' (het interval omvat 0: synergie niet aangetoond)',
    );
    expect(synergyNote(-12, [-20, -3], 'nl')).toBe(' (negatief, interval onder 0: synergie)');
  });
});
