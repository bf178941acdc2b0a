import { describe, expect, it } from 'vitest';
import { isDataOld } from './clock.js';

describe('isDataOld', () => {
  it('calls data old when its newest year lies more than five years before today', () => {
    expect(isDataOld(2012, new Date('2026-12-06T00:00:00Z'))).toBe(true);
    expect(isDataOld(2020, new Date('2026-01-01T00:00:00Z'))).toBe(true);
  });

  it('does not call data of five years ago or later old', () => {
    expect(isDataOld(2021, new Date('2026-12-31T00:00:00Z'))).toBe(false);
    expect(isDataOld(2026, new Date('2026-06-01T00:00:00Z'))).toBe(false);
  });

  it('takes another limit when asked', () => {
    expect(isDataOld(2024, new Date('2026-06-01T00:00:00Z'), 1)).toBe(true);
  });
});
