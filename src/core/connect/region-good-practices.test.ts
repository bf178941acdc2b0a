import { describe, expect, it } from 'vitest';
import { regionGoodPracticeRecommendations } from './region-good-practices.js';
import type { CriterionScore } from './region-weakest-criteria.js';

const score = (region: string, kind: 'indicator' | 'key-area', id: string, s: number) =>
  ({ region, kind, id, score: s }) satisfies CriterionScore;
// Twente (NL213) is weakest in patents (0.2) and water (0.3); strong in rd (0.9).
const scores = [
  score('NL213', 'indicator', 'rd', 0.9),
  score('NL213', 'indicator', 'patents', 0.2),
  score('NL213', 'key-area', 'water', 0.3),
  score('NL414', 'indicator', 'rd', 0.95),
  score('NL414', 'indicator', 'patents', 0.9),
  score('NL414', 'key-area', 'water', 0.1),
  score('NL33', 'indicator', 'patents', 0.4),
  score('NL33', 'key-area', 'water', 0.9),
  score('NL11', 'indicator', 'patents', 0.1),
];
const practices = [
  { id: 'patent-desk', region: 'NL414', indicators: ['patents'] },
  { id: 'delta-lab', region: 'NL33', keyAreas: ['water'] },
  { id: 'port-patents', region: 'NL33', indicators: ['patents'], keyAreas: ['logistics'] },
  { id: 'groningen', region: 'NL11' },
  { id: 'at-home', region: 'NL213' },
];

describe('regionGoodPracticeRecommendations', () => {
  const list = regionGoodPracticeRecommendations('NL213', scores, practices, { weakest: 2 });

  it('ranks practices from regions that do well where the region does worst, with the reasons', () => {
    // patent-desk: NL414 patents 0.9 - 0.2 = 0.7
    // delta-lab: NL33 water 0.9 - 0.3 = 0.6 (it addresses water, not patents)
    // port-patents: NL33 patents 0.4 - 0.2 = 0.2 (it addresses no water key area)
    expect(list.map((r) => [r.practice.id, r.score])).toEqual([
      ['patent-desk', expect.closeTo(0.7, 12)],
      ['delta-lab', expect.closeTo(0.6, 12)],
      ['port-patents', expect.closeTo(0.2, 12)],
    ]);
    expect(list[0]?.reasons).toEqual([
      {
        kind: 'indicator',
        id: 'patents',
        regionScore: 0.2,
        practiceRegionScore: 0.9,
        gap: expect.closeTo(0.7, 12),
      },
    ]);
  });

  it("leaves out the region's own practices and those from regions that do no better", () => {
    // NL11 scores 0.1 on patents and has no water score; at-home is Twente's own
    expect(list.map((r) => r.practice.id)).not.toContain('groningen');
    expect(list.map((r) => r.practice.id)).not.toContain('at-home');
  });

  it('looks only at the criteria it is given, and caps the list', () => {
    const rd = regionGoodPracticeRecommendations('NL213', scores, practices, {
      weakest: [{ kind: 'indicator', id: 'rd' }],
    });
    // only NL414 beats 0.9 on rd, but patent-desk addresses patents only; no practice fits
    expect(rd).toEqual([]);
    expect(
      regionGoodPracticeRecommendations('NL213', scores, practices, { weakest: 2, limit: 1 }),
    ).toHaveLength(1);
  });
});
