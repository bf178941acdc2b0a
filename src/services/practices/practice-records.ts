import type { Kysely } from 'kysely';
import { RegiokrachtError } from '../../domain/errors.js';
import type { Database } from '../../storage/schema.js';
import { PRACTICE_COLUMNS, practiceViews, type PracticeSummary } from './practice-service.js';

/** One good practice whatever its status, with key areas and transfers; null when there is none. */
export async function readPractice(
  db: Kysely<Database>,
  id: string,
): Promise<PracticeSummary | null> {
  const row = await db
    .selectFrom('good_practices as g')
    .innerJoin('regions as r', 'r.code', 'g.region_code')
    .select(PRACTICE_COLUMNS)
    .where('g.id', '=', id)
    .executeTakeFirst();
  return row ? ((await practiceViews(db, [row]))[0] ?? null) : null;
}

/**
 * One good practice. Drafts are only returned when asked for: anonymous readers see published
 * practices only (a draft answers NOT_FOUND, as if it were not there).
 */
export async function getPractice(
  db: Kysely<Database>,
  id: string,
  options: { readonly includeDrafts?: boolean } = {},
): Promise<PracticeSummary> {
  const practice = await readPractice(db, id);
  if (!practice || (practice.status !== 'published' && !options.includeDrafts))
    throw new RegiokrachtError('NOT_FOUND', `no published good practice with id ${id}`);
  return practice;
}
