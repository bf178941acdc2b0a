import type { Kysely } from 'kysely';
import {
  createProvenanceTables,
  createGeographyTables,
  createActorAndKeyAreaTables,
} from './0001-initial/provenance-geography-actors.js';
import {
  createClusterTables,
  createProjectTables,
  createRegionalSupportTables,
} from './0001-initial/clusters-projects-support.js';
import {
  createIndicatorTables,
  createPracticeAndVisitTables,
} from './0001-initial/indicators-practices-visits.js';

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
