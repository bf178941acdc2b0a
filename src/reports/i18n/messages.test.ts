import { describe, expect, it } from 'vitest';
import { en } from './messages-en.js';
import { nl, type MessageKey } from './messages-nl.js';

const placeholders = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();

describe('the Dutch and English dossier dictionaries', () => {
  it('hold a text for every key in both languages, with the same placeholders', () => {
    expect(Object.keys(en).sort()).toEqual(Object.keys(nl).sort());
    for (const key of Object.keys(nl) as MessageKey[]) {
      expect(nl[key].trim(), key).not.toBe('');
      expect(en[key].trim(), key).not.toBe('');
      expect(placeholders(en[key]), key).toEqual(placeholders(nl[key]));
    }
  });
});
