import type SqliteDatabase from 'better-sqlite3';
import { ForeignKeyViolation } from '../store.js';

interface Violation {
  readonly table: string;
  readonly rowid: number;
  readonly parent: string;
  readonly fkid: number;
}

interface ForeignKey {
  readonly id: number;
  readonly from: string;
}

/**
 * The first row of `tables` (in the order of their names) that names a row missing from the table
 * it refers to, or null when every reference holds. Each table is read once
 * (`pragma foreign_key_check`), whether foreign keys are on or not.
 */
export function firstForeignKeyViolation(
  raw: SqliteDatabase.Database,
  tables: Iterable<string>,
): ForeignKeyViolation | null {
  for (const table of [...new Set(tables)].sort()) {
    const found = raw.prepare(`pragma foreign_key_check(${quote(table)})`).get() as
      Violation | undefined;
    if (!found) continue;
    const keys = raw.prepare(`pragma foreign_key_list(${quote(table)})`).all() as ForeignKey[];
    const columns = keys.filter((k) => k.id === found.fkid).map((k) => k.from);
    const values = raw
      .prepare(`select ${columns.map(quote).join(', ')} from ${quote(table)} where rowid = ?`)
      .raw()
      .get(found.rowid) as unknown[];
    return new ForeignKeyViolation(table, columns, values, found.parent);
  }
  return null;
}

function quote(name: string): string {
  return `"${name.replaceAll('"', '""')}"`;
}
