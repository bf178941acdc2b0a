import { describe, expect, it } from 'vitest';
import { regionMissingLinks, strengthMedian } from './region-missing-links.js';

const lqs = (entries: [string, number | null][]) => new Map(entries);

describe('regionMissingLinks', () => {
  const own = lqs([
    ['htsm', 1.8],
    ['agrifood', 0.6],
    ['energy', 1.2],
  ]);

  it('names the key area both are specialised in, and ranks weaker links first among equals', () => {
    const links = regionMissingLinks(
      own,
      [
        {
          region: 'A',
          similarity: 0.9,
          sharedProjects: 9,
          strength: 0.04,
          lqs: lqs([
            ['htsm', 1.1],
            ['energy', 1.5],
            ['agrifood', 0.2],
          ]),
        },
        {
          region: 'B',
          similarity: 0.9,
          sharedProjects: 1,
          strength: 0.01,
          lqs: lqs([
            ['htsm', 2.1],
            ['energy', 0.5],
            ['agrifood', 0.1],
          ]),
        },
        {
          region: 'C',
          similarity: 0.2,
          sharedProjects: 30,
          strength: 0.2,
          lqs: lqs([['agrifood', 3]]),
        },
      ],
      { weakBelow: 0.05 },
    );
    // C is strongly linked: not missing. A's best shared key area is energy (min 1.2 > min 1.1).
    expect(links.map((l) => l.region)).toEqual(['B', 'A']);
    expect(links[0]!.reason).toEqual({ kind: 'similar', keyArea: 'htsm', lq: 1.8, otherLq: 2.1 });
    expect(links[1]!.reason).toEqual({ kind: 'similar', keyArea: 'energy', lq: 1.2, otherLq: 1.5 });
    // score = similarity x (1 - strength / strongest): 0.9 x (1 - 0.01 / 0.2)
    expect(links[0]!.score).toBeCloseTo(0.9 * 0.95, 12);
  });

  it('explains a region that is not alike by what each offers the other', () => {
    const [link] = regionMissingLinks(
      own,
      [
        {
          region: 'D',
          similarity: 0.1,
          sharedProjects: 0,
          strength: 0,
          lqs: lqs([
            ['agrifood', 2.5],
            ['htsm', 0.3],
          ]),
        },
      ],
      { weakBelow: 0.05 },
    );
    expect(link!.reason).toEqual({
      kind: 'complementary',
      ours: { keyArea: 'htsm', lq: 1.8, otherLq: 0.3 },
      theirs: { keyArea: 'agrifood', lq: 2.5, otherLq: 0.6 },
    });
    // no link at all: the weakness factor is 1
    expect(link!.score).toBeCloseTo(Math.max(0.1, 3 / 3), 12);
  });

  it('lists nothing when every candidate is linked at least as strongly as the threshold', () => {
    expect(
      regionMissingLinks(
        own,
        [{ region: 'A', similarity: 1, sharedProjects: 5, strength: 0.3, lqs: own }],
        {
          weakBelow: 0.3,
        },
      ),
    ).toEqual([]);
  });
});

describe('strengthMedian', () => {
  it('is the middle value, or the mean of the two middle values', () => {
    expect(strengthMedian([0.3, 0.1, 0.2])).toBe(0.2);
    expect(strengthMedian([0.1, 0.3, 0.2, 0.4])).toBeCloseTo(0.25, 12);
    expect(strengthMedian([])).toBe(0);
  });
});
