import { requireFields } from '../shared/new-record.js';
import type { ClusterChanges, NewClusterBody } from '../../http/schemas/clusters.js';
import { versionedUpdate } from '../shared/versioned-update.js';
import { versionedCreate, versionedDelete } from '../shared/versioned-write.js';
import { slugId, unusedId } from '../visits/new-record-id.js';
import { regionField } from '../visits/region-field.js';
import type { WriteDeps } from '../write-deps.js';
import { clusterFields, writeClusterLists, type ClusterFields } from './cluster-fields.js';
import { CLUSTER, type ClusterRecord } from './cluster-records.js';

/**
 * Adds a cluster (spearhead) to a region with its key areas and members, in one transaction.
 * The id is readable: `cluster-<region>-<English name>`.
 */
export async function createCluster(
  deps: WriteDeps,
  regionCode: string,
  input: NewClusterBody,
): Promise<ClusterRecord> {
  requireFields(input, ['name_nl', 'name_en']);
  return versionedCreate(deps, CLUSTER, async (db) => {
    const region = await regionField(db, regionCode, 'region');
    const fields = await clusterFields(db, input);
    const id = await unusedId(
      slugId('cluster', `${region} ${fields.columns.name_en!}`, 80),
      async (candidate) =>
        Boolean(
          await db
            .selectFrom('clusters')
            .select('id')
            .where('id', '=', candidate)
            .executeTakeFirst(),
        ),
    );
    await db
      .insertInto('clusters')
      .values({
        id,
        region_code: region,
        name_nl: fields.columns.name_nl!,
        name_en: fields.columns.name_en!,
        description: fields.columns.description ?? null,
        source_id: null,
      })
      .execute();
    await writeClusterLists(db, id, fields);
    return id;
  });
}

/**
 * Changes a cluster (names, description, key areas, members) in one transaction and raises its
 * version by one; a stale version is refused with CONFLICT carrying the cluster as it is now.
 */
export const updateCluster = versionedUpdate<ClusterRecord, ClusterChanges, ClusterFields>(
  CLUSTER,
  {
    fields: clusterFields,
    set: (_before, fields) => fields.columns,
    then: writeClusterLists,
  },
);

/** Removes a cluster with its key areas and members; a stale version is refused with CONFLICT. */
export function deleteCluster(deps: WriteDeps, id: string, sent: number): Promise<void> {
  return versionedDelete(deps, CLUSTER, id, sent);
}
