import { describe, expect, it } from 'vitest';
import { langParam, resolveLang } from './lang-choice.js';

const search = (text: string) => new URLSearchParams(text);

describe('the language of a page', () => {
  it('is Dutch in a fresh browser, whatever else the address holds', () => {
    expect(resolveLang(search(''), null)).toBe('nl');
    expect(resolveLang(search('regio=NL213'), null)).toBe('nl');
    expect(resolveLang(search('lang=fr'), null)).toBe('nl');
  });

  it('is the remembered choice when the address names none', () => {
    expect(resolveLang(search(''), 'en')).toBe('en');
    expect(resolveLang(search('regio=NL213'), 'nl')).toBe('nl');
    expect(resolveLang(search(''), 'de')).toBe('nl');
  });

  it("is the address's when it names one, over the remembered choice", () => {
    expect(resolveLang(search('lang=en'), 'nl')).toBe('en');
    expect(resolveLang(search('lang=nl'), 'en')).toBe('nl');
  });
});

describe('the language a link carries', () => {
  it('always names English', () => {
    expect(langParam('en', null)).toBe('en');
    expect(langParam('en', 'nl')).toBe('en');
  });

  it('names Dutch only when English is remembered', () => {
    expect(langParam('nl', null)).toBeNull();
    expect(langParam('nl', 'nl')).toBeNull();
    expect(langParam('nl', 'en')).toBe('nl');
  });

  it('opens the language it was made for, whatever is remembered', () => {
    for (const remembered of [null, 'nl', 'en'])
      for (const language of ['nl', 'en'] as const) {
        const param = langParam(language, remembered);
        expect(resolveLang(search(param ? `lang=${param}` : ''), remembered)).toBe(language);
      }
  });
});
