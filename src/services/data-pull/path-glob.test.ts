import { describe, expect, it } from 'vitest';
import { pathGlobMatcher } from './path-glob.js';

describe('matching data-directory paths against a glob', () => {
  it('lets * match within one folder and ** across folders', () => {
    const shallow = pathGlobMatcher('official/*.csv');
    expect(shallow('official/a.csv')).toBe(true);
    expect(shallow('official/tercet/a.csv')).toBe(false);
    const deep = pathGlobMatcher('official/**/*.csv');
    expect(deep('official/a.csv')).toBe(true);
    expect(deep('official/tercet/a.csv')).toBe(true);
    expect(deep('cordis/a.csv')).toBe(false);
  });

  it('reads a glob without wildcards as that file or everything under that folder', () => {
    const geo = pathGlobMatcher('geo/');
    expect(geo('geo/NUTS_LB_2021_4326_LEVL_2.geojson')).toBe(true);
    expect(geo('geography/x')).toBe(false);
    expect(pathGlobMatcher('nl/x.csv')('nl/x.csv')).toBe(true);
  });

  it('matches one character with ? and alternatives with braces, and dots literally', () => {
    const level = pathGlobMatcher('geo/NUTS_RG_60M_2021_4326_LEVL_?.geojson');
    expect(level('geo/NUTS_RG_60M_2021_4326_LEVL_3.geojson')).toBe(true);
    expect(level('geo/NUTS_RG_60M_2021_4326_LEVL_3xgeojson')).toBe(false);
    const either = pathGlobMatcher('{nl,cordis}/*.csv');
    expect(either('nl/a.csv')).toBe(true);
    expect(either('cordis/b.csv')).toBe(true);
    expect(either('geo/c.csv')).toBe(false);
  });
});
