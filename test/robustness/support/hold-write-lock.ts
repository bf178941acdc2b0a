// Holds a write transaction for a while, as a long import or restore does, then commits.
// Prints `held` once it holds the lock and `released` after the commit.
// Run: node --import tsx test/robustness/support/hold-write-lock.ts <ms> <job> (REGIOKRACHT_DB or DATABASE_URL).
import { sql } from 'kysely';
import { readConfig } from '../../../src/config.js';
import { openStore } from '../../../src/main.js';

const [ms, job] = process.argv.slice(2);
const config = readConfig();
const store = await openStore({ dbPath: config.dbPath, databaseUrl: config.databaseUrl, job });
await store.transaction(async (tx) => {
  // SQLite's transactions take the database's write lock at their start; PostgreSQL locks tables.
  if (store.backend === 'postgres')
    await sql`lock table good_practices in exclusive mode`.execute(tx.db);
  process.stdout.write('held\n');
  await new Promise((resolve) => setTimeout(resolve, Number(ms)));
});
process.stdout.write('released\n');
await store.close();
