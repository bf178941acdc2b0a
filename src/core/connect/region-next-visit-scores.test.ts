import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { regionNextVisitScores, type VisitCandidate } from './region-next-visit-scores.js';

const candidates: VisitCandidate[] = [
  // Twente, visited on 8 February 2025
  { region: 'NL213', lastVisit: '2025-02-08', keyAreas: ['htsm', 'lsh'] },
  // Zuidoost-Brabant, never visited: strong in rd, weak in hrst
  {
    region: 'NL414',
    lastVisit: null,
    keyAreas: ['htsm', 'lsh', 'energy'],
    scores: { rd: 0.9, patents: 0.8, hrst: 0.2, funding: 0.5 },
  },
  // Groot-Rijnmond, visited 18 months before
  {
    region: 'NL33',
    lastVisit: '2024-03-01',
    keyAreas: ['logistics', 'water', 'chemistry'],
    scores: { rd: 0.4, patents: 0.1 },
  },
  // Utrecht, visited 48 months before
  { region: 'NL31', lastVisit: '2021-09-01', keyAreas: ['lsh', 'creative'] },
];

describe('regionNextVisitScores', () => {
  const result = regionNextVisitScores(candidates, { asOf: '2025-09-01' });

  it('leaves out a region visited within 12 months', () => {
    // Twente: February 8 to September 1 = 6 whole months
    expect(result.excluded).toEqual([{ region: 'NL213', months: 6 }]);
  });

  it('scores each part in [0, 1], shows its weight, and adds the contributions up', () => {
    // Covered: key areas of visited regions NL213, NL33, NL31 = htsm, lsh, logistics, water,
    // chemistry, creative. Uncovered: energy alone.
    // NL414: recency 1 (never); coverage 1/1 (energy); strength 2/4 (rd, patents >= 0.7);
    //   gaps 1/4 (hrst < 0.3). Score 0.3 x 1 + 0.3 x 1 + 0.2 x 0.5 + 0.2 x 0.25 = 0.75
    // NL31: recency min(1, 48 / 36) = 1; coverage 0; no scores: strength and gaps not measured,
    //   left out. Score (0.3 x 1 + 0.3 x 0) / 0.6 = 0.5
    // NL33: recency 18 / 36 = 0.5; coverage 0; strength 0/2; gaps 1/2. Score 0.15 + 0.1 = 0.25
    expect(result.ranking.map((r) => [r.region, r.score])).toEqual([
      ['NL414', expect.closeTo(0.75, 12)],
      ['NL31', expect.closeTo(0.5, 12)],
      ['NL33', expect.closeTo(0.25, 12)],
    ]);
    const [nl414] = result.ranking;
    expect(nl414?.scoreUndefined).toBeNull();
    expect(nl414?.parts).toEqual([
      {
        part: 'recency',
        value: 1,
        weight: 0.3,
        contribution: 0.3,
        undefinedReason: null,
        months: null,
        capMonths: 36,
      },
      {
        part: 'coverage',
        value: 1,
        weight: 0.3,
        contribution: 0.3,
        undefinedReason: null,
        newKeyAreas: ['energy'],
        uncovered: 1,
      },
      {
        part: 'strength',
        value: 0.5,
        weight: 0.2,
        contribution: 0.1,
        undefinedReason: null,
        criteria: ['patents', 'rd'],
        of: 4,
      },
      {
        part: 'gaps',
        value: 0.25,
        weight: 0.2,
        contribution: 0.05,
        undefinedReason: null,
        criteria: ['hrst'],
        of: 4,
      },
    ]);
  });

  it('takes editable weights, cap and exclusion window', () => {
    // Only recency counts; with a 60-month cap NL31 (48 months) scores 0.8, NL33 (18) 0.3;
    // a 3-month window lets Twente (6 months) back in at 0.1
    const byRecency = regionNextVisitScores(candidates, {
      asOf: '2025-09-01',
      weights: { coverage: 0, strength: 0, gaps: 0 },
      recencyCapMonths: 60,
      excludeVisitedWithinMonths: 3,
    });
    expect(byRecency.ranking.map((r) => [r.region, r.score])).toEqual([
      ['NL414', 1],
      ['NL31', expect.closeTo(0.8, 12)],
      ['NL33', expect.closeTo(0.3, 12)],
      ['NL213', expect.closeTo(0.1, 12)],
    ]);
    expect(byRecency.weights).toEqual({ recency: 0.3, coverage: 0, strength: 0, gaps: 0 });
  });

  it('takes the taxonomy and the covered key areas as parameters', () => {
    // uncovered of the four: lsh, energy, water; NL414 brings lsh and energy: 2 / 3
    const result = regionNextVisitScores(candidates, {
      asOf: '2025-09-01',
      keyAreas: ['htsm', 'lsh', 'energy', 'water'],
      covered: ['htsm'],
    });
    const coverage = result.ranking.find((r) => r.region === 'NL414')?.parts[1];
    expect(coverage).toMatchObject({
      part: 'coverage',
      newKeyAreas: ['energy', 'lsh'],
      uncovered: 3,
    });
    expect(coverage?.value).toBeCloseTo(2 / 3, 12);
  });

  it('leaves a part that is not measured out of the score and renormalises the weights', () => {
    const nl31 = result.ranking.find((r) => r.region === 'NL31')!;
    // Utrecht has no index scores: strength and gaps are null with the reason, never 0.
    expect(nl31.parts.slice(2)).toEqual([
      {
        part: 'strength',
        value: null,
        weight: 0.2,
        contribution: null,
        undefinedReason: 'no_index_scores',
        criteria: [],
        of: 0,
      },
      {
        part: 'gaps',
        value: null,
        weight: 0.2,
        contribution: null,
        undefinedReason: 'no_index_scores',
        criteria: [],
        of: 0,
      },
    ]);
    // Recency 1 and coverage 0, weighed 0.3 each out of the 0.6 measured: 0.5 and 0.
    expect(nl31.parts.slice(0, 2).map((p) => p.contribution)).toEqual([0.5, 0]);
    expect(nl31.score).toBeCloseTo(0.5, 12);
  });

  it('does not measure coverage when every key area is covered already', () => {
    // All four of the taxonomy covered: no share of uncovered key areas to take.
    const covered = regionNextVisitScores(candidates, {
      asOf: '2025-09-01',
      keyAreas: ['htsm', 'lsh'],
      covered: ['htsm', 'lsh'],
    });
    const nl414 = covered.ranking.find((r) => r.region === 'NL414')!;
    expect(nl414.parts[1]).toMatchObject({
      part: 'coverage',
      value: null,
      contribution: null,
      undefinedReason: 'no_uncovered_key_areas',
      uncovered: 0,
    });
    // recency 1 x 0.3, strength 0.5 x 0.2, gaps 0.25 x 0.2 over 0.7
    expect(nl414.score).toBeCloseTo((0.3 + 0.1 + 0.05) / 0.7, 12);
  });

  it('gives no score when no part weighed above 0 is measured, and ranks the region last', () => {
    // Only strength and gaps weigh: Utrecht has no index scores, so nothing of its score is measured.
    const ranked = regionNextVisitScores(candidates, {
      asOf: '2025-09-01',
      weights: { recency: 0, coverage: 0, strength: 1, gaps: 1 },
    });
    expect(ranked.ranking.map((r) => [r.region, r.score])).toEqual([
      ['NL414', expect.closeTo(0.375, 12)],
      ['NL33', expect.closeTo(0.25, 12)],
      ['NL31', null],
    ]);
    const nl31 = ranked.ranking.at(-1)!;
    expect(nl31.scoreUndefined).toBe('no_weighted_part_measured');
    // Its measured parts of weight 0 keep their values but add nothing: there is no mean.
    expect(nl31.parts.map((p) => [p.part, p.value, p.contribution])).toEqual([
      ['recency', 1, null],
      ['coverage', 0, null],
      ['strength', null, null],
      ['gaps', null, null],
    ]);
  });

  it('refuses negative weights or weights that are all 0', () => {
    expect(() =>
      regionNextVisitScores(candidates, { asOf: '2025-09-01', weights: { recency: -1 } }),
    ).toThrow(RangeError);
    expect(() =>
      regionNextVisitScores(candidates, {
        asOf: '2025-09-01',
        weights: { recency: 0, coverage: 0, strength: 0, gaps: 0 },
      }),
    ).toThrow(RangeError);
  });

  it('keeps every score and part in [0, 1], with contributions that add up to the score', () => {
    const candidate = fc.record({
      region: fc.string({ minLength: 1, maxLength: 4 }),
      lastVisit: fc.option(
        fc
          .date({ min: new Date('2000-01-01'), max: new Date('2030-12-31'), noInvalidDate: true })
          .map((d) => d.toISOString().slice(0, 10)),
        { nil: null },
      ),
      keyAreas: fc.array(fc.constantFrom('a', 'b', 'c', 'd', 'e')),
      scores: fc.dictionary(
        fc.constantFrom('x', 'y', 'z'),
        fc.double({ min: 0, max: 1, noNaN: true }),
      ),
    });
    const weight = fc.double({ min: 0, max: 10, noNaN: true });
    fc.assert(
      fc.property(
        fc.array(candidate, { maxLength: 8 }),
        fc.record({
          recency: weight,
          coverage: weight,
          strength: weight,
          gaps: fc.double({ min: 0.01, max: 10, noNaN: true }),
        }),
        (list, weights) => {
          const { ranking } = regionNextVisitScores(list, { asOf: '2025-09-01', weights });
          for (const r of ranking) {
            for (const p of r.parts) {
              // A part is null exactly when it has a reason, and then adds nothing.
              expect(p.value === null).toBe(p.undefinedReason !== null);
              if (p.value === null) expect(p.contribution).toBeNull();
              else expect(p.value >= 0 && p.value <= 1).toBe(true);
            }
            const weighed = r.parts.some((p) => p.value !== null && p.weight > 0);
            if (!weighed) {
              expect(r.score).toBeNull();
              expect(r.scoreUndefined).toBe('no_weighted_part_measured');
              continue;
            }
            expect(r.score! >= 0 && r.score! <= 1).toBe(true);
            expect(r.parts.reduce((s, p) => s + (p.contribution ?? 0), 0)).toBeCloseTo(r.score!, 9);
          }
          // Scored regions first, highest first; those without a score after them.
          const scores = ranking.map((r) => r.score);
          const firstNull = scores.indexOf(null);
          if (firstNull >= 0) expect(scores.slice(firstNull).every((x) => x === null)).toBe(true);
          const scored = scores.filter((x): x is number => x !== null);
          expect(scored).toEqual([...scored].sort((a, b) => b - a));
        },
      ),
    );
  });
});

describe('the connect part of regionNextVisitScores', () => {
  const candidates: VisitCandidate[] = [
    {
      region: 'A',
      lastVisit: null,
      keyAreas: ['htsm'],
      connect: { value: 0.5, missingLinks: ['B'], of: 1 },
    },
    {
      region: 'B',
      lastVisit: '2020-01-01',
      keyAreas: ['lsh'],
      connect: { value: 0, missingLinks: [], of: 1 },
    },
  ];

  it('leaves scores and parts as they are when connect is not weighed, or weighed 0', () => {
    const without = regionNextVisitScores(
      candidates.map(({ connect: _c, ...c }) => c),
      { asOf: '2025-09-01' },
    );
    const zero = regionNextVisitScores(candidates, {
      asOf: '2025-09-01',
      weights: { connect: 0 },
    });
    expect(zero).toEqual(without);
    expect(zero.ranking[0]!.parts.map((p) => p.part)).toEqual([
      'recency',
      'coverage',
      'strength',
      'gaps',
    ]);
  });

  it('adds the weighed connect value and names the missing links', () => {
    const ranking = regionNextVisitScores(candidates, {
      asOf: '2025-09-01',
      weights: { connect: 1 },
    }).ranking;
    const a = ranking.find((r) => r.region === 'A')!;
    const connect = a.parts.at(-1)!;
    expect(connect).toMatchObject({ part: 'connect', value: 0.5, missingLinks: ['B'], weight: 1 });
    // A has no index scores, so strength and gaps are left out: the measured weights are
    // 0.3 + 0.3 + 1 = 1.6, and the part contributes 0.5 x 1 / 1.6
    expect(connect.contribution).toBeCloseTo(0.5 / 1.6, 12);
    expect(a.score).toBeCloseTo(
      a.parts.reduce((s, p) => s + (p.contribution ?? 0), 0),
      12,
    );
  });

  it('does not measure connect for a region no other region was compared with', () => {
    const ranking = regionNextVisitScores(
      [
        { region: 'A', lastVisit: null, keyAreas: ['htsm'] },
        {
          region: 'B',
          lastVisit: null,
          keyAreas: ['lsh'],
          connect: { value: 0, missingLinks: [], of: 0 },
        },
      ],
      { asOf: '2025-09-01', weights: { connect: 1 } },
    ).ranking;
    for (const r of ranking) {
      expect(r.parts.at(-1)).toMatchObject({
        part: 'connect',
        value: null,
        contribution: null,
        undefinedReason: 'no_regions_compared',
      });
      // recency 1 and coverage 1/2 (one of the two uncovered key areas) are all that is
      // measured: (0.3 x 1 + 0.3 x 0.5) / 0.6
      expect(r.score).toBeCloseTo(0.75, 12);
    }
  });
});
