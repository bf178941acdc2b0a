import type { ActivityMatrix } from '../keyareas/activity-matrix.js';
import { activityMatrixLocationQuotients } from '../keyareas/region-location-quotient.js';
import type { LocationQuotientNullReason } from '../keyareas/region-location-quotient.js';
import type { ReferenceArea } from '../keyareas/reference-area.js';
import { scoresRank } from '../index/scores-rank.js';

/** Thresholds of the three stars; each has the European Cluster Observatory's default. */
export interface ClusterStarOptions<R extends string = string> {
  /** Reference area of the location quotient; default the sum of the compared regions. */
  readonly reference?: ReferenceArea<R>;
  /**
   * Regions compared with each other for size and focus; default every row of the matrix except a
   * reference row (an EU or country row is not a region to rank).
   */
  readonly regions?: readonly R[];
  /** Size star: the region's activity in the key area ranks in this top share; default 0.1. */
  readonly sizeTopShare?: number;
  /** Specialisation star: LQ at least this; default 2. */
  readonly specialisationMinLq?: number;
  /** Focus star: the key area's share of the region's activity ranks in this top share; default 0.1. */
  readonly focusTopShare?: number;
}

/** A ranked star: the figure, its rank among the compared regions, and the rank needed. */
export interface RankedStar {
  readonly star: boolean;
  readonly value: number | null;
  /** 1 = highest; ties share the better rank; null when the value is null. */
  readonly rank: number | null;
  /** The last rank inside the top share: floor(share x regions compared). */
  readonly cutoffRank: number;
  readonly of: number;
}

/** The stars of one region in one key area, with the figures that earned or missed them. */
export interface ClusterStars<R extends string = string, K extends string = string> {
  readonly region: R;
  readonly keyArea: K;
  /** 0 to 3. */
  readonly stars: number;
  /** x(r, k) among the compared regions. */
  readonly size: RankedStar;
  readonly specialisation: {
    readonly star: boolean;
    readonly lq: number | null;
    readonly reason: LocationQuotientNullReason | null;
    readonly minLq: number;
  };
  /** x(r, k) / x(r) among the compared regions. */
  readonly focus: RankedStar;
}

/**
 * Cluster strength stars (European Cluster Observatory style) for every compared region and key
 * area: one star for size (x(r, k) ranks in the top 10% of regions for the key area), one for
 * specialisation (LQ >= 2) and one for focus (x(r, k) / x(r) ranks in the top 10% of regions for
 * the key area). "Top 10%" means rank <= floor(0.1 x regions compared), so with fewer than ten
 * regions nobody earns the size or focus star; a value of 0 never earns one.
 *
 * @example
 * // 12 provinces: the largest in ICT holds rank 1 <= floor(0.1 x 12) = 1 -> size star
 * activityMatrixClusterStars(matrix, { reference: { region: 'NL' } });
 * // [{ region: 'NL11', keyArea: 'ict', stars: 2, size: { star: true, rank: 1, … },
 * //    specialisation: { star: true, lq: 2.4, … }, focus: { star: false, rank: 3, … } }, …]
 */
export function activityMatrixClusterStars<R extends string, K extends string>(
  matrix: ActivityMatrix<R, K>,
  options: ClusterStarOptions<R> = {},
): ClusterStars<R, K>[] {
  const referenceRow =
    options.reference !== undefined && 'region' in options.reference
      ? options.reference.region
      : null;
  const compared = options.regions ?? matrix.regions.filter((r) => r !== referenceRow);
  const rows = compared.map((r) => {
    const i = matrix.regionIndex.get(r);
    if (i === undefined) throw new RangeError(`the activity matrix holds no region ${r}`);
    return i;
  });
  const lqs = activityMatrixLocationQuotients(matrix, options.reference ?? { sumOf: compared });
  const minLq = options.specialisationMinLq ?? 2;
  const sizeCutoff = Math.floor((options.sizeTopShare ?? 0.1) * rows.length);
  const focusCutoff = Math.floor((options.focusTopShare ?? 0.1) * rows.length);

  const columns = matrix.keyAreas.map((_, j) => {
    const sizes = rows.map((i) => matrix.values[i]?.[j] ?? 0);
    const focuses = rows.map((i) => {
      const total = matrix.totals[i] ?? 0;
      return total === 0 ? null : (matrix.values[i]?.[j] ?? 0) / total;
    });
    return { sizes, focuses, sizeRanks: scoresRank(sizes), focusRanks: scoresRank(focuses) };
  });

  return compared.flatMap((region, n) =>
    matrix.keyAreas.map((keyArea, j) => {
      const column = columns[j];
      const size = ranked(
        column?.sizes[n] ?? 0,
        column?.sizeRanks[n] ?? null,
        sizeCutoff,
        rows.length,
      );
      const focus = ranked(
        column?.focuses[n] ?? null,
        column?.focusRanks[n] ?? null,
        focusCutoff,
        rows.length,
      );
      const lq = lqs.cells[rows[n] ?? 0]?.[j] ?? {
        value: null,
        reason: 'region-total-zero' as const,
      };
      const specialisation = {
        star: lq.value !== null && lq.value >= minLq,
        lq: lq.value,
        reason: lq.reason,
        minLq,
      };
      const stars = Number(size.star) + Number(specialisation.star) + Number(focus.star);
      return { region, keyArea, stars, size, specialisation, focus };
    }),
  );
}

function ranked(
  value: number | null,
  rank: number | null,
  cutoffRank: number,
  of: number,
): RankedStar {
  const star = value !== null && value > 0 && rank !== null && rank <= cutoffRank;
  return { star, value, rank, cutoffRank, of };
}
