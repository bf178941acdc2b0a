import { describe, expect, it } from 'vitest';
import { nextVisitReasons } from './next-visit-reasons.js';

const part = (name: string, value: number | null, weight: number) => ({
  part: name,
  value,
  weight,
  contribution: value === null ? null : value * weight,
});

describe('why the first region of the ranking is proposed', () => {
  const first = {
    region: 'NL411',
    score: 0.55,
    parts: [
      part('recency', 1, 0.3),
      part('coverage', 0.5, 0.3),
      part('strength', 0.5, 0.2),
      part('gaps', 0, 0.2),
    ],
  };
  const second = { region: 'NL131', score: 0.5, parts: [part('recency', 1, 0.5)] };

  it('names the parts that carry its score, largest first, and leaves out those that add nothing', () => {
    const reasons = nextVisitReasons([first, second])!;
    expect(reasons.top.region).toBe('NL411');
    expect(reasons.drivers.map((p) => p.part)).toEqual(['recency', 'coverage', 'strength']);
  });

  it('says by how much it leads the runner-up', () => {
    const reasons = nextVisitReasons([first, second])!;
    expect(reasons.runnerUp?.region).toBe('NL131');
    expect(reasons.lead).toBeCloseTo(0.05, 10);
  });

  it('has nothing to say about an empty ranking', () => {
    expect(nextVisitReasons([])).toBeUndefined();
  });

  it('leaves out parts not measured, and never proposes a region without a score', () => {
    const unmeasured = {
      region: 'NL342',
      score: 0.6,
      parts: [part('recency', 1, 0.3), part('strength', null, 0.2)],
    };
    const unscored = { region: 'NL126', score: null, parts: [part('strength', null, 1)] };
    const reasons = nextVisitReasons([unmeasured, unscored, second])!;
    expect(reasons.drivers.map((p) => p.part)).toEqual(['recency']);
    expect(reasons.runnerUp?.region).toBe('NL131');
    expect(reasons.lead).toBeCloseTo(0.1, 10);
    expect(nextVisitReasons([unscored])).toBeUndefined();
  });
});
