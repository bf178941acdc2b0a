import type { Kysely } from 'kysely';
import {
  refreshIndicatorSummary,
  replaceIndicatorSummary,
  type IndicatorSummaryRow,
} from '../storage/indicator-summary-refresh.js';
import type { Database } from '../storage/schema.js';
import type { Row, UpsertCount } from '../storage/store.js';

/** Indicator ids per existence query: well below the parameter limits of both backends. */
const IDS_PER_QUERY = 500;

/**
 * The `indicator_summary` rows (NUTS levels and years with a value) of the indicators an import
 * writes, worked out from the values as they are written, so that the summary needs no second
 * pass over `indicator_values`. That is exact for an indicator that held no values before the
 * import and none of whose values was written over in it: its values in the table are then
 * exactly the ones written. Every other indicator is refreshed from the table at the end.
 */
export class IndicatorSummaryRows {
  /** Per indicator new to the table: its `level|year` pairs with a value. */
  private readonly fresh = new Map<string, Set<string>>();
  /** Indicators whose summary is read back from the table. */
  private readonly fromTable = new Set<string>();
  /** Region code -> NUTS level, read once the first values are written. */
  private levels: Map<string, number> | undefined;

  /** The indicators written so far. */
  get size(): number {
    return this.fresh.size + this.fromTable.size;
  }

  /** Before values are written: finds out which of their indicators are new to the table. */
  async beforeValues(db: Kysely<Database>, rows: readonly Row[]): Promise<void> {
    this.levels ??= await regionLevels(db);
    const unknown = new Set<string>();
    for (const row of rows) {
      const id = String(row.indicator_id);
      if (!this.fresh.has(id) && !this.fromTable.has(id)) unknown.add(id);
    }
    if (unknown.size === 0) return;
    const ids = [...unknown];
    for (let start = 0; start < ids.length; start += IDS_PER_QUERY) {
      const chunk = ids.slice(start, start + IDS_PER_QUERY);
      const held = await db
        .selectFrom('indicator_values')
        .select('indicator_id')
        .distinct()
        .where('indicator_id', 'in', chunk)
        .execute();
      for (const { indicator_id } of held) {
        this.fromTable.add(indicator_id);
        unknown.delete(indicator_id);
      }
    }
    for (const id of unknown) this.fresh.set(id, new Set());
  }

  /** After values were written: notes their levels and years (or gives up on their indicators). */
  afterValues(rows: readonly Row[], counts: UpsertCount): void {
    // A value written over (a key written twice) may have taken a value away: read those back.
    const exact = counts.inserted === rows.length;
    for (const row of rows) {
      const id = String(row.indicator_id);
      const pairs = this.fresh.get(id);
      if (!pairs) continue;
      const level = this.levels?.get(String(row.region_code));
      if (!exact || level === undefined) {
        this.fresh.delete(id);
        this.fromTable.add(id);
      } else if (row.value !== null && row.value !== undefined) {
        pairs.add(`${level}|${row.year}`);
      }
    }
  }

  /** Regions written by the import: their levels, for the values that follow. */
  regionsWritten(rows: readonly Row[]): void {
    if (!this.levels) return;
    for (const row of rows) {
      if (row.level === undefined) continue;
      const code = String(row.code);
      const level = Number(row.level);
      const before = this.levels.get(code);
      // A region that changes level moves values already counted: read everything back.
      if (before !== undefined && before !== level) this.readAllBack();
      this.levels.set(code, level);
    }
  }

  /** Writes the summary of every indicator written, in the import's transaction. */
  async write(db: Kysely<Database>): Promise<void> {
    const rows: IndicatorSummaryRow[] = [];
    for (const [id, pairs] of this.fresh) {
      for (const pair of pairs) {
        const [level, year] = pair.split('|');
        rows.push({ indicator_id: id, level: Number(level), year: Number(year) });
      }
    }
    if (this.fresh.size > 0) await replaceIndicatorSummary(db, [...this.fresh.keys()], rows);
    if (this.fromTable.size > 0) await refreshIndicatorSummary(db, [...this.fromTable]);
  }

  private readAllBack(): void {
    for (const id of this.fresh.keys()) this.fromTable.add(id);
    this.fresh.clear();
  }
}

async function regionLevels(db: Kysely<Database>): Promise<Map<string, number>> {
  const rows = await db.selectFrom('regions').select(['code', 'level']).execute();
  return new Map(rows.map((r) => [r.code, Number(r.level)]));
}
