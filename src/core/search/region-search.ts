import { editDistanceWithin } from './edit-distance-within.js';
import { searchKey } from './search-key.js';

/**
 * What a searchable name is: a region's code or own name (Dutch, English, local), an exonym from
 * a published list, a CBS COROP code or name, or a municipality, place or place alias that lies
 * in the region.
 */
export type RegionNameKind = 'code' | 'name' | 'exonym' | 'corop' | 'municipality' | 'place';

/** One name that leads to a region. */
export interface RegionName {
  readonly code: string;
  readonly name: string;
  readonly kind: RegionNameKind;
}

/** How a name matched the query, best first. */
export type RegionMatch = 'code' | 'name' | 'place' | 'word' | 'prefix' | 'fuzzy' | 'fuzzy-part';

/** A region found, with the name through which it was found. */
export interface RegionHit {
  readonly code: string;
  readonly matched: string;
  readonly kind: RegionNameKind;
  readonly match: RegionMatch;
  /** Edit distance of a fuzzy match; 0 otherwise. */
  readonly distance: number;
}

interface IndexedName extends RegionName {
  readonly key: string;
  readonly words: readonly string[];
}

/** Names prepared for searching: each name's key computed once, duplicates per region dropped. */
export interface RegionSearchIndex {
  readonly names: readonly IndexedName[];
}

const RANK: Readonly<Record<RegionMatch, number>> = {
  code: 0,
  name: 1,
  place: 2,
  word: 3,
  prefix: 4,
  fuzzy: 5,
  'fuzzy-part': 6,
};
const KIND_ORDER: Readonly<Record<RegionNameKind, number>> = {
  code: 0,
  name: 1,
  exonym: 2,
  corop: 3,
  municipality: 4,
  place: 5,
};

/**
 * The search index over `names`.
 *
 * @example
 * regionSearchIndex([{ code: 'NL213', name: 'Twente', kind: 'name' }]).names.length; // 1
 */
export function regionSearchIndex(names: readonly RegionName[]): RegionSearchIndex {
  const seen = new Set<string>();
  const out: IndexedName[] = [];
  for (const n of names) {
    const key = searchKey(n.name);
    const id = `${n.code}\u0000${key}\u0000${n.kind}`;
    if (key === '' || seen.has(id)) continue;
    seen.add(id);
    out.push({ ...n, key, words: key.split(' ') });
  }
  return { names: out };
}

/** The largest edit distance a query of this key length may be from a name: none below 4 letters. */
export function regionFuzzyBudget(queryKey: string): number {
  if (queryKey.length < 4) return 0;
  return queryKey.length < 8 ? 1 : 2;
}

/**
 * Regions whose code or names match `query`, one hit per region, ranked: an exact code, then a
 * region's own name, then a municipality or place in it, then a whole word of a name, then the
 * start of a name or word, then a whole name within a small edit distance (one for 4 to 7 letters,
 * two from 8; a swap of two neighbouring letters counts one), then a word or the start of a name
 * within that distance. Case, accents and punctuation are ignored. Within a rank: smaller distance, then the
 * region's own names before places, then the shorter name, then the code.
 *
 * @example
 * const index = regionSearchIndex([
 *   { code: 'NL12', name: 'Fryslân', kind: 'name' },
 *   { code: 'NL213', name: 'Twente', kind: 'name' },
 * ]);
 * regionSearch(index, 'fryslan', 10)[0]?.code; // 'NL12'
 * regionSearch(index, 'Twnte', 10)[0]?.match; // 'fuzzy'
 */
export function regionSearch(index: RegionSearchIndex, query: string, limit: number): RegionHit[] {
  const q = searchKey(query);
  if (q === '') return [];
  const budget = regionFuzzyBudget(q);
  const best = new Map<string, { hit: RegionHit; length: number }>();
  for (const n of index.names) {
    const found = nameMatch(n, q, budget);
    if (!found) continue;
    const hit: RegionHit = { code: n.code, matched: n.name, kind: n.kind, ...found };
    const current = best.get(n.code);
    if (!current || compareHits(hit, n.key.length, current.hit, current.length) < 0) {
      best.set(n.code, { hit, length: n.key.length });
    }
  }
  return [...best.values()]
    .sort((a, b) => compareHits(a.hit, a.length, b.hit, b.length))
    .slice(0, Math.max(0, limit))
    .map((b) => b.hit);
}

function nameMatch(
  n: IndexedName,
  q: string,
  budget: number,
): { match: RegionMatch; distance: number } | null {
  if (n.key === q) {
    const match: RegionMatch =
      n.kind === 'code'
        ? 'code'
        : n.kind === 'municipality' || n.kind === 'place'
          ? 'place'
          : 'name';
    return { match, distance: 0 };
  }
  const padded = ` ${n.key} `;
  if (padded.includes(` ${q} `)) return { match: 'word', distance: 0 };
  if (padded.includes(` ${q}`)) return { match: 'prefix', distance: 0 };
  if (budget === 0 || n.kind === 'code') return null;
  const whole = editDistanceWithin(q, n.key, budget);
  if (whole !== null) return { match: 'fuzzy', distance: whole };
  let distance: number | null = null;
  for (const candidate of [n.key.slice(0, q.length), ...n.words]) {
    const d = editDistanceWithin(q, candidate, budget);
    if (d !== null && (distance === null || d < distance)) distance = d;
  }
  return distance === null ? null : { match: 'fuzzy-part', distance };
}

function compareHits(a: RegionHit, aLength: number, b: RegionHit, bLength: number): number {
  return (
    RANK[a.match] - RANK[b.match] ||
    a.distance - b.distance ||
    KIND_ORDER[a.kind] - KIND_ORDER[b.kind] ||
    aLength - bLength ||
    (a.code < b.code ? -1 : a.code > b.code ? 1 : 0)
  );
}
