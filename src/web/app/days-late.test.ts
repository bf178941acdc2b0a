import { describe, expect, it } from 'vitest';
import { daysLate } from './days-late.js';

describe('days late', () => {
  it('counts whole days from the due date to today, across months and leap days', () => {
    expect(daysLate('2026-11-30', '2026-12-05')).toBe(5);
    expect(daysLate('2028-02-28', '2028-03-01')).toBe(2);
  });

  it('is 0 on the due date and negative before it', () => {
    expect(daysLate('2026-12-05', '2026-12-05')).toBe(0);
    expect(daysLate('2026-12-10', '2026-12-05')).toBe(-5);
  });
});
