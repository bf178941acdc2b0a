import type { Store } from '../../src/storage/store.js';
import { loadSmallNetwork } from './small-network.js';
import { seedTables } from './upsert-tables.js';

/** The region the rows below add projects to. */
export const OTHER_ROLES_REGION = 'NL213';

/**
 * Twente's small network with projects the helix leaves out and projects without both amounts:
 * p5 (no total cost) and p6 (no EC contribution) have in Twente only organisations of the role
 * other; p7 has one of them beside acme (business), so the helix counts it.
 */
export async function loadOtherRoles(store: Store): Promise<void> {
  await loadSmallNetwork(store);
  const other = (id: string) => ({
    id,
    name: id.toUpperCase(),
    helix_role: 'other',
    region_code: OTHER_ROLES_REGION,
    country_code: 'NL',
  });
  const project = (id: string, total: number | null, ec: number | null) => ({
    id,
    programme: 'H2020',
    funding_source: 'eu',
    total_cost_eur: total,
    ec_max_contribution_eur: ec,
  });
  const take = (project_id: string, actor_id: string) => ({
    project_id,
    actor_id,
    role: 'participant',
  });
  await seedTables(store, {
    actors: [other('stichting'), other('vereniging')],
    projects: [project('p5', null, 100), project('p6', 200, null), project('p7', 300, 150)],
    participations: [
      take('p5', 'stichting'),
      take('p6', 'stichting'),
      take('p6', 'vereniging'),
      take('p7', 'vereniging'),
      take('p7', 'acme'),
    ],
  });
}

/**
 * The counts read straight from the stored rows: the region's projects (a participant located
 * in it), those with a participant there of a helix role other than other, and those whose
 * project row gives both a total cost and an EC contribution.
 */
export async function regionProjectCountsFromRows(
  store: Store,
): Promise<{ region: number; helix: number; both: number }> {
  const rows = await store.db
    .selectFrom('participations')
    .innerJoin('actors', 'actors.id', 'participations.actor_id')
    .innerJoin('projects', 'projects.id', 'participations.project_id')
    .select([
      'participations.project_id as project',
      'actors.helix_role as role',
      'actors.region_code as region',
      'projects.total_cost_eur as cost',
      'projects.ec_max_contribution_eur as ec',
    ])
    .execute();
  const here = rows.filter(
    (r) => typeof r.region === 'string' && r.region.startsWith(OTHER_ROLES_REGION),
  );
  const region = new Set(here.map((r) => r.project));
  const helix = new Set(here.filter((r) => r.role !== 'other').map((r) => r.project));
  const both = new Set(here.filter((r) => r.cost !== null && r.ec !== null).map((r) => r.project));
  return { region: region.size, helix: helix.size, both: both.size };
}
