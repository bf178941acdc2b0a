import type SqliteDatabase from 'better-sqlite3';
import type { CompiledQuery } from 'kysely';
import { SqliteDialect, type DatabaseConnection, type Driver, type QueryResult } from 'kysely';
import {
  sqliteWriteLockTake,
  type ForeignKeyChecks,
  type SqliteWriteLockOptions,
} from './sqlite-write-lock.js';

/** Statements that write, by the kind of their query node; raw SQL and DDL are not among them. */
const WRITES = new Set(['InsertQueryNode', 'UpdateQueryNode', 'DeleteQueryNode']);

/**
 * Kysely's SQLite dialect whose transactions take the write lock at their start, waiting for it
 * without blocking the event loop (see {@link sqliteWriteLockTake}); a single insert, update or
 * delete outside a transaction takes it the same way. While a writer waits it lets go of the
 * connection, so that reads go on meanwhile.
 */
export class SqliteWaitingDialect extends SqliteDialect {
  readonly #raw: SqliteDatabase.Database;
  readonly #options: SqliteWriteLockOptions;

  constructor(raw: SqliteDatabase.Database, options: SqliteWriteLockOptions) {
    super({ database: raw });
    this.#raw = raw;
    this.#options = options;
  }

  #driver: SqliteWaitingDriver | undefined;

  override createDriver(): Driver {
    this.#driver = new SqliteWaitingDriver(this.#raw, this.#options);
    return this.#driver;
  }

  /**
   * The next transaction begun runs with foreign keys off (its caller checks them before the
   * commit); they are on again once it has ended. Call it while holding the connection.
   */
  uncheckForeignKeysOfNextTransaction(): void {
    this.#driver?.uncheckForeignKeysOfNextTransaction();
  }
}

/** Prepared statements kept for reuse, the least recently used let go past this many. */
const KEPT_STATEMENTS = 256;

/**
 * Kysely's SqliteDriver (one connection behind a mutex), with the waiting write lock. Statements
 * run to their end at once are prepared once per SQL text and kept: preparing a small query
 * costs more than running it, and the same few run on every request.
 */
class SqliteWaitingDriver implements Driver {
  readonly #raw: SqliteDatabase.Database;
  readonly #options: SqliteWriteLockOptions;
  readonly #statements = new Map<string, SqliteDatabase.Statement>();
  readonly #mutex = new ConnectionMutex();
  readonly #connection: DatabaseConnection;
  #release: () => void = () => {};
  /** How the next transaction begun checks foreign keys, and how the one running does. */
  #nextForeignKeys: ForeignKeyChecks = 'each-row';
  #foreignKeys: ForeignKeyChecks = 'each-row';

  constructor(raw: SqliteDatabase.Database, options: SqliteWriteLockOptions) {
    this.#raw = raw;
    this.#options = options;
    this.#connection = {
      executeQuery: <R>(query: CompiledQuery): Promise<QueryResult<R>> =>
        this.#raw.inTransaction || !WRITES.has(query.query.kind)
          ? Promise.resolve(this.#run<R>(query))
          : this.#alone<R>(query),
      streamQuery: <R>(query: CompiledQuery) => this.#stream<R>(query),
    };
  }

  async init(): Promise<void> {}

  async acquireConnection(): Promise<DatabaseConnection> {
    await this.#mutex.lock();
    return this.#connection;
  }

  async releaseConnection(): Promise<void> {
    this.#mutex.unlock();
  }

  uncheckForeignKeysOfNextTransaction(): void {
    this.#nextForeignKeys = 'unchecked';
  }

  async beginTransaction(): Promise<void> {
    const foreignKeys = this.#nextForeignKeys;
    this.#nextForeignKeys = 'each-row';
    this.#release = await this.#take(foreignKeys);
    this.#foreignKeys = foreignKeys;
  }

  async commitTransaction(): Promise<void> {
    try {
      this.#raw.exec('commit');
    } finally {
      this.#ended();
    }
  }

  async rollbackTransaction(): Promise<void> {
    try {
      this.#raw.exec('rollback');
    } finally {
      this.#ended();
    }
  }

  async savepoint(_c: DatabaseConnection, name: string): Promise<void> {
    this.#raw.exec(`savepoint "${name}"`);
  }

  async rollbackToSavepoint(_c: DatabaseConnection, name: string): Promise<void> {
    this.#raw.exec(`rollback to "${name}"`);
  }

  async releaseSavepoint(_c: DatabaseConnection, name: string): Promise<void> {
    this.#raw.exec(`release "${name}"`);
  }

  async destroy(): Promise<void> {
    this.#raw.close();
  }

  /** Takes the write lock; between tries the connection is free for other work of this process. */
  #take(foreignKeys: ForeignKeyChecks = 'each-row'): Promise<() => void> {
    return sqliteWriteLockTake(
      this.#raw,
      this.#options,
      async (ms) => {
        this.#mutex.unlock();
        await new Promise((resolve) => setTimeout(resolve, ms));
        await this.#mutex.lock();
      },
      foreignKeys,
    );
  }

  #run<R>(query: CompiledQuery): QueryResult<R> {
    const statement = this.#prepared(query.sql);
    const parameters = query.parameters as unknown[];
    if (statement.reader) return { rows: statement.all(parameters) as R[] };
    const { changes, lastInsertRowid } = statement.run(parameters);
    return { numAffectedRows: BigInt(changes), insertId: BigInt(lastInsertRowid), rows: [] };
  }

  /** The kept statement for `sql`, prepared on first use; a stream prepares its own. */
  #prepared(sql: string): SqliteDatabase.Statement {
    let statement = this.#statements.get(sql);
    if (statement) {
      this.#statements.delete(sql);
    } else {
      statement = this.#raw.prepare(sql);
      if (this.#statements.size >= KEPT_STATEMENTS) {
        this.#statements.delete(this.#statements.keys().next().value as string);
      }
    }
    this.#statements.set(sql, statement);
    return statement;
  }

  async *#stream<R>(query: CompiledQuery): AsyncIterableIterator<QueryResult<R>> {
    const statement = this.#raw.prepare(query.sql);
    for (const row of statement.iterate(query.parameters as unknown[])) yield { rows: [row as R] };
  }

  async #alone<R>(query: CompiledQuery): Promise<QueryResult<R>> {
    const release = await this.#take();
    try {
      const result = this.#run<R>(query);
      this.#raw.exec('commit');
      return result;
    } finally {
      if (this.#raw.inTransaction) this.#raw.exec('rollback');
      release();
    }
  }

  #ended(): void {
    // A commit that failed leaves the transaction open until its rollback.
    if (this.#foreignKeys === 'unchecked' && !this.#raw.inTransaction) {
      this.#foreignKeys = 'each-row';
      this.#raw.pragma('foreign_keys = ON');
    }
    const release = this.#release;
    this.#release = () => {};
    release();
  }
}

/** One user of the connection at a time, as in Kysely's SqliteDriver. */
class ConnectionMutex {
  #held: Promise<void> | undefined;
  #unlock: (() => void) | undefined;

  async lock(): Promise<void> {
    while (this.#held) await this.#held;
    this.#held = new Promise((resolve) => (this.#unlock = resolve));
  }

  unlock(): void {
    const unlock = this.#unlock;
    this.#held = undefined;
    this.#unlock = undefined;
    unlock?.();
  }
}
