import { describe, expect, it } from 'vitest';
import { en } from './messages-en.js';
import { nl } from './messages-nl.js';

const placeholders = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();

describe('the Dutch and English dictionaries', () => {
  it('have the same keys', () => {
    expect(Object.keys(en).sort()).toEqual(Object.keys(nl).sort());
  });

  it('have no empty texts', () => {
    for (const [key, text] of [...Object.entries(nl), ...Object.entries(en)]) {
      expect(text.trim(), key).not.toBe('');
    }
  });

  it('use the same placeholders in both languages', () => {
    for (const key of Object.keys(nl) as (keyof typeof nl)[]) {
      expect(placeholders(en[key]), key).toEqual(placeholders(nl[key]));
    }
  });

  it("never promise a date notation the browser's date field may not show", () => {
    // The date field writes dates in the browser's own notation (mm/dd/yyyy in an American one).
    for (const text of [nl['form.date.hint'], en['form.date.hint']])
      expect(text).not.toMatch(/jjjj|yyyy|mm-dd|dd-mm/i);
  });
});
