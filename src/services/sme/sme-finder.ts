import { sql } from 'kysely';
import type { Store } from '../../storage/store.js';
import { likeEscape, placeKey } from '../../domain/place-key.js';
import { SME_FINDER_FORMATS } from '../../domain/sme-content.js';
import type { SmeFinderMatch, SmeFinderResult } from '../../http/schemas/sme.js';
import { searchPlaces } from '../places/place-search.js';

/**
 * A Dutch postcode in a query: PC4 (`7522`) or PC6 (`7522 NB`, `7522NB`), normalised; null when
 * the query is not shaped as one.
 *
 * @example dutchPostcode('7522nb') // { pc4: '7522', pc6: '7522 NB' }
 */
export function dutchPostcode(query: string): { pc4: string; pc6: string | null } | null {
  const match = /^\s*([1-9][0-9]{3})\s*([A-Za-z]{2})?\s*$/.exec(query);
  if (!match) return null;
  return { pc4: match[1]!, pc6: match[2] ? `${match[1]} ${match[2].toUpperCase()}` : null };
}

/**
 * Resolves what an entrepreneur types to the regions whose contact points and funds apply: a
 * Dutch postcode (PC6 exactly, PC4 by the loaded PC6 postcodes that start with it) where the
 * loaded postcode data covers it; a NUTS code; a town, municipality or region by name. Finds
 * nothing rather than guessing; the result says what was understood and which formats exist.
 */
export async function findSmeArea(store: Store, query: string): Promise<SmeFinderResult> {
  const q = query.trim();
  const postcode = dutchPostcode(q);
  const base = { query: q, formats: [...SME_FINDER_FORMATS] };
  if (postcode) {
    const compact = sql<string>`replace(p.postcode, ' ', '')`;
    const rows = await store.db
      .selectFrom('postcodes as p')
      .innerJoin('regions as r', 'r.code', 'p.nuts3_code')
      .select(['r.code', 'r.name_nl', 'r.name_en'])
      .distinct()
      .where('p.country_code', '=', 'NL')
      .where((eb) =>
        postcode.pc6
          ? eb(compact, '=', postcode.pc6.replace(' ', ''))
          : eb(compact, 'like', `${likeEscape(postcode.pc4)}%`),
      )
      .orderBy('r.code')
      .execute();
    const loaded = await store.db
      .selectFrom('postcodes')
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .where('country_code', '=', 'NL')
      .executeTakeFirstOrThrow();
    return {
      ...base,
      understood: 'postcode',
      matches: rows.map((r) => ({
        kind: 'postcode',
        name: postcode.pc6 ?? postcode.pc4,
        matched_alias: null,
        municipality: null,
        region: { code: r.code, name_nl: r.name_nl, name_en: r.name_en },
      })),
      postcode: { asked: postcode.pc6 ?? postcode.pc4, loaded: Number(loaded.n) },
    };
  }
  const [places, regions] = await Promise.all([searchPlaces(store, q, 10), regionsNamed(store, q)]);
  const placeMatches: SmeFinderMatch[] = places.items.map((p) => ({
    kind: p.kind,
    name: p.name,
    matched_alias: p.matched_alias,
    municipality: p.municipality,
    region: p.region,
  }));
  const key = placeKey(q);
  const exactPlaces = placeMatches.filter(
    (m) => placeKey(m.name) === key || m.matched_alias === key,
  );
  const otherPlaces = placeMatches.filter((m) => !exactPlaces.includes(m));
  return {
    ...base,
    understood: 'name',
    matches: [...exactPlaces, ...regions, ...otherPlaces],
    postcode: null,
  };
}

/** Regions whose code is the query, or whose Dutch, English or local name is it (Dutch regions first). */
async function regionsNamed(store: Store, q: string): Promise<SmeFinderMatch[]> {
  if (q === '') return [];
  const lower = q.toLowerCase();
  const rows = await store.db
    .selectFrom('regions')
    .select(['code', 'name_nl', 'name_en', 'country_code', 'level'])
    .where('kind', '=', 'nuts')
    .where((eb) =>
      eb.or([
        eb('code', '=', q.toUpperCase()),
        eb(sql`lower(name_nl)`, '=', lower),
        eb(sql`lower(name_en)`, '=', lower),
        eb(sql`lower(name_latn)`, '=', lower),
      ]),
    )
    .orderBy(sql`case when country_code = 'NL' then 0 else 1 end`)
    .orderBy('level', 'desc')
    .orderBy('code')
    .limit(10)
    .execute();
  return rows.map((r) => ({
    kind: 'region',
    name: r.name_nl,
    matched_alias: null,
    municipality: null,
    region: { code: r.code, name_nl: r.name_nl, name_en: r.name_en },
  }));
}
