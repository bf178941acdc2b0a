/**
 * Values found good earlier in the same file (a date, a region code), so that the rows that
 * repeat them, as most rows do, are not checked again. Each list keeps at most
 * {@link CheckedValues.LIMIT} values: a file of ever-new values costs no more memory than that.
 */
export class CheckedValues {
  static readonly LIMIT = 10_000;
  /** Dates (YYYY-MM-DD) that are real days. */
  readonly dates = new Map<string, string>();
  /**
   * The two dates last found good: the rows of one project, which follow each other, repeat its
   * start and end, and comparing with these costs less than looking them up in {@link dates}.
   */
  private recentDates = ['', ''];
  /** Region cells as written, with the code of the region they name (held in the database). */
  readonly regions = new Map<string, string>();

  /** Per list of choices: each cell seen, with the choice it names (null: none). */
  private readonly choices = new Map<readonly string[], Map<string, string | null>>();

  keep(values: Map<string, string>, cell: string, value: string): void {
    if (values.size < CheckedValues.LIMIT) values.set(cell, value);
  }

  /** Whether `date` was found good before in the file. */
  isGoodDate(date: string): boolean {
    const recent = this.recentDates;
    if (date === recent[0] || date === recent[1]) return true;
    if (!this.dates.has(date)) return false;
    this.recentDate(date);
    return true;
  }

  /** Remembers `date` as good. */
  goodDate(date: string): void {
    this.keep(this.dates, date, date);
    this.recentDate(date);
  }

  private recentDate(date: string): void {
    const recent = this.recentDates;
    if (recent[0] !== date) {
      recent[1] = recent[0]!;
      recent[0] = date;
    }
  }

  /** The one of `values` that `cell` names, compared without case; undefined when none. */
  choice<T extends string>(values: readonly T[], cell: string): T | undefined {
    let seen = this.choices.get(values);
    if (!seen) this.choices.set(values, (seen = new Map()));
    const known = seen.get(cell);
    if (known !== undefined) return (known ?? undefined) as T | undefined;
    const lower = cell.toLowerCase();
    const found = values.find((x) => x.toLowerCase() === lower);
    if (seen.size < CheckedValues.LIMIT) seen.set(cell, found ?? null);
    return found;
  }
}
