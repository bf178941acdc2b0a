import { describe, expect, it } from 'vitest';
import { eur } from './eur.js';

describe('eur', () => {
  it('keeps the amount unchanged', () => {
    expect(eur(2_928_125)).toBe(2_928_125);
  });
});
