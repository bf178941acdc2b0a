import { describe, expect, it } from 'vitest';
import { pathGlobMatcher } from './path-glob.js';

/** Expects `glob` to match each path exactly where the table says true. */
function expectMatches(glob: string, paths: Readonly<Record<string, boolean>>): void {
  const matches = pathGlobMatcher(glob);
  for (const [path, expected] of Object.entries(paths)) expect(matches(path), path).toBe(expected);
}

describe('matching data-directory paths against a glob', () => {
  it('lets * match within one folder and ** across folders', () => {
    expectMatches('official/*.csv', { 'official/a.csv': true, 'official/tercet/a.csv': false });
    expectMatches('official/**/*.csv', {
      'official/a.csv': true,
      'official/tercet/a.csv': true,
      'cordis/a.csv': false,
    });
  });

  it('reads a glob without wildcards as that file or everything under that folder', () => {
    expectMatches('geo/', { 'geo/NUTS_LB_2021_4326_LEVL_2.geojson': true, 'geography/x': false });
    expectMatches('nl/x.csv', { 'nl/x.csv': true });
  });

  it('matches one character with ? and alternatives with braces, and dots literally', () => {
    expectMatches('geo/NUTS_RG_60M_2021_4326_LEVL_?.geojson', {
      'geo/NUTS_RG_60M_2021_4326_LEVL_3.geojson': true,
      'geo/NUTS_RG_60M_2021_4326_LEVL_3xgeojson': false,
    });
    expectMatches('{nl,cordis}/*.csv', {
      'nl/a.csv': true,
      'cordis/b.csv': true,
      'geo/c.csv': false,
    });
  });
});
