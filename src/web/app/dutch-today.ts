/** Today's date in the Netherlands, YYYY-MM-DD, the day the server measures overdue against. */
export function dutchToday(now = new Date()): string {
  return new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Amsterdam' }).format(now);
}
