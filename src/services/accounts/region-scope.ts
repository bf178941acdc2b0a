import type { Kysely } from 'kysely';
import type { Database } from '../../storage/schema.js';

/** The region and every region above it (NUTS3 -> NUTS2 -> NUTS1 -> country), nearest first. */
export async function regionAndAncestors(db: Kysely<Database>, code: string): Promise<string[]> {
  const chain: string[] = [];
  let current: string | null = code;
  // NUTS has four levels; the bound guards against a cycle in bad data.
  for (let i = 0; current !== null && i < 8; i++) {
    const row: { code: string; parent_code: string | null } | undefined = await db
      .selectFrom('regions')
      .select(['code', 'parent_code'])
      .where('code', '=', current)
      .executeTakeFirst();
    if (!row) break;
    chain.push(row.code);
    current = row.parent_code;
  }
  return chain;
}

/** Whether `code` is one of `scope` or lies below one of them in the NUTS hierarchy. */
export async function regionWithin(
  db: Kysely<Database>,
  code: string,
  scope: readonly string[],
): Promise<boolean> {
  if (scope.length === 0) return false;
  const chain = await regionAndAncestors(db, code);
  return chain.some((c) => scope.includes(c));
}
