import { placeKey } from '../../domain/place-key.js';

/** A CBS woonplaats a place name may mean: the place, its municipality and its COROP area. */
export interface PlaceCandidate {
  readonly place: string;
  readonly municipalityCode: string;
  readonly municipality: string;
  readonly coropCode: string | null;
  /** The NUTS3 region of the COROP area, if known. */
  readonly nuts3: string | null;
}

/** What a bare place name resolves to. */
export type PlaceNameMatch =
  | { readonly kind: 'place'; readonly place: PlaceCandidate }
  | { readonly kind: 'ambiguous'; readonly candidates: readonly PlaceCandidate[] };

/**
 * The province (and, for Ulvenhout AC and Bavel AC, municipality) abbreviations CBS appends to a
 * woonplaats whose name another woonplaats also carries: `Haren Gn`, `Beuningen Gld`,
 * `Hengelo (Gld)`, `Bergen (NH)`, `Rijswijk (NB)`, `Elst Ut`, `Bergen L`.
 */
const NAME_SUFFIXES = new Set([
  'GN',
  'GR',
  'FR',
  'DR',
  'OV',
  'O',
  'GLD',
  'G',
  'UT',
  'U',
  'NH',
  'ZH',
  'Z',
  'ZL',
  'NB',
  'L',
  'LB',
  'LI',
  'FL',
  'AC',
]);

/**
 * The place key without the province suffix CBS gives some woonplaatsen, or null when the key has
 * none.
 *
 * @example placeKeyBase('HAREN GN') // 'HAREN'
 * @example placeKeyBase('HAREN') // null
 */
export function placeKeyBase(key: string): string | null {
  const at = key.lastIndexOf(' ');
  if (at <= 0) return null;
  return NAME_SUFFIXES.has(key.slice(at + 1)) ? key.slice(0, at) : null;
}

/** The key of a municipality name without its province suffix: `Hengelo (O.)` -> `HENGELO`. */
export function municipalityKey(name: string): string {
  return placeKey(name.replace(/\s*\([^)]*\)\s*$/, ''));
}

/**
 * The CBS woonplaatsen by the place names addresses use. A name means every woonplaats with that
 * key and every woonplaats that CBS lists as that name with a province suffix (`HAREN` means
 * Haren in Oss and Haren Gn in Groningen). The name is decided when all its woonplaatsen lie in
 * one municipality, or when exactly one of them lies in the municipality of that name (`HOORN`
 * -> Hoorn in Hoorn, not Hoorn on Terschelling; `BEUNINGEN` -> Beuningen Gld in Beuningen, not
 * Beuningen in Losser); otherwise it is ambiguous and the postcode alone can decide it.
 */
export class PlaceNameIndex {
  private constructor(private readonly byKey: ReadonlyMap<string, PlaceNameMatch>) {}

  static build(
    places: readonly { readonly nameKey: string; readonly candidate: PlaceCandidate }[],
  ): PlaceNameIndex {
    const lists = new Map<string, PlaceCandidate[]>();
    const push = (key: string, c: PlaceCandidate) => {
      const list = lists.get(key) ?? [];
      list.push(c);
      lists.set(key, list);
    };
    for (const p of places) {
      push(p.nameKey, p.candidate);
      const base = placeKeyBase(p.nameKey);
      if (base) push(base, p.candidate);
    }
    const byKey = new Map<string, PlaceNameMatch>();
    for (const [key, list] of lists) {
      const municipalities = new Set(list.map((c) => c.municipalityCode));
      if (municipalities.size === 1) {
        byKey.set(key, { kind: 'place', place: list[0]! });
        continue;
      }
      const namesake = list.filter((c) => municipalityKey(c.municipality) === key);
      byKey.set(
        key,
        namesake.length > 0 && new Set(namesake.map((c) => c.municipalityCode)).size === 1
          ? { kind: 'place', place: namesake[0]! }
          : {
              kind: 'ambiguous',
              candidates: [...list].sort((a, b) => a.place.localeCompare(b.place)),
            },
      );
    }
    return new PlaceNameIndex(byKey);
  }

  get size(): number {
    return this.byKey.size;
  }

  /** The woonplaats (or the candidates) of a place key; undefined when no woonplaats has it. */
  match(key: string): PlaceNameMatch | undefined {
    return this.byKey.get(key);
  }

  /** The ambiguous place keys with their candidates. */
  ambiguous(): [string, readonly PlaceCandidate[]][] {
    const out: [string, readonly PlaceCandidate[]][] = [];
    for (const [key, m] of this.byKey) if (m.kind === 'ambiguous') out.push([key, m.candidates]);
    return out;
  }
}
