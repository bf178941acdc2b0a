import { describe, expect, it } from 'vitest';
import { isoDateMonthsBetween } from './iso-date-months-between.js';

describe('isoDateMonthsBetween', () => {
  it('counts whole months, a month only once its day is reached', () => {
    expect(isoDateMonthsBetween('2024-02-08', '2025-02-08')).toBe(12);
    expect(isoDateMonthsBetween('2024-02-08', '2025-02-07')).toBe(11);
    expect(isoDateMonthsBetween('2024-02-08', '2024-02-28')).toBe(0);
  });

  it('accepts a month without a day and goes negative backwards', () => {
    expect(isoDateMonthsBetween('2024-02', '2024-05-01')).toBe(3);
    expect(isoDateMonthsBetween('2025-02-08', '2024-02-09')).toBe(-11);
  });

  it('refuses what is not an ISO date', () => {
    expect(() => isoDateMonthsBetween('8 February 2024', '2025-01-01')).toThrow(RangeError);
    expect(() => isoDateMonthsBetween('2024-13-01', '2025-01-01')).toThrow(/2024-13-01/);
  });
});
