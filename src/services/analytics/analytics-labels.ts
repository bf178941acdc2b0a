import type { Store } from '../../storage/store.js';
import type { TextLang } from './measure-status.js';

/** A thing's name in both languages. */
interface Named {
  readonly name_nl: string;
  readonly name_en: string;
}

/** Names of regions, key-area taxonomies and key areas, in the language asked for. */
export interface AnalyticsLabels {
  /** A region's name, or its code when it is not known. */
  region(code: string, lang: TextLang): string;
  /** A taxonomy's name (`Topsectoren (2011)`), or its id when it is not known. */
  taxonomy(id: string, lang: TextLang): string;
  /** A key area's name (`topsectoren-2011/logistics` is `Logistiek` in Dutch), or its id. */
  keyArea(id: string, lang: TextLang): string;
}

const nameIn = (named: Named | undefined, lang: TextLang, fallback: string): string =>
  (lang === 'nl' ? named?.name_nl : named?.name_en) ?? fallback;

/**
 * Reads the names of every region, taxonomy and key area, for text that shows figures the
 * analytics give by code.
 *
 * @example
 * const labels = await readAnalyticsLabels(store);
 * labels.keyArea('topsectoren-2011/horticulture', 'en'); // 'Horticulture & Starting Materials'
 */
export async function readAnalyticsLabels(store: Store): Promise<AnalyticsLabels> {
  const [regions, taxonomies, keyAreas] = await Promise.all([
    store.db.selectFrom('regions').select(['code', 'name_nl', 'name_en']).execute(),
    store.db.selectFrom('key_area_taxonomies').select(['id', 'name_nl', 'name_en']).execute(),
    store.db.selectFrom('key_areas').select(['id', 'name_nl', 'name_en']).execute(),
  ]);
  const byCode = new Map(regions.map((r) => [r.code, r]));
  const byTaxonomy = new Map(taxonomies.map((t) => [t.id, t]));
  const byKeyArea = new Map(keyAreas.map((k) => [k.id, k]));
  return {
    region: (code, lang) => nameIn(byCode.get(code), lang, code),
    taxonomy: (id, lang) => nameIn(byTaxonomy.get(id), lang, id),
    keyArea: (id, lang) => nameIn(byKeyArea.get(id), lang, id),
  };
}
