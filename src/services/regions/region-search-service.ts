import { regionResolution } from '../../core/search/region-resolution.js';
import {
  regionSearch,
  regionSearchIndex,
  type RegionName,
  type RegionSearchIndex,
} from '../../core/search/region-search.js';
import { RegiokrachtError } from '../../domain/errors.js';
import { COROP_NUTS3 } from '../../importers/nl/corop-nuts3.js';
import type { Store } from '../../storage/store.js';
import { importsFingerprint, ProvenanceCache } from '../sources/provenance-cache.js';
import { REGION_EXONYMS } from './region-exonyms.js';
import { placeAliasesWithMunicipality, placesWithMunicipality } from '../places/place-joins.js';
import type { RegionSearch, RegionSummary } from '../../http/schemas/regions.js';

interface LoadedIndex {
  readonly index: RegionSearchIndex;
  readonly regions: ReadonlyMap<string, RegionSummary>;
}

const indexCache = new ProvenanceCache<LoadedIndex>(importsFingerprint, 1);

/**
 * Regions of every level found by code or by name: their Dutch, English and local (GISCO) names,
 * the exonyms list, CBS COROP codes and names, and the municipalities, towns and town aliases
 * (such as Den Bosch) of the Dutch NUTS3 region they lie in. Ranked as in regionSearch.
 */
export async function searchRegions(
  store: Store,
  query: string,
  options: { limit: number; level?: number; country?: string },
): Promise<RegionSearch> {
  const { index, regions } = await loadIndex(store);
  const country = options.country?.toUpperCase();
  const filtered = options.level !== undefined || country !== undefined;
  const hits = regionSearch(index, query, filtered ? regions.size : options.limit);
  const items = hits.flatMap((hit) => {
    const region = regions.get(hit.code);
    if (!region) return [];
    if (options.level !== undefined && region.level !== options.level) return [];
    if (country !== undefined && region.country_code !== country) return [];
    return [{ ...region, matched: hit.matched, matched_kind: hit.kind, match: hit.match }];
  });
  const limited = items.slice(0, options.limit);
  return { query, items: limited, total: limited.length };
}

/**
 * The code of the region `text` names: a code as it is, else the one region its name finds.
 * NOT_FOUND when nothing matches; INVALID_INPUT listing the candidates (one line each, with code)
 * when several regions match equally well.
 */
export async function resolveRegionCode(store: Store, text: string): Promise<string> {
  const trimmed = text.trim();
  const exact = await store.db
    .selectFrom('regions')
    .select('code')
    .where('code', '=', trimmed.toUpperCase())
    .executeTakeFirst();
  if (exact) return exact.code;
  const { index, regions } = await loadIndex(store);
  const resolution = regionResolution(regionSearch(index, trimmed, 20));
  if (resolution.kind === 'found') return resolution.hit.code;
  if (resolution.kind === 'none') {
    throw new RegiokrachtError(
      'NOT_FOUND',
      `no region with code or name "${trimmed}"; use a NUTS code such as NL213 or a name such as Twente`,
    );
  }
  throw new RegiokrachtError(
    'INVALID_INPUT',
    `"${trimmed}" names ${resolution.candidates.length} regions; give one of these codes instead`,
    {
      details: resolution.candidates.map((c) => {
        const r = regions.get(c.code);
        const via =
          c.kind === 'municipality' || c.kind === 'place' ? `, contains ${c.matched}` : '';
        return `${c.code}  ${r?.name_en ?? c.matched} (${r?.country_code ?? ''}, level ${r?.level ?? ''}${via})`;
      }),
    },
  );
}

function loadIndex(store: Store): Promise<LoadedIndex> {
  return indexCache.get(store, 'index', async () => {
    const [regionRows, municipalities, places, aliases] = await Promise.all([
      store.db
        .selectFrom('regions')
        .select([
          'code',
          'kind',
          'level',
          'name_nl',
          'name_en',
          'name_latn',
          'country_code',
          'parent_code',
        ])
        .execute(),
      store.db
        .selectFrom('municipalities')
        .select(['name', 'nuts3_code'])
        .where('nuts3_code', 'is not', null)
        .execute(),
      placesWithMunicipality(store.db)
        .select(['p.name', 'm.nuts3_code'])
        .where('m.nuts3_code', 'is not', null)
        .execute(),
      placeAliasesWithMunicipality(store.db)
        .select(['a.alias_key', 'm.nuts3_code'])
        .where('m.nuts3_code', 'is not', null)
        .execute(),
    ]);
    const regions = new Map<string, RegionSummary>(
      regionRows.map(({ name_latn: _latn, ...r }) => [r.code, r]),
    );
    const names: RegionName[] = regionRows.flatMap((r) => [
      { code: r.code, name: r.code, kind: 'code' as const },
      { code: r.code, name: r.name_nl, kind: 'name' as const },
      { code: r.code, name: r.name_en, kind: 'name' as const },
      { code: r.code, name: r.name_latn, kind: 'name' as const },
    ]);
    for (const [corop, { nuts3, name }] of Object.entries(COROP_NUTS3)) {
      names.push({ code: nuts3, name: corop, kind: 'code' }, { code: nuts3, name, kind: 'corop' });
    }
    for (const e of REGION_EXONYMS) names.push({ code: e.code, name: e.name, kind: 'exonym' });
    for (const m of municipalities)
      names.push({ code: m.nuts3_code!, name: m.name, kind: 'municipality' });
    for (const p of places) names.push({ code: p.nuts3_code!, name: p.name, kind: 'place' });
    for (const a of aliases) {
      names.push({ code: a.nuts3_code!, name: aliasName(a.alias_key), kind: 'place' });
    }
    return {
      index: regionSearchIndex(names.filter((n) => regions.has(n.code))),
      regions,
    };
  });
}

/** A town alias key as people write it: DEN BOSCH -> Den Bosch. */
function aliasName(key: string): string {
  return key
    .toLowerCase()
    .replace(/(^|\s)(\p{L})/gu, (_, space: string, letter: string) => space + letter.toUpperCase());
}
