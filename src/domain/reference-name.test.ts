import { describe, expect, it } from 'vitest';
import { referenceName } from './reference-name.js';

describe('referenceName', () => {
  it('names Eurostat aggregates and countries as readers say them', () => {
    expect(referenceName('EU27_2020', 'nl')).toBe('EU-27');
    expect(referenceName('EU28', 'en')).toBe('EU-28');
    expect(referenceName('EU', 'en')).toBe('EU');
    expect(referenceName('NL', 'nl')).toBe('Nederland');
    expect(referenceName('NL', 'en')).toBe('Netherlands');
    expect(referenceName('DE', 'nl')).toBe('Duitsland');
  });

  it('leaves a code it does not know as written', () => {
    expect(referenceName('NL213', 'nl')).toBe('NL213');
  });
});
