import { describe, expect, it } from 'vitest';
import { orderNextVisitTies, type NextVisitTieFacts } from './next-visit-ties.js';

const row = (
  region: string,
  score: number | null,
  values: Record<string, number | null>,
  weights: Record<string, number>,
) => ({
  region,
  score,
  parts: Object.keys(weights).map((part) => ({
    part,
    weight: weights[part]!,
    // A part left out of `values` is 0; one given as null is not measured.
    value: part in values ? (values[part] as number | null) : 0,
  })),
});
const W = { recency: 0.3, coverage: 0.3, strength: 0.2, gaps: 0.2 };
const facts = (entries: [string, string, number | null][]): Map<string, NextVisitTieFacts> =>
  new Map(
    entries.map(([region, name, population]) => [
      region,
      { name, population, populationYear: population === null ? null : 2022 },
    ]),
  );

describe('orderNextVisitTies', () => {
  it('keeps regions with different scores in score order, without a tie', () => {
    const ordered = orderNextVisitTies(
      [row('NL211', 0.4, { recency: 1 }, W), row('NL212', 0.5, { recency: 1 }, W)],
      new Map(),
    );
    expect(ordered.map((r) => [r.region, r.tie])).toEqual([
      ['NL212', null],
      ['NL211', null],
    ]);
  });

  it('puts first the higher value on the heaviest-weighted part where two equal scores differ', () => {
    // Both 0.5 with weights 0.5 / 0.5; recency and coverage weigh the same, so recency (first) decides.
    const weights = { recency: 0.5, coverage: 0.5 };
    const ordered = orderNextVisitTies(
      [
        row('NL211', 0.5, { recency: 0.4, coverage: 0.6 }, weights),
        row('NL212', 0.5, { recency: 0.6, coverage: 0.4 }, weights),
      ],
      new Map(),
    );
    expect(ordered.map((r) => r.region)).toEqual(['NL212', 'NL211']);
    expect(ordered[0]!.tie).toEqual({
      with: 'NL211',
      reason: { criterion: 'part', part: 'recency', value: 0.6, other: 0.4 },
    });
    expect(ordered[1]!.tie).toBeNull();
  });

  it('goes down the weights: the heaviest part equal, the next heaviest decides', () => {
    // Three equal scores as given; recency weighs most and is equal, so gaps decides next.
    const weights = { gaps: 0.4, recency: 0.6 };
    const a = row('NL111', 0.7, { recency: 1, gaps: 0.25 }, weights);
    const b = { ...row('NL112', 0.7, { recency: 1, gaps: 0.25 }, weights) };
    // A third part with no weight never decides.
    const c = row('NL113', 0.7, { recency: 1, gaps: 0.5 }, { ...weights, strength: 0 });
    const ordered = orderNextVisitTies(
      [a, b, c],
      facts([
        ['NL111', 'Oost-Groningen', 100],
        ['NL112', 'Delfzijl en omgeving', 200],
        ['NL113', 'Overig Groningen', 50],
      ]),
    );
    expect(ordered.map((r) => r.region)).toEqual(['NL113', 'NL112', 'NL111']);
    expect(ordered[0]!.tie?.reason).toEqual({
      criterion: 'part',
      part: 'gaps',
      value: 0.5,
      other: 0.25,
    });
    expect(ordered[1]!.tie?.reason).toEqual({
      criterion: 'population',
      value: 200,
      other: 100,
      year: 2022,
    });
  });

  it('puts a region with a known population before one without, and otherwise goes by name, not code', () => {
    const parts = { recency: 1 };
    const ordered = orderNextVisitTies(
      [row('NL111', 0.3, parts, W), row('NL112', 0.3, parts, W), row('NL113', 0.3, parts, W)],
      facts([
        ['NL111', 'Zuidoost-Groningen', null],
        ['NL112', 'Appingedam', null],
        ['NL113', 'Overig Groningen', 10],
      ]),
    );
    expect(ordered.map((r) => r.region)).toEqual(['NL113', 'NL112', 'NL111']);
    expect(ordered[0]!.tie?.reason).toEqual({
      criterion: 'population',
      value: 10,
      other: null,
      year: 2022,
    });
    expect(ordered[1]!.tie).toEqual({ with: 'NL111', reason: { criterion: 'name' } });
  });

  it('takes scores within a billionth as equal (sums of weighted parts differ in the last bits)', () => {
    const ordered = orderNextVisitTies(
      [row('NL211', 0.1 + 0.2, { recency: 0.2 }, W), row('NL212', 0.3, { recency: 0.9 }, W)],
      new Map(),
    );
    expect(ordered.map((r) => r.region)).toEqual(['NL212', 'NL211']);
    expect(ordered[0]!.tie?.reason.criterion).toBe('part');
  });

  it('puts a part measured before one not measured, and goes on where neither is measured', () => {
    // Equal scores; strength weighs most: measured for NL212 only, so it decides for NL212.
    // NL213 and NL214 have no strength either: equal there, recency decides.
    const weights = { strength: 0.6, recency: 0.4 };
    const ordered = orderNextVisitTies(
      [
        row('NL211', 0.5, { strength: null, recency: 0.5 }, weights),
        row('NL212', 0.5, { strength: 0.1, recency: 0.2 }, weights),
        row('NL213', 0.5, { strength: null, recency: 0.9 }, weights),
      ],
      new Map(),
    );
    expect(ordered.map((r) => r.region)).toEqual(['NL212', 'NL213', 'NL211']);
    expect(ordered[0]!.tie?.reason).toEqual({
      criterion: 'part',
      part: 'strength',
      value: 0.1,
      other: null,
    });
    expect(ordered[1]!.tie?.reason).toEqual({
      criterion: 'part',
      part: 'recency',
      value: 0.9,
      other: 0.5,
    });
  });

  it('ranks regions without a score after every scored one, tied among themselves, in any input order', () => {
    const weights = { strength: 1 };
    const rows = [
      row('NL311', null, { strength: null }, weights),
      row('NL312', 0.1, { strength: 0.1 }, weights),
      row('NL313', null, { strength: null }, weights),
      row('NL314', 0, { strength: 0 }, weights),
    ];
    const names = facts([
      ['NL311', 'Zeeuwsch-Vlaanderen', null],
      ['NL312', 'Walcheren', null],
      ['NL313', 'Overig Zeeland', null],
      ['NL314', 'Noord-Friesland', null],
    ]);
    const ordered = orderNextVisitTies(rows, names);
    expect(ordered.map((r) => [r.region, r.score])).toEqual([
      ['NL312', 0.1],
      ['NL314', 0],
      ['NL313', null],
      ['NL311', null],
    ]);
    // The scored 0 is not tied with the unscored; the two unscored go by name.
    expect(ordered[1]!.tie).toBeNull();
    expect(ordered[2]!.tie).toEqual({ with: 'NL311', reason: { criterion: 'name' } });
    expect(orderNextVisitTies([...rows].reverse(), names).map((r) => r.region)).toEqual(
      ordered.map((r) => r.region),
    );
  });
});
