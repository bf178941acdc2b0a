import type { Kysely } from 'kysely';
import type { Database } from '../../storage/schema.js';

/** Towns with their municipality: `places as p` joined with `municipalities as m`. */
export function placesWithMunicipality(db: Kysely<Database>) {
  return db
    .selectFrom('places as p')
    .innerJoin('municipalities as m', 'm.code', 'p.municipality_code');
}

/**
 * Town aliases (such as Den Bosch) with their town and its municipality: `place_aliases as a`
 * joined with `places as p` and `municipalities as m`.
 */
export function placeAliasesWithMunicipality(db: Kysely<Database>) {
  return db
    .selectFrom('place_aliases as a')
    .innerJoin('places as p', 'p.code', 'a.place_code')
    .innerJoin('municipalities as m', 'm.code', 'p.municipality_code');
}
