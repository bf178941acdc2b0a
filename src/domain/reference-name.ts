import { COUNTRIES } from './countries.js';

/**
 * The name of a reference area as a reader says it: Eurostat's aggregate codes (`EU27_2020`,
 * `EU28`, `EU`) as "EU-27", "EU-28", "EU"; a country code as the country's name; anything else
 * as written.
 *
 * @example
 * referenceName('EU27_2020', 'nl') // 'EU-27'
 * referenceName('NL', 'en')        // 'Netherlands'
 */
export function referenceName(code: string, lang: 'nl' | 'en'): string {
  const eu = /^EU(\d+)?(_\d{4})?$/.exec(code);
  if (eu) return eu[1] ? `EU-${eu[1]}` : 'EU';
  const country = COUNTRIES.get(code);
  if (!country) return code;
  return lang === 'nl' ? country.nameNl : country.nameEn;
}
