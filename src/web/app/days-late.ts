/**
 * Whole days from a due date to today, both YYYY-MM-DD; 0 or less when not yet due.
 *
 * @example daysLate('2026-11-30', '2026-12-05') // 5
 */
export function daysLate(due: string, today: string): number {
  const day = (iso: string) => Date.UTC(+iso.slice(0, 4), +iso.slice(5, 7) - 1, +iso.slice(8, 10));
  return Math.round((day(today) - day(due)) / 86_400_000);
}
