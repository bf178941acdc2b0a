/**
 * A quotient that may be undefined. Where a denominator is zero the value is `null` and `reason`
 * says which denominator, so no NaN or Infinity ever reaches a table, chart or export.
 */
export type Ratio<Reason extends string> =
  | { readonly value: number; readonly reason: null }
  | { readonly value: null; readonly reason: Reason };

/**
 * `numerator / denominator`, or null with `reason` when the denominator is zero.
 *
 * @example
 * ratioOf(3, 4, 'zero'); // { value: 0.75, reason: null }
 * ratioOf(3, 0, 'zero'); // { value: null, reason: 'zero' }
 */
export function ratioOf<Reason extends string>(
  numerator: number,
  denominator: number,
  reason: Reason,
): Ratio<Reason> {
  return denominator === 0
    ? { value: null, reason }
    : { value: numerator / denominator, reason: null };
}
