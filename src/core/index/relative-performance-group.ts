/** The four performance groups of the Regional Innovation Scoreboard. */
export type PerformanceGroup = 'leader' | 'strong' | 'moderate' | 'emerging';

/** The third of its group a score falls in. */
export type PerformanceBand = '+' | 'plain' | '-';

/** Lower bounds of the groups in relative performance (reference area = 100). */
export interface PerformanceGroupThresholds {
  /** Leader above this; default 125. */
  readonly leader: number;
  /** Strong from this up to `leader`; default 100. */
  readonly strong: number;
  /** Moderate from this up to `strong`; emerging below; default 70. */
  readonly moderate: number;
}

export const PERFORMANCE_GROUP_THRESHOLDS: PerformanceGroupThresholds = {
  leader: 125,
  strong: 100,
  moderate: 70,
};

/**
 * Step 9: group and band of a relative performance. Leader above 125, strong 100-125, moderate
 * 70-100 (to below 100), emerging below 70. Each group is split in three equal bands; the upper
 * third is '+', the lower '-', and a score on a band's lower edge belongs to that band. The outer
 * bound of leader is `highest` and of emerging `lowest`: the highest and lowest region's score.
 *
 * @example
 * relativePerformanceGroup(120, { lowest: 40, highest: 160 });
 * // { group: 'strong', band: '+' }   (thirds of 100-125 start at 108.33 and 116.67)
 * relativePerformanceGroup(130, { lowest: 40, highest: 160 });
 * // { group: 'leader', band: '-' }   (thirds of 125-160 start at 136.67 and 148.33)
 */
export function relativePerformanceGroup(
  relative: number,
  extremes: { readonly lowest: number; readonly highest: number },
  thresholds: PerformanceGroupThresholds = PERFORMANCE_GROUP_THRESHOLDS,
): { readonly group: PerformanceGroup; readonly band: PerformanceBand } {
  const { leader, strong, moderate } = thresholds;
  if (relative > leader) {
    return {
      group: 'leader',
      band: bandOf(relative, leader, Math.max(extremes.highest, relative)),
    };
  }
  if (relative >= strong) return { group: 'strong', band: bandOf(relative, strong, leader) };
  if (relative >= moderate) return { group: 'moderate', band: bandOf(relative, moderate, strong) };
  return {
    group: 'emerging',
    band: bandOf(relative, Math.min(extremes.lowest, relative), moderate),
  };
}

function bandOf(value: number, lower: number, upper: number): PerformanceBand {
  const third = (upper - lower) / 3;
  if (value >= lower + 2 * third) return '+';
  if (value >= lower + third) return 'plain';
  return '-';
}
