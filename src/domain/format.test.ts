import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { formatter } from './format.js';

describe('formatter', () => {
  const nl = formatter('nl');
  const en = formatter('en');

  it('writes Dutch decimals with a comma and English with a point', () => {
    expect(nl.number(5.554, 2)).toBe('5,55');
    expect(en.number(5.554, 2)).toBe('5.55');
    expect(nl.number(12345.6, 1)).toBe('12.345,6');
    expect(en.number(12345.6, 1)).toBe('12,345.6');
  });

  it('never writes -0', () => {
    expect(nl.number(-0.04, 1)).toBe('0,0');
    expect(en.number(-0.0004, 2)).toBe('0.00');
    expect(nl.number(-0)).toBe('0');
    fc.assert(
      fc.property(fc.double({ min: -0.00049, max: 0, noNaN: true }), (x) => {
        expect(nl.number(x, 3).startsWith('-')).toBe(false);
      }),
    );
  });

  it('chooses fraction digits by size when not told', () => {
    expect(nl.number(1234.56)).toBe('1.235');
    expect(nl.number(12.34)).toBe('12,3');
    expect(nl.number(1.234)).toBe('1,23');
    expect(nl.number(0.1234)).toBe('0,123');
    expect(nl.number(7)).toBe('7');
  });

  it('writes percentages, euros, intervals and lists in the language', () => {
    expect(nl.percent(0.8055)).toBe('80,6%');
    expect(en.percent(0.8055, 0)).toBe('81%');
    expect(nl.euro(1234567)).toBe('€ 1.234.567');
    expect(en.euro(1234567)).toBe('€1,234,567');
    expect(nl.euro(12_500_000, { compact: true })).toMatch(/^€ 12,5\s?mln\.?$/);
    expect(nl.interval(0.31, 0.524, 2)).toBe('0,31–0,52');
    expect(nl.list(['a', 'b', 'c'])).toBe('a, b en c');
    expect(en.list(['a', 'b'])).toBe('a and b');
  });

  it('writes dates as the calendar day in Amsterdam', () => {
    expect(nl.date('2026-12-06')).toBe('6 december 2026');
    expect(en.date('2026-12-06')).toBe('6 December 2026');
    // 23:30 UTC on 31 December is already New Year in Amsterdam.
    expect(nl.date('2026-12-31T23:30:00Z', true)).toBe('1 januari 2027 om 00:30');
    expect(nl.date('not a date')).toBe('not a date');
  });
});
