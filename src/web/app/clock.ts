/** The application's clock: today's date as the browser knows it. One place, so that tests can read it too. */
export function appNow(): Date {
  return new Date();
}

/**
 * True when the newest year behind a figure lies more than `years` years before `now`'s year.
 *
 * @example
 * isDataOld(2012, new Date('2026-12-06')); // true
 * isDataOld(2021, new Date('2026-12-06')); // false
 */
export function isDataOld(lastYear: number, now: Date, years = 5): boolean {
  return now.getUTCFullYear() - lastYear > years;
}
