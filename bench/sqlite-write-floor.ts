/**
 * The floor under the participations template import: SQLite writing the same rows into the
 * same three tables (projects, organisations, participations) with nothing else done. The rows
 * are read, before the clock starts, from a database the template import has just written
 * (`from`); they go into `into` (a fresh database with the regions) in one transaction, in
 * statements of 200 rows as ours, with the tables' secondary indexes dropped and built again
 * after the rows, and foreign keys off. No file is read, no value checked, no key looked up: what
 * remains is the time SQLite itself needs, which no importer on this machine can go below.
 */
import Database from 'better-sqlite3';
import { performance } from 'node:perf_hooks';

const TABLES = ['projects', 'actors', 'participations'] as const;
const ROWS_PER_STATEMENT = 200;

export interface WriteFloor {
  /** Rows of the three tables written. */
  readonly written: number;
  readonly seconds: number;
  readonly cpu: number;
}

export function sqliteWriteFloor(from: string, into: string): WriteFloor {
  const source = new Database(from, { readonly: true });
  const rows = TABLES.map((table) => {
    const statement = source.prepare(`select * from "${table}"`).raw(true);
    return {
      table,
      columns: statement.columns().map((c) => c.name),
      values: statement.all() as unknown[][],
    };
  });
  source.close();

  const db = new Database(into);
  try {
    db.pragma('foreign_keys = OFF');
    db.pragma('cache_size = -16384');
    const indexes = db
      .prepare(
        `select sql from sqlite_master where type = 'index' and sql is not null and tbl_name in (${TABLES.map(() => '?').join(', ')})`,
      )
      .pluck()
      .all(...TABLES) as string[];
    const started = performance.now();
    const cpu = process.cpuUsage();
    db.exec('begin');
    for (const sql of indexes) db.exec(`drop index ${/^create index "?([\w]+)"?/i.exec(sql)![1]}`);
    let written = 0;
    for (const { table, columns, values } of rows) {
      const row = `(${columns.map(() => '?').join(', ')})`;
      const insert = (n: number) =>
        db.prepare(
          `insert into "${table}" (${columns.map((c) => `"${c}"`).join(', ')}) values ${Array(n).fill(row).join(', ')}`,
        );
      const full = insert(ROWS_PER_STATEMENT);
      for (let at = 0; at < values.length; at += ROWS_PER_STATEMENT) {
        const chunk = values.slice(at, at + ROWS_PER_STATEMENT);
        const statement = chunk.length === ROWS_PER_STATEMENT ? full : insert(chunk.length);
        written += statement.run(chunk.flat()).changes;
      }
    }
    for (const sql of indexes) db.exec(sql);
    db.exec('commit');
    const used = process.cpuUsage(cpu);
    return {
      written,
      seconds: (performance.now() - started) / 1000,
      cpu: (used.user + used.system) / 1e6,
    };
  } finally {
    db.close();
  }
}
