import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { mergeFlags, normaliseFlags, parseEurostatCell, periodYear } from './eurostat-value.js';

describe('parseEurostatCell', () => {
  it.each([
    ['12.3 ', 12.3, null],
    ['12.3 e', 12.3, 'e'],
    ['0.65 bu', 0.65, 'bu'],
    ['1134465 ', 1_134_465, null],
    [':', null, null],
    [': ', null, null],
    [': c', null, 'c'],
    [': @C', null, 'c'],
    [': z', null, 'z'],
    ['5.4 p', 5.4, 'p'],
  ])('reads %j as value %j with flags %j', (cell, value, flags) => {
    expect(parseEurostatCell(cell)).toEqual({ ok: true, value, flags });
  });

  it('refuses text that is not a number', () => {
    expect(parseEurostatCell('n/a')).toMatchObject({ ok: false });
    expect(parseEurostatCell('12,3')).toMatchObject({ ok: false });
    expect(parseEurostatCell('12.3 7')).toMatchObject({ ok: false });
  });

  it('reads back every finite number it is given, with any letter flags', () => {
    fc.assert(
      fc.property(
        fc.double({ noNaN: true, noDefaultInfinity: true }),
        fc.stringMatching(/^[a-z]{0,3}$/),
        (n, f) => {
          const cell = parseEurostatCell(`${n} ${f}`);
          expect(cell).toEqual({ ok: true, value: n === 0 ? 0 : n, flags: normaliseFlags(f) });
        },
      ),
    );
  });
});

describe('periodYear', () => {
  // A year, null for another period, undefined for garbage.
  it.each([
    ['2020 ', 2020],
    ['2020Q1', null],
    ['2020-01', null],
    ['2020M01', null],
    ['twenty', undefined],
  ])('reads whole years and tells other periods apart from garbage: %j', (period, year) => {
    expect(periodYear(period)).toBe(year);
  });
});

describe('flags', () => {
  it('merges flags once each, in order, with an extra marker', () => {
    expect(mergeFlags(['b', 'bp', null], 'h')).toBe('bph');
    expect(mergeFlags([null])).toBeNull();
  });
});
