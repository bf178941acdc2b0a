import type { Store } from '../../src/storage/store.js';
import { seedTables } from './upsert-tables.js';

/** An organisation of the network; businesses count as SMEs. */
const actor = (id: string, helix_role: string, region_code: string, country_code: string) => ({
  id,
  name: id.toUpperCase(),
  helix_role,
  region_code,
  country_code,
  is_sme: helix_role === 'business' ? 1 : 0,
});

/** An H2020 project with its total cost and maximum EU contribution. */
const project = (id: string, total: number, ec: number) => ({
  id,
  programme: 'H2020',
  funding_source: 'eu',
  total_cost_eur: total,
  ec_max_contribution_eur: ec,
});

/** A participation with its EU contribution. */
const take = (project_id: string, actor_id: string, contribution_eur: number) => ({
  project_id,
  actor_id,
  role: 'participant',
  contribution_eur,
});

/**
 * A small, hand-checkable set of organisations and projects in Twente (NL213), Zuidoost-Noord-Brabant
 * (NL414) and Germany. Needs the NUTS regions loaded.
 *
 *   project  part  participants (region)
 *   p1       SC1   ut (education, NL213), acme (business, NL213), bosch (business, DE)
 *   p2       LEIT  ut, gem (government, NL213)
 *   p3       SC3   acme, philips (business, NL414)
 *   p4       ERC   ut
 */
export async function loadSmallNetwork(store: Store): Promise<void> {
  await seedTables(store, {
    actors: [
      actor('ut', 'education', 'NL213', 'NL'),
      actor('acme', 'business', 'NL213', 'NL'),
      actor('gem', 'government', 'NL213', 'NL'),
      actor('philips', 'business', 'NL414', 'NL'),
      actor('bosch', 'business', 'DE', 'DE'),
    ],
    projects: [
      project('p1', 1000, 800),
      project('p2', 500, 500),
      project('p3', 400, 200),
      project('p4', 300, 300),
    ],
    project_programme_parts: [
      { project_id: 'p1', programme_part: 'SC1' },
      { project_id: 'p2', programme_part: 'LEIT' },
      { project_id: 'p3', programme_part: 'SC3' },
      { project_id: 'p4', programme_part: 'ERC' },
    ],
    participations: [
      take('p1', 'ut', 300),
      take('p1', 'acme', 200),
      take('p1', 'bosch', 300),
      take('p2', 'ut', 250),
      take('p2', 'gem', 250),
      take('p3', 'acme', 100),
      take('p3', 'philips', 100),
      take('p4', 'ut', 300),
    ],
  });
}
