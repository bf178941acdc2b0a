import { describe, expect, it } from 'vitest';
import { regionsPerCountry } from './regions-per-country.js';

describe('regionsPerCountry', () => {
  it('counts the regions of each country, sorted by country', () => {
    expect(regionsPerCountry(['NL21', 'DE11', 'DE12', 'AT13'])).toEqual([
      { country: 'AT', regions: 1 },
      { country: 'DE', regions: 2 },
      { country: 'NL', regions: 1 },
    ]);
    expect(regionsPerCountry([])).toEqual([]);
  });
});
