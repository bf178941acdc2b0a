import { describe, expect, it } from 'vitest';
import { isLang, texts } from './i18n.js';

describe('the dossier texts', () => {
  it('fill placeholders in Dutch and English', () => {
    expect(texts('nl').t('doc.title', { name: 'Twente' })).toBe('Bezoekdossier Twente');
    expect(texts('en').t('doc.title', { name: 'Twente' })).toBe('Visit dossier Twente');
  });

  it('write numbers, percentages, amounts and dates in each language', () => {
    const nl = texts('nl');
    const en = texts('en');
    expect(nl.number(-4.678, 1)).toBe('-4,7');
    expect(en.number(-4.678, 1)).toBe('-4.7');
    expect(nl.number(-0.04, 1)).toBe('0,0');
    expect(nl.percent(0.0509)).toBe('5,1%');
    expect(nl.eur(2_319_880)).toBe('€ 2.319.880');
    expect(en.eur(2_319_880)).toBe('€2,319,880');
    expect(nl.date('2027-02-08')).toBe('8 februari 2027');
    expect(en.date('2026-11-28T09:00:00Z')).toBe('28 November 2026');
  });

  it('join lists with "en" or "and"', () => {
    expect(texts('nl').list(['a', 'b', 'c'])).toBe('a, b en c');
    expect(texts('en').list(['a', 'b'])).toBe('a and b');
    expect(texts('en').list(['a'])).toBe('a');
  });

  it('know the two languages', () => {
    expect(isLang('nl')).toBe(true);
    expect(isLang('de')).toBe(false);
  });
});
