import { describe, expect, it } from 'vitest';
import { notMeasuredGroups } from './not-measured-groups.js';

describe('notMeasuredGroups', () => {
  it('gives each reason once, with the measures that share it, in the order of their first measure', () => {
    expect(
      notMeasuredGroups([
        { measure: 'density', reason: 'one organisation' },
        { measure: 'modularity', reason: 'no links' },
        { measure: 'degree_centrality', reason: 'one organisation' },
      ]),
    ).toEqual([
      { measures: ['density', 'degree_centrality'], reason: 'one organisation' },
      { measures: ['modularity'], reason: 'no links' },
    ]);
  });

  it('gives nothing for nothing', () => {
    expect(notMeasuredGroups([])).toEqual([]);
  });
});
