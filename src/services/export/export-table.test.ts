import { describe, expect, it } from 'vitest';
import { exportNumberText } from './export-table.js';

describe('a number as export text', () => {
  it('is the shortest decimal that reads back to the same number', () => {
    expect(exportNumberText(1234.5)).toBe('1234.5');
    expect(exportNumberText(0.30000000000000004)).toBe('0.30000000000000004');
    expect(exportNumberText(-3)).toBe('-3');
  });

  it('is never in exponent notation, which the importers refuse', () => {
    expect(exportNumberText(1e-7)).toBe('0.0000001');
    expect(exportNumberText(-2.5e-8)).toBe('-0.000000025');
    expect(exportNumberText(1.5e22)).toBe('15000000000000000000000');
    expect(exportNumberText(1e21)).toBe('1000000000000000000000');
    for (const n of [1e-7, -2.5e-8, 1.2345e-10, 1.5e22]) {
      expect(Number(exportNumberText(n))).toBe(n);
    }
  });

  it('is empty for what is not a finite number', () => {
    expect(exportNumberText(Number.NaN)).toBe('');
    expect(exportNumberText(Number.POSITIVE_INFINITY)).toBe('');
  });
});
