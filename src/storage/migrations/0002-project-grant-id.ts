import type { Kysely } from 'kysely';
import { createIndexes } from './table-indexes.js';

/**
 * CORDIS identifies a project twice: by its record number (rcn, which Regiokracht's project ids
 * use: `H2020-<rcn>`) and by its grant agreement number (`projectID` in CORDIS files). Newer
 * CORDIS organisation files name projects only by the grant number, so projects keep it too.
 */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema.alterTable('projects').addColumn('grant_id', 'text').execute();
  await createIndexes(db, { projects_grant_id: ['projects', 'grant_id'] });
}
