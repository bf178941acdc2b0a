const FORMAT = new Intl.DateTimeFormat('en-CA', {
  timeZone: 'Europe/Amsterdam',
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
});

/**
 * The calendar date (YYYY-MM-DD) in the Netherlands at an instant: "today" for due dates, which
 * the platform reads as Dutch dates.
 *
 * @example
 * amsterdamDate(new Date('2027-03-01T23:30:00Z')); // '2027-03-02'
 */
export function amsterdamDate(instant: Date): string {
  return FORMAT.format(instant);
}
