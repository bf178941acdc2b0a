import { describe, expect, it } from 'vitest';
import { PlaceNameIndex, placeKeyBase, type PlaceCandidate } from './place-name-index.js';

const place = (
  name: string,
  nameKey: string,
  municipalityCode: string,
  municipality: string,
): { nameKey: string; candidate: PlaceCandidate } => ({
  nameKey,
  candidate: { place: name, municipalityCode, municipality, coropCode: null, nuts3: null },
});

describe('placeKeyBase', () => {
  it.each([
    ['HAREN GN', 'HAREN'],
    ['HENGELO GLD', 'HENGELO'],
    ['BERGEN NH', 'BERGEN'],
    ['HAREN', null],
    ['DEN HAM', null],
  ])(
    'drops a province suffix such as GN, GLD or NH and leaves a name without one alone: %s',
    (name, base) => {
      expect(placeKeyBase(name)).toBe(base);
    },
  );
});

describe('PlaceNameIndex', () => {
  const index = PlaceNameIndex.build([
    place('Haren', 'HAREN', 'GM0828', 'Oss'),
    place('Haren Gn', 'HAREN GN', 'GM0014', 'Groningen'),
    place('Beuningen', 'BEUNINGEN', 'GM0168', 'Losser'),
    place('Beuningen Gld', 'BEUNINGEN GLD', 'GM0209', 'Beuningen'),
    place('Weurt', 'WEURT', 'GM0209', 'Beuningen'),
  ]);

  it('makes a bare name that CBS also lists with a province suffix ambiguous, with both candidates', () => {
    const match = index.match('HAREN');
    expect(match?.kind).toBe('ambiguous');
    expect(match?.kind === 'ambiguous' && match.candidates.map((c) => c.place)).toEqual([
      'Haren',
      'Haren Gn',
    ]);
  });

  it('lets the municipality of the same name decide a bare name', () => {
    const match = index.match('BEUNINGEN');
    expect(match?.kind === 'place' && match.place.place).toBe('Beuningen Gld');
  });

  it('places the suffixed name itself without doubt', () => {
    const match = index.match('HAREN GN');
    expect(match?.kind === 'place' && match.place.municipalityCode).toBe('GM0014');
  });

  it('lists the ambiguous names', () => {
    expect(index.ambiguous().map(([key]) => key)).toEqual(['HAREN']);
  });
});
