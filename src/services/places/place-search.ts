import { sql } from 'kysely';
import type { Store } from '../../storage/store.js';
import { likeEscape, placeKey, postcodeArea } from '../../domain/place-key.js';
import type { RegionName } from '../../http/schemas/common.js';
import type { PlaceMatch, PlaceSearch } from '../../http/schemas/places.js';
import { placeAliasesWithMunicipality, placesWithMunicipality } from './place-joins.js';

export type { RegionName };

interface Candidate {
  kind: PlaceMatch['kind'];
  name: string;
  matched_alias: string | null;
  municipality_code: string | null;
  municipality_name: string | null;
  nuts3: string | null;
  exact: boolean;
}

const KIND_ORDER = { place: 0, municipality: 1, postcode: 2 } as const;

/**
 * Towns (CBS woonplaatsen, with their aliases), municipalities and PC4 postcode areas whose name
 * starts with the query, exact matches first; each with its municipality, NUTS3 region and province.
 */
export async function searchPlaces(
  store: Store,
  query: string,
  limit: number,
): Promise<PlaceSearch> {
  const q = query.trim();
  const key = placeKey(q);
  const candidates: Candidate[] = [];
  const pc4 = postcodeArea(q);
  if (pc4) {
    const rows = await store.db
      .selectFrom('postcodes')
      .select('nuts3_code')
      .distinct()
      .where('country_code', '=', 'NL')
      .where((eb) =>
        eb.or([
          eb('postcode', '=', pc4),
          eb('postcode', 'like', sql<string>`${likeEscape(pc4)} || '%' escape '\\'`),
        ]),
      )
      .orderBy('nuts3_code')
      .execute();
    for (const r of rows) {
      candidates.push({
        kind: 'postcode',
        name: pc4,
        matched_alias: null,
        municipality_code: null,
        municipality_name: null,
        nuts3: r.nuts3_code,
        exact: true,
      });
    }
  }
  if (key.length > 0) {
    const prefix = sql<string>`${likeEscape(key)} || '%' escape '\\'`;
    const lowerPrefix = sql<string>`${likeEscape(q.toLowerCase())} || '%' escape '\\'`;
    const [places, aliases, municipalities] = await Promise.all([
      placesWithMunicipality(store.db)
        .select([
          'p.name',
          'p.name_key',
          'm.code as municipality_code',
          'm.name as municipality_name',
          'm.nuts3_code',
        ])
        .where((eb) =>
          eb.or([eb('p.name_key', 'like', prefix), eb(sql`lower(p.name)`, 'like', lowerPrefix)]),
        )
        .orderBy('p.name')
        .limit(limit)
        .execute(),
      placeAliasesWithMunicipality(store.db)
        .select([
          'a.alias_key',
          'p.name',
          'm.code as municipality_code',
          'm.name as municipality_name',
          'm.nuts3_code',
        ])
        .where('a.alias_key', 'like', prefix)
        .orderBy('a.alias_key')
        .limit(limit)
        .execute(),
      store.db
        .selectFrom('municipalities')
        .select(['code', 'name', 'nuts3_code'])
        .where(sql`lower(name)`, 'like', lowerPrefix)
        .orderBy('name')
        .limit(limit)
        .execute(),
    ]);
    for (const p of places) {
      candidates.push({
        kind: 'place',
        name: p.name,
        matched_alias: null,
        municipality_code: p.municipality_code,
        municipality_name: p.municipality_name,
        nuts3: p.nuts3_code,
        exact: placeKey(p.name) === key,
      });
    }
    for (const a of aliases) {
      candidates.push({
        kind: 'place',
        name: a.name,
        matched_alias: a.alias_key,
        municipality_code: a.municipality_code,
        municipality_name: a.municipality_name,
        nuts3: a.nuts3_code,
        exact: a.alias_key === key,
      });
    }
    for (const m of municipalities) {
      candidates.push({
        kind: 'municipality',
        name: m.name,
        matched_alias: null,
        municipality_code: m.code,
        municipality_name: m.name,
        nuts3: m.nuts3_code,
        exact: placeKey(m.name) === key,
      });
    }
  }

  const seen = new Set<string>();
  const unique = candidates
    .sort(
      (a, b) =>
        Number(b.exact) - Number(a.exact) ||
        KIND_ORDER[a.kind] - KIND_ORDER[b.kind] ||
        a.name.localeCompare(b.name, 'nl') ||
        (a.matched_alias === null ? 0 : 1) - (b.matched_alias === null ? 0 : 1),
    )
    .filter((c) => {
      const id = `${c.kind}|${c.name}|${c.municipality_code ?? ''}|${c.nuts3 ?? ''}`;
      if (seen.has(id)) return false;
      seen.add(id);
      return true;
    });
  const items = unique.slice(0, limit);
  const regions = await regionNames(store, items);
  return {
    query: q,
    total: unique.length,
    items: items.map((c) => {
      const region = c.nuts3 ? (regions.get(c.nuts3) ?? null) : null;
      const provinceCode = region ? regions.get(region.code)?.parent : undefined;
      return {
        kind: c.kind,
        name: c.name,
        matched_alias: c.matched_alias,
        municipality:
          c.municipality_code && c.municipality_name
            ? { code: c.municipality_code, name: c.municipality_name }
            : null,
        region: region
          ? { code: region.code, name_nl: region.name_nl, name_en: region.name_en }
          : null,
        province: provinceCode ? (strip(regions.get(provinceCode)) ?? null) : null,
      };
    }),
  };
}

interface RegionRow extends RegionName {
  parent: string | null;
}

async function regionNames(
  store: Store,
  items: readonly Candidate[],
): Promise<Map<string, RegionRow>> {
  const map = new Map<string, RegionRow>();
  let codes = [...new Set(items.flatMap((c) => (c.nuts3 ? [c.nuts3] : [])))];
  // Two rounds: the NUTS3 regions, then their provinces.
  for (let round = 0; round < 2 && codes.length > 0; round++) {
    const rows = await store.db
      .selectFrom('regions')
      .select(['code', 'name_nl', 'name_en', 'parent_code'])
      .where('code', 'in', codes)
      .execute();
    for (const r of rows) {
      map.set(r.code, {
        code: r.code,
        name_nl: r.name_nl,
        name_en: r.name_en,
        parent: r.parent_code,
      });
    }
    codes = [...new Set(rows.flatMap((r) => (r.parent_code ? [r.parent_code] : [])))];
  }
  return map;
}

function strip(row: RegionRow | undefined): RegionName | undefined {
  return row ? { code: row.code, name_nl: row.name_nl, name_en: row.name_en } : undefined;
}
