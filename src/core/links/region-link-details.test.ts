import { describe, expect, it } from 'vitest';
import { regionLinkDetails } from './region-link-details.js';

describe('regionLinkDetails', () => {
  // nodes: organisations 0, 1 -> node 0 (the region); 2 -> node 1; 3 -> node 2
  const nodeOf = [0, 0, 1, 2];

  it('counts the shared projects per start year and per organisation on both sides', () => {
    const details = regionLinkDetails(
      [
        { organisations: [0, 2], startYear: 2019 },
        { organisations: [0, 1, 2, 3], startYear: 2020 },
        { organisations: [1, 2], startYear: null },
        { organisations: [2, 3], startYear: 2021 },
      ],
      nodeOf,
      0,
    );
    expect(details.map((d) => d.partner)).toEqual([1, 2]);
    const [toOne, toTwo] = details;
    expect([...toOne!.byYear]).toEqual([
      [2019, 1],
      [2020, 1],
    ]);
    expect(toOne!.withoutYear).toBe(1);
    expect([...toOne!.here]).toEqual([
      [0, 2],
      [1, 2],
    ]);
    expect([...toOne!.there]).toEqual([[2, 3]]);
    // the project between nodes 1 and 2 alone is not one of the region's links
    expect([...toTwo!.byYear]).toEqual([[2020, 1]]);
    expect([...toTwo!.there]).toEqual([[3, 1]]);
  });

  it('gives nothing for a region without projects with others', () => {
    expect(regionLinkDetails([{ organisations: [0, 1], startYear: 2020 }], nodeOf, 0)).toEqual([]);
  });
});
