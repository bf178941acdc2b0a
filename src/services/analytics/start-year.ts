/**
 * The year a project started, from its ISO start date (`2014-01-01` -> 2014): what
 * `Number(date.slice(0, 4))` gives, read digit by digit when the date starts with four digits
 * (as every date CORDIS or a template gives does), which spares a string per project. NaN
 * without a date.
 *
 * @example
 * startYear('2014-01-01'); // 2014
 * startYear(null); // NaN
 */
export function startYear(date: string | null | undefined): number {
  if (date === null || date === undefined) return NaN;
  if (date.length >= 4) {
    let year = 0;
    for (let i = 0; i < 4; i++) {
      const digit = date.charCodeAt(i) - 48;
      if (digit < 0 || digit > 9) return Number(date.slice(0, 4));
      year = year * 10 + digit;
    }
    return year;
  }
  return Number(date.slice(0, 4));
}
