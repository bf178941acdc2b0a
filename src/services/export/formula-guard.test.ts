import { describe, expect, it } from 'vitest';
import { formulaGuard } from './formula-guard.js';

describe('the formula guard', () => {
  it('puts an apostrophe before text that starts with =, +, -, @, tab or CR', () => {
    for (const start of ['=', '+', '-', '@', '\t', '\r']) {
      expect(formulaGuard(`${start}cmd`)).toBe(`'${start}cmd`);
    }
  });

  it('leaves other text alone, formula characters further in included', () => {
    expect(formulaGuard('Universiteit Twente')).toBe('Universiteit Twente');
    expect(formulaGuard('A=B')).toBe('A=B');
    expect(formulaGuard('')).toBe('');
    expect(formulaGuard("'=already")).toBe("'=already");
  });
});
