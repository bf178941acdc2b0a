/** How many regions of a set each country holds. */
export interface CountryCount {
  readonly country: string;
  readonly regions: number;
}

/**
 * Counts region codes by country (the first two letters of a NUTS code), sorted by country.
 *
 * @example
 * regionsPerCountry(['DE11', 'DE12', 'NL21']); // [{ country: 'DE', regions: 2 }, { country: 'NL', regions: 1 }]
 */
export function regionsPerCountry(codes: readonly string[]): CountryCount[] {
  const counts = new Map<string, number>();
  for (const code of codes) {
    const country = code.slice(0, 2);
    counts.set(country, (counts.get(country) ?? 0) + 1);
  }
  return [...counts.entries()]
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
    .map(([country, regions]) => ({ country, regions }));
}
