import { Migrator, sql, type Kysely, type MigrationProvider } from 'kysely';
import { RegiokrachtError } from '../domain/errors.js';
import { MIGRATIONS } from './migrations/index.js';
import type { Database } from './schema.js';

const provider: MigrationProvider = { getMigrations: () => Promise.resolve({ ...MIGRATIONS }) };

/**
 * Brings the schema to the latest version. Refuses a database made by a newer Regiokracht
 * (one that holds migrations this version does not know) and leaves it untouched.
 */
export async function migrateToLatest(
  db: Kysely<Database>,
  schema?: string,
): Promise<readonly string[]> {
  const applied = await appliedMigrations(db, schema);
  const unknown = applied.filter((name) => !(name in MIGRATIONS));
  if (unknown.length > 0) {
    throw new RegiokrachtError(
      'DATABASE_TOO_NEW',
      `the database was made by a newer version of Regiokracht (schema ${unknown.join(', ')}); upgrade Regiokracht or choose another database with --db`,
    );
  }
  // Up to date (every command's case): nothing to run, so no migrator, whose checks read the whole
  // schema and write its lock row in a transaction at every start.
  if (Object.keys(MIGRATIONS).every((name) => applied.includes(name))) return [];
  // The schema is named so that migration tables of other schemas (PostgreSQL) are not mistaken for ours.
  const migrator = new Migrator({
    db,
    provider,
    ...(schema ? { migrationTableSchema: schema } : {}),
  });
  const { error, results } = await migrator.migrateToLatest();
  if (error) {
    throw new RegiokrachtError(
      'DATABASE_UNREACHABLE',
      `could not update the database schema: ${String(error)}`,
      {
        cause: error,
      },
    );
  }
  return (results ?? []).filter((r) => r.status === 'Success').map((r) => r.migrationName);
}

/** Names of the migrations the database holds; none for a new database. */
async function appliedMigrations(db: Kysely<Database>, schema?: string): Promise<string[]> {
  // Asked directly rather than through introspection, which on PostgreSQL also sees other schemas.
  try {
    const table = schema ? sql.table(`${schema}.kysely_migration`) : sql.table('kysely_migration');
    const rows = await sql<{ name: string }>`select name from ${table}`.execute(db);
    return rows.rows.map((r) => r.name);
  } catch {
    return [];
  }
}
