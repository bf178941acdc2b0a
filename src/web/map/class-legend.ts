import { classOf } from './class-breaks.js';

/** One class of a map legend: the lowest and highest value in it and how many regions. */
export interface LegendClass {
  readonly from: number;
  readonly to: number;
  readonly count: number;
}

/**
 * The legend's classes: for each class the smallest and largest value that falls in it, so that
 * no two labels overlap ("1,81 tot en met 1,88" is followed by "1,90 tot en met 2,10", not by
 * "1,88 ..."). Missing values are not given; classes without a value are left out.
 *
 * @example classLegend([1, 2, 3, 4, 5, 6], [2, 4]) -> [{ from: 1, to: 2, count: 2 }, { from: 3, to: 4, count: 2 }, { from: 5, to: 6, count: 2 }]
 */
export function classLegend(values: readonly number[], breaks: readonly number[]): LegendClass[] {
  const classes: { from: number; to: number; count: number }[] = [];
  for (const value of values) {
    if (!Number.isFinite(value)) continue;
    const k = classOf(value, breaks);
    const c = (classes[k] ??= { from: value, to: value, count: 0 });
    c.from = Math.min(c.from, value);
    c.to = Math.max(c.to, value);
    c.count++;
  }
  return classes.filter((c) => c !== undefined);
}

/**
 * The fraction digits for a legend's numbers: as many as the values' size asks (none from 100,
 * one from 10, else two), and more where needed so that the end of one class never reads the
 * same as the start of the next (at most six).
 *
 * @example legendDigits([{ from: 1.801, to: 1.8812, count: 3 }, { from: 1.8849, to: 2.1, count: 3 }]) -> 3
 */
export function legendDigits(classes: readonly LegendClass[]): number {
  const largest = Math.max(0, ...classes.map((c) => Math.max(Math.abs(c.from), Math.abs(c.to))));
  let digits = largest >= 100 ? 0 : largest >= 10 ? 1 : 2;
  const round = (v: number, d: number) => Math.round(v * 10 ** d) / 10 ** d;
  const clash = (d: number) =>
    classes.some((c, i) => i > 0 && round(classes[i - 1]!.to, d) >= round(c.from, d));
  while (digits < 6 && clash(digits)) digits++;
  return digits;
}
