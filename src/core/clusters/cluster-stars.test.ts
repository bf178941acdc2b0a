import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { activityMatrixFromCells } from '../keyareas/activity-matrix.js';
import { activityMatrixClusterStars } from './cluster-stars.js';

// Ten regions, two key areas. R01: 50 ict, 50 water. R02: 30 ict only.
// R03..R10: ict 1..8 and water 19..12, 20 each.
// ict total 50 + 30 + 36 = 116; water 50 + 0 + 124 = 174; all 290.
const cells = [
  { region: 'R01', keyArea: 'ict', value: 50 },
  { region: 'R01', keyArea: 'water', value: 50 },
  { region: 'R02', keyArea: 'ict', value: 30 },
  ...[1, 2, 3, 4, 5, 6, 7, 8].flatMap((k) => [
    { region: `R${String(k + 2).padStart(2, '0')}`, keyArea: 'ict', value: k },
    { region: `R${String(k + 2).padStart(2, '0')}`, keyArea: 'water', value: 20 - k },
  ]),
];
const matrix = activityMatrixFromCells(cells);
const starsOf = (
  list: ReturnType<typeof activityMatrixClusterStars>,
  region: string,
  keyArea: string,
) => list.find((s) => s.region === region && s.keyArea === keyArea);

describe('activityMatrixClusterStars', () => {
  const stars = activityMatrixClusterStars(matrix);

  it('gives the size star to the largest region: rank 1 <= floor(0.1 x 10)', () => {
    const r01 = starsOf(stars, 'R01', 'ict');
    expect(r01?.size).toEqual({ star: true, value: 50, rank: 1, cutoffRank: 1, of: 10 });
    // R02 is second in ict (30): no star
    expect(starsOf(stars, 'R02', 'ict')?.size.star).toBe(false);
  });

  it('gives the specialisation star at LQ >= 2, with the quotient shown', () => {
    // R02 ict: (30 / 30) / (116 / 290) = 2.5;  R01 ict: (50 / 100) / 0.4 = 1.25
    expect(starsOf(stars, 'R02', 'ict')?.specialisation).toEqual({
      star: true,
      lq: expect.closeTo(2.5, 12),
      reason: null,
      minLq: 2,
    });
    expect(starsOf(stars, 'R01', 'ict')?.specialisation.lq).toBeCloseTo(1.25, 12);
    expect(starsOf(stars, 'R01', 'ict')?.specialisation.star).toBe(false);
  });

  it('gives the focus star to the region whose activity leans most on the key area', () => {
    // ict focus: R02 30 / 30 = 1 ranks first; water focus: R03 19 / 20 = 0.95 ranks first
    expect(starsOf(stars, 'R02', 'ict')?.focus).toMatchObject({ star: true, value: 1, rank: 1 });
    expect(starsOf(stars, 'R03', 'water')?.focus).toMatchObject({ star: true, value: 0.95 });
    expect(starsOf(stars, 'R01', 'ict')?.focus).toMatchObject({ star: false, value: 0.5, rank: 2 });
  });

  it('counts the stars', () => {
    const counts = stars
      .filter((s) => s.stars > 0)
      .map((s) => `${s.region} ${s.keyArea} ${s.stars}`);
    // R01: size in both; R02 ict: specialisation + focus; R03 water: focus
    expect(counts).toEqual(['R01 ict 1', 'R01 water 1', 'R02 ict 2', 'R03 water 1']);
  });

  it('never gives a star for nothing', () => {
    // R02 has no water: value 0, focus 0, LQ 0
    expect(starsOf(stars, 'R02', 'water')?.stars).toBe(0);
  });

  it('takes the thresholds as parameters', () => {
    // LQ 1.25 >= 1.2 and focus rank 2 <= floor(0.2 x 10) = 2: R01 ict earns all three stars
    const loose = activityMatrixClusterStars(matrix, {
      specialisationMinLq: 1.2,
      focusTopShare: 0.2,
    });
    expect(starsOf(loose, 'R01', 'ict')?.stars).toBe(3);
  });

  it('does not rank the reference row among the regions', () => {
    const withEu = activityMatrixFromCells([
      ...cells,
      { region: 'EU', keyArea: 'ict', value: 1000 },
      { region: 'EU', keyArea: 'water', value: 1000 },
    ]);
    const list = activityMatrixClusterStars(withEu, { reference: { region: 'EU' } });
    expect(list.some((s) => s.region === 'EU')).toBe(false);
    // against the EU (half ict): R02 ict LQ = 1 / 0.5 = 2
    expect(starsOf(list, 'R02', 'ict')?.specialisation.lq).toBe(2);
    expect(starsOf(list, 'R01', 'ict')?.size.of).toBe(10);
  });

  it('lets tied regions share a rank, so a tie at the cut-off earns the star for all', () => {
    const tied = activityMatrixFromCells(
      Array.from({ length: 10 }, (_, i) => ({
        region: `T${i}`,
        keyArea: 'ict',
        value: i < 2 ? 5 : 1,
      })),
    );
    const list = activityMatrixClusterStars(tied);
    expect(list.filter((s) => s.size.star).map((s) => s.region)).toEqual(['T0', 'T1']);
  });

  it('gives the size star to at most the top share of regions when no two tie', () => {
    fc.assert(
      fc.property(
        fc.uniqueArray(fc.integer({ min: 1, max: 10_000 }), { minLength: 1, maxLength: 60 }),
        (sizes) => {
          const m = activityMatrixFromCells([
            ...sizes.map((value, i) => ({ region: `R${i}`, keyArea: 'ict', value })),
            ...sizes.map((_, i) => ({ region: `R${i}`, keyArea: 'water', value: 1 })),
          ]);
          const winners = activityMatrixClusterStars(m).filter(
            (s) => s.keyArea === 'ict' && s.size.star,
          );
          expect(winners.length).toBe(Math.floor(0.1 * sizes.length));
          for (const s of activityMatrixClusterStars(m)) {
            expect(s.stars).toBe(
              Number(s.size.star) + Number(s.specialisation.star) + Number(s.focus.star),
            );
          }
        },
      ),
    );
  });
});
