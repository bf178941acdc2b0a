import type { Kysely } from 'kysely';
import type { Cluster as ClusterRecord } from '../../http/schemas/clusters.js';
import type { Database } from '../../storage/schema.js';
import type { VersionedKind } from '../shared/versioned-write.js';

export type { ClusterRecord };

/** The cluster with `id`, or null. */
export async function readCluster(db: Kysely<Database>, id: string): Promise<ClusterRecord | null> {
  const row = await db
    .selectFrom('clusters as c')
    .innerJoin('regions as r', 'r.code', 'c.region_code')
    .select([
      'c.id',
      'c.region_code',
      'r.name_nl as region_name_nl',
      'r.name_en as region_name_en',
      'c.name_nl',
      'c.name_en',
      'c.description',
      'c.source_id',
      'c.version',
    ])
    .where('c.id', '=', id)
    .executeTakeFirst();
  if (!row) return null;
  const keyAreas = await db
    .selectFrom('cluster_key_areas as ck')
    .innerJoin('key_areas as k', 'k.id', 'ck.key_area_id')
    .select(['k.id', 'k.name_nl', 'k.name_en', 'ck.weight'])
    .where('ck.cluster_id', '=', id)
    .orderBy('k.id')
    .execute();
  const members = await db
    .selectFrom('cluster_members as m')
    .innerJoin('actors as a', 'a.id', 'm.actor_id')
    .select(['m.actor_id', 'a.name', 'm.role'])
    .where('m.cluster_id', '=', id)
    .orderBy('m.actor_id')
    .execute();
  return {
    id: row.id,
    region: { code: row.region_code, name_nl: row.region_name_nl, name_en: row.region_name_en },
    name_nl: row.name_nl,
    name_en: row.name_en,
    description: row.description,
    source_id: row.source_id,
    version: row.version,
    key_areas: keyAreas.map((k) => ({ ...k, weight: Number(k.weight) })),
    members,
  };
}

/** The clusters of a region (exactly that region), by English name. */
export async function regionClusterRecords(
  db: Kysely<Database>,
  region: string,
): Promise<ClusterRecord[]> {
  const rows = await db
    .selectFrom('clusters')
    .select('id')
    .where('region_code', '=', region)
    .orderBy('name_en')
    .orderBy('id')
    .execute();
  const clusters: ClusterRecord[] = [];
  for (const row of rows) clusters.push((await readCluster(db, row.id))!);
  return clusters;
}

/**
 * The key areas of the clusters of `regions` with their weights, by taxonomy (in `taxonomyOrder`)
 * and by position within it.
 */
export function regionClusterKeyAreas(
  db: Kysely<Database>,
  regions: readonly string[],
  taxonomyOrder: 'asc' | 'desc',
) {
  return db
    .selectFrom('cluster_key_areas as ck')
    .innerJoin('clusters as cl', 'cl.id', 'ck.cluster_id')
    .innerJoin('key_areas as k', 'k.id', 'ck.key_area_id')
    .select(['ck.cluster_id', 'k.id', 'k.taxonomy_id', 'k.name_nl', 'k.name_en', 'ck.weight'])
    .where('cl.region_code', 'in', regions)
    .orderBy('k.taxonomy_id', taxonomyOrder)
    .orderBy('k.position')
    .execute();
}

/** Clusters as versioned records. */
export const CLUSTER: VersionedKind<ClusterRecord> = {
  table: 'clusters',
  what: 'cluster',
  entity: 'cluster',
  read: readCluster,
};
