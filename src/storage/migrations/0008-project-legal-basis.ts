import type { Kysely } from 'kysely';
import { linkTable } from './column-groups.js';

/**
 * CORDIS's own project file names each project's legal basis (`legalBasis`, or `programme` in the
 * 2017-2020 layout: codes such as H2020-EU.2.1.1. for LEIT-ICT, several joined by `;`) and its
 * call topic (`topics`, e.g. SFS-05-2015). Projects keep both, so that key areas can be classified
 * as finely as these codes allow. Stored figures are dropped (the table is a cache): key-area
 * figures now say which classification they used.
 */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema.alterTable('projects').addColumn('topic_code', 'text').execute();
  await linkTable(
    db,
    'project_legal_bases',
    ['project_id', 'projects.id'],
    ['legal_basis_code', 'text', (c) => c.notNull()],
  ).execute();
  await db.deleteFrom('figures').execute();
}
