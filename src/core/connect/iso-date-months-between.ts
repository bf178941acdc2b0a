/**
 * Whole months from one ISO date (YYYY-MM-DD, or YYYY-MM as the 1st) to another, counting a month
 * only once its day is reached; negative when `to` lies before `from`. Pure: "today" is passed in.
 * Throws a RangeError for a string that is not such a date.
 *
 * @example
 * isoDateMonthsBetween('2024-02-08', '2025-02-08'); // 12
 * isoDateMonthsBetween('2024-02-08', '2025-02-07'); // 11
 */
export function isoDateMonthsBetween(from: string, to: string): number {
  const a = isoDateParts(from);
  const b = isoDateParts(to);
  const months = (b.year - a.year) * 12 + (b.month - a.month);
  if (months > 0 && b.day < a.day) return months - 1;
  if (months < 0 && b.day > a.day) return months + 1;
  return months;
}

function isoDateParts(date: string): { year: number; month: number; day: number } {
  const match = /^(\d{4})-(\d{2})(?:-(\d{2}))?$/.exec(date);
  const [, year, month, day] = match ?? [];
  const parts = { year: Number(year), month: Number(month), day: Number(day ?? '01') };
  if (match === null || parts.month < 1 || parts.month > 12 || parts.day < 1 || parts.day > 31) {
    throw new RangeError(`not an ISO date (YYYY-MM-DD): ${date}`);
  }
  return parts;
}
