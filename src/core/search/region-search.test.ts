import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { editDistanceWithin } from './edit-distance-within.js';
import { regionResolution } from './region-resolution.js';
import { regionSearch, regionSearchIndex, type RegionName } from './region-search.js';
import { searchKey } from './search-key.js';

const NAMES: RegionName[] = [
  { code: 'NL12', name: 'NL12', kind: 'code' },
  { code: 'NL12', name: 'Fryslân', kind: 'name' },
  { code: 'NL12', name: 'Friesland (NL)', kind: 'name' },
  { code: 'NL124', name: 'Noord-Friesland', kind: 'name' },
  { code: 'NL213', name: 'NL213', kind: 'code' },
  { code: 'NL213', name: 'Twente', kind: 'name' },
  { code: 'NL213', name: 'Enschede', kind: 'municipality' },
  { code: 'NL31', name: 'Utrecht', kind: 'name' },
  { code: 'NL310', name: 'Utrecht', kind: 'name' },
  { code: 'NL413', name: 'Noordoost-Noord-Brabant', kind: 'name' },
  { code: 'NL413', name: "'s-Hertogenbosch", kind: 'place' },
  { code: 'NL413', name: 'Den Bosch', kind: 'place' },
  { code: 'DE212', name: 'München, Kreisfreie Stadt', kind: 'name' },
  { code: 'DE212', name: 'Munich', kind: 'exonym' },
  { code: 'DE21H', name: 'München, Landkreis', kind: 'name' },
  {
    code: 'BE10',
    name: 'Région de Bruxelles-Capitale/ Brussels Hoofdstedelijk Gewest',
    kind: 'name',
  },
];
const index = regionSearchIndex(NAMES);
const codes = (query: string) => regionSearch(index, query, 10).map((h) => h.code);

describe('searchKey', () => {
  it.each([
    ['Fryslân', 'fryslan'],
    ["  's-Hertogenbosch ", 's hertogenbosch'],
    ['Straße Łódź Ørsted', 'strasse lodz orsted'],
  ])('folds case, accents, letters without marks and punctuation: %j', (text, key) => {
    expect(searchKey(text)).toBe(key);
  });

  it('is idempotent and never leaves upper case, marks or double spaces', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme' }), (text) => {
        const key = searchKey(text);
        expect(searchKey(key)).toBe(key);
        expect(key).toBe(key.toLowerCase());
        expect(key).not.toMatch(/\p{M}|\s\s|^\s|\s$/u);
      }),
    );
  });
});

describe('editDistanceWithin', () => {
  it('counts insertions, deletions, substitutions and swaps up to the bound', () => {
    expect(editDistanceWithin('twnte', 'twente', 1)).toBe(1);
    expect(editDistanceWithin('kitten', 'sitting', 3)).toBe(3);
    expect(editDistanceWithin('kitten', 'sitting', 2)).toBeNull();
    expect(editDistanceWithin('mnuchen', 'munchen', 1)).toBe(1);
  });

  it('is symmetric, zero only for equal strings, and at most the longer length', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 12 }), fc.string({ maxLength: 12 }), (a, b) => {
        const max = Math.max(a.length, b.length);
        const d = editDistanceWithin(a, b, max);
        expect(d).toBe(editDistanceWithin(b, a, max));
        expect(d === 0).toBe(a === b);
        expect(d).not.toBeNull();
        expect(d!).toBeLessThanOrEqual(max);
      }),
    );
  });

  it('agrees with the unbounded distance whenever that is within the bound', () => {
    fc.assert(
      fc.property(
        fc.string({ maxLength: 10 }),
        fc.string({ maxLength: 10 }),
        fc.integer({ min: 0, max: 4 }),
        (a, b, max) => {
          const full = editDistanceWithin(a, b, 20)!;
          expect(editDistanceWithin(a, b, max)).toBe(full <= max ? full : null);
        },
      ),
    );
  });
});

describe('regionSearch', () => {
  it('finds a region by its name in the local language, without its accents', () => {
    expect(codes('fryslan')[0]).toBe('NL12');
    expect(codes('FRIESLAND')[0]).toBe('NL12');
  });

  it('ranks an exact code above a name, a name above a place, a place above a prefix', () => {
    const hits = regionSearch(index, 'NL12', 10);
    expect(hits[0]).toMatchObject({ code: 'NL12', match: 'code' });
    expect(regionSearch(index, 'Enschede', 10)[0]).toMatchObject({ code: 'NL213', match: 'place' });
    expect(codes('fries')).toEqual(['NL12', 'NL124']);
  });

  it("finds 's-Hertogenbosch by its aliases and Munich by its exonym", () => {
    expect(codes('den bosch')[0]).toBe('NL413');
    expect(codes('s hertogenbosch')[0]).toBe('NL413');
    expect(codes('Munich')[0]).toBe('DE212');
    expect(codes('Brussel')).toContain('BE10');
    expect(codes('bruxelles')).toContain('BE10');
  });

  it('tolerates a small typo, and no typo in a query shorter than four letters', () => {
    expect(regionSearch(index, 'Twnte', 10)[0]).toMatchObject({ code: 'NL213', match: 'fuzzy' });
    expect(regionSearch(index, 'Mnuchen', 10).map((h) => h.code)).toContain('DE212');
    expect(regionSearch(index, 'Frieslnd', 10)[0]).toMatchObject({
      code: 'NL12',
      match: 'fuzzy-part',
    });
    expect(codes('twx')).toEqual([]);
  });

  it('returns each region once, never more than the limit, and every hit matches its region', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...NAMES.map((n) => n.name)),
        fc.integer({ min: 1, max: 3 }),
        fc.integer({ min: 0, max: 12 }),
        (name, cut, limit) => {
          const query = name.slice(0, Math.max(1, name.length - cut));
          const hits = regionSearch(index, query, limit);
          expect(hits.length).toBeLessThanOrEqual(limit);
          expect(new Set(hits.map((h) => h.code)).size).toBe(hits.length);
          for (const h of hits)
            expect(NAMES).toContainEqual({ code: h.code, name: h.matched, kind: h.kind });
        },
      ),
    );
  });

  it('always finds a name from its own full text, ignoring case and accents', () => {
    fc.assert(
      fc.property(fc.constantFrom(...NAMES), (n) => {
        expect(codes(n.name.toUpperCase())).toContain(n.code);
      }),
    );
  });
});

describe('regionResolution', () => {
  it('takes the one best region, or lists every region matching equally well', () => {
    const twente = regionResolution(regionSearch(index, 'Twente', 10));
    expect(twente).toMatchObject({ kind: 'found', hit: { code: 'NL213' } });
    const utrecht = regionResolution(regionSearch(index, 'utrecht', 10));
    expect(utrecht.kind).toBe('ambiguous');
    expect(utrecht.kind === 'ambiguous' && utrecht.candidates.map((c) => c.code)).toEqual([
      'NL31',
      'NL310',
    ]);
    expect(regionResolution(regionSearch(index, 'Atlantis', 10))).toEqual({ kind: 'none' });
  });
});
