import type { Kysely } from 'kysely';
import { createProvenanceTables } from './0001-initial/provenance.js';
import { createGeographyTables } from './0001-initial/geography.js';
import { createActorAndKeyAreaTables } from './0001-initial/actors-key-areas.js';
import { createClusterTables } from './0001-initial/clusters.js';
import { createProjectTables } from './0001-initial/projects.js';
import { createRegionalSupportTables } from './0001-initial/regional-support.js';
import { createIndicatorTables } from './0001-initial/indicators.js';
import { createPracticeAndVisitTables } from './0001-initial/practices-visits.js';

/**
 * The domain model of PRODUCT.md. Natural keys everywhere, so that loading the same thing twice
 * updates rather than duplicates. Types are chosen to behave the same on SQLite and PostgreSQL:
 * text for identifiers and ISO dates, `double precision` for amounts, integers for counts and flags.
 */
// The database type is unknown to migrations on purpose: they must not depend on today's schema.
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export async function up(db: Kysely<any>): Promise<void> {
  await createProvenanceTables(db);
  await createGeographyTables(db);
  await createActorAndKeyAreaTables(db);
  await createClusterTables(db);
  await createProjectTables(db);
  await createRegionalSupportTables(db);
  await createIndicatorTables(db);
  await createPracticeAndVisitTables(db);
}
