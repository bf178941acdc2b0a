import { afterEach, describe, expect, it, vi } from 'vitest';
import { countText } from './count-text.js';

const LOCALES = { en: 'en-GB', nl: 'nl-NL' } as const;

describe('countText', () => {
  afterEach(() => vi.restoreAllMocks());

  it('writes every count as toLocaleString does in English and Dutch', () => {
    const counts = [0, 1, 9, 10, 99, 100, 999, 1000, 1001, 9999, 10000, 12345, 99999, 100000];
    for (let n = 1; n < Number.MAX_SAFE_INTEGER / 7; n = n * 7 + 3) counts.push(n);
    for (const lang of ['en', 'nl'] as const)
      for (const n of counts) expect(countText(n, lang)).toBe(n.toLocaleString(LOCALES[lang]));
  });

  it('writes counts without making an Intl formatter, which would load the locale data', () => {
    const made = vi.spyOn(Intl, 'NumberFormat');
    expect(countText(144726, 'en')).toBe('144,726');
    expect(countText(144726, 'nl')).toBe('144.726');
    expect(made).not.toHaveBeenCalled();
  });

  it('leaves fractions, negative numbers and non-finite values to Intl', () => {
    for (const lang of ['en', 'nl'] as const)
      for (const n of [-1234, 1234.5, 0.25, Number.NaN, Number.POSITIVE_INFINITY, 2 ** 60])
        expect(countText(n, lang)).toBe(new Intl.NumberFormat(LOCALES[lang]).format(n));
  });
});
