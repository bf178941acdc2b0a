import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { HELIX_CONFIGURATIONS, type HelixConfiguration } from './helix-configuration.js';
import { helixSynergy } from './helix-synergy.js';

/** `count` projects of each configuration, in order. */
function projectsOf(counts: Partial<Record<HelixConfiguration, number>>): HelixConfiguration[] {
  return HELIX_CONFIGURATIONS.flatMap((c) => Array<HelixConfiguration>(counts[c] ?? 0).fill(c));
}

describe('helixSynergy', () => {
  it('reports projects, configuration counts and T for a hand-worked set of projects', () => {
    // 2 U, 2 I, 2 G, 2 UIG and one project with none of the three (left out): T = -1 bit
    // (worked out in helix-synergy-t.test.ts).
    const report = helixSynergy([...projectsOf({ U: 2, I: 2, G: 2, UIG: 2 }), null]);
    expect(report.projects).toBe(8);
    expect(report.projects_without_helix_role).toBe(1);
    expect(report.configurations).toEqual({ U: 2, I: 2, G: 2, UI: 0, UG: 0, IG: 0, UIG: 2 });
    expect(report.t_millibits).toBeCloseTo(-1000, 9);
    const [lo, hi] = report.t_ci95_millibits!;
    expect(lo).toBeLessThanOrEqual(hi);
  });

  it('gives the same interval for the same input and seed', () => {
    const configuration = fc.constantFrom<HelixConfiguration | null>(...HELIX_CONFIGURATIONS, null);
    fc.assert(
      fc.property(
        fc.array(configuration, { minLength: 1, maxLength: 60 }),
        fc.integer(),
        (projects, seed) => {
          const a = helixSynergy(projects, { seed, resamples: 50 });
          const b = helixSynergy([...projects], { seed, resamples: 50 });
          expect(a).toEqual(b);
        },
      ),
    );
  });

  it('counts every project given once: with one of U, I, G, or left out without any', () => {
    const configuration = fc.constantFrom<HelixConfiguration | null>(...HELIX_CONFIGURATIONS, null);
    fc.assert(
      fc.property(fc.array(configuration, { maxLength: 60 }), (projects) => {
        const report = helixSynergy(projects, { resamples: 5 });
        let none = 0;
        for (const p of projects) if (p === null) none += 1;
        expect(report.projects_without_helix_role).toBe(none);
        expect(report.projects + report.projects_without_helix_role).toBe(projects.length);
      }),
    );
  });

  it('gives an interval with lo <= hi that contains T for a large sample', () => {
    const projects = projectsOf({ U: 40, I: 30, G: 10, UI: 25, UG: 8, IG: 12, UIG: 15 });
    const report = helixSynergy(projects);
    const [lo, hi] = report.t_ci95_millibits!;
    expect(lo).toBeLessThan(hi);
    expect(lo).toBeLessThanOrEqual(report.t_millibits!);
    expect(report.t_millibits!).toBeLessThanOrEqual(hi);
  });

  it('narrows the interval as the number of projects grows', () => {
    const few = helixSynergy(projectsOf({ U: 4, I: 3, G: 1, UI: 3, UG: 1, IG: 1, UIG: 2 }));
    const many = helixSynergy(
      projectsOf({ U: 400, I: 300, G: 100, UI: 300, UG: 100, IG: 100, UIG: 200 }),
    );
    const width = (r: typeof few) => r.t_ci95_millibits![1] - r.t_ci95_millibits![0];
    expect(width(many)).toBeLessThan(width(few) / 3);
  });

  it('changes the interval with the seed but keeps T', () => {
    const projects = projectsOf({ U: 4, I: 3, G: 1, UI: 3, UG: 1, IG: 1, UIG: 2 });
    const a = helixSynergy(projects, { seed: 1 });
    const b = helixSynergy(projects, { seed: 2 });
    expect(a.t_millibits).toBe(b.t_millibits);
    expect(a.t_ci95_millibits).not.toEqual(b.t_ci95_millibits);
  });

  it('widens the interval with the confidence', () => {
    const projects = projectsOf({ U: 4, I: 3, G: 1, UI: 3, UG: 1, IG: 1, UIG: 2 });
    const [lo95, hi95] = helixSynergy(projects).t_ci95_millibits!;
    const [lo50, hi50] = helixSynergy(projects, { confidence: 0.5 }).t_ci95_millibits!;
    expect(lo95).toBeLessThanOrEqual(lo50);
    expect(hi50).toBeLessThanOrEqual(hi95);
  });

  it('gives no T and no interval, with the reason, when all projects share one configuration', () => {
    // Every dimension is in every project: T would be 0 by its formula, not by measurement.
    const report = helixSynergy(projectsOf({ UIG: 12 }));
    expect(report.t_millibits).toBeNull();
    expect(report.t_ci95_millibits).toBeNull();
    expect(report.t_undefined).toEqual({
      reason: 'dimension_constant',
      absent: [],
      everywhere: ['U', 'I', 'G'],
    });
  });

  it('gives no T for two projects with business participants only', () => {
    const report = helixSynergy(['I', 'I']);
    expect(report.projects).toBe(2);
    expect(report.t_millibits).toBeNull();
    expect(report.t_ci95_millibits).toBeNull();
    expect(report.t_undefined).toEqual({
      reason: 'dimension_constant',
      absent: ['U', 'G'],
      everywhere: ['I'],
    });
  });

  it('gives no T when government takes part in none of many mixed projects', () => {
    // U and I vary, G never occurs: T is 0 by construction, however many projects.
    const report = helixSynergy(projectsOf({ U: 300, I: 50, UI: 12 }));
    expect(report.t_millibits).toBeNull();
    expect(report.t_undefined).toMatchObject({ absent: ['G'], everywhere: [] });
  });

  it('reports null T and interval without projects', () => {
    expect(helixSynergy([null, null])).toEqual({
      projects: 0,
      projects_without_helix_role: 2,
      configurations: { U: 0, I: 0, G: 0, UI: 0, UG: 0, IG: 0, UIG: 0 },
      t_millibits: null,
      t_ci95_millibits: null,
      t_undefined: { reason: 'no_projects', absent: ['U', 'I', 'G'], everywhere: [] },
    });
  });

  it('has a T and no reason whenever each dimension varies', () => {
    const configuration = fc.constantFrom<HelixConfiguration | null>(...HELIX_CONFIGURATIONS, null);
    fc.assert(
      fc.property(fc.array(configuration, { maxLength: 40 }), (projects) => {
        const report = helixSynergy(projects, { resamples: 20 });
        const kept = projects.filter((p): p is HelixConfiguration => p !== null);
        const varies = (d: string) =>
          kept.some((p) => p.includes(d)) && kept.some((p) => !p.includes(d));
        const defined = varies('U') && varies('I') && varies('G');
        expect(report.t_millibits === null).toBe(!defined);
        expect(report.t_ci95_millibits === null).toBe(!defined);
        expect(report.t_undefined === null).toBe(defined);
      }),
    );
  });

  it('refuses a resample count below 1 and a confidence outside (0, 1)', () => {
    expect(() => helixSynergy(['U'], { resamples: 0 })).toThrow(RangeError);
    expect(() => helixSynergy(['U'], { resamples: 2.5 })).toThrow(RangeError);
    expect(() => helixSynergy(['U'], { confidence: 1 })).toThrow(RangeError);
    expect(() => helixSynergy(['U'], { confidence: 0 })).toThrow(RangeError);
  });
});
