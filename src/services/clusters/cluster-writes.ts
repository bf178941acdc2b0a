import { expectVersion, VersionConflictError } from '../../domain/version-conflict-error.js';
import { recordAudit } from '../../storage/record-audit.js';
import { invalid, versionNumber } from '../visits/field-check.js';
import { slugId, unusedId } from '../visits/new-record-id.js';
import { regionField } from '../visits/region-field.js';
import type { WriteDeps } from '../write-deps.js';
import { clusterFields, writeClusterLists, type ClusterFieldsInput } from './cluster-fields.js';
import { readCluster, type ClusterRecord } from './cluster-records.js';

/** A new cluster of a region: both names are required. */
export interface NewClusterInput extends ClusterFieldsInput {
  readonly name_nl: string;
  readonly name_en: string;
}

/**
 * Adds a cluster (spearhead) to a region with its key areas and members, in one transaction.
 * The id is readable: `cluster-<region>-<English name>`.
 */
export async function createCluster(
  deps: WriteDeps,
  regionCode: string,
  input: NewClusterInput,
): Promise<ClusterRecord> {
  for (const field of ['name_nl', 'name_en'] as const)
    if (input[field] === undefined || input[field] === null) throw invalid(field, 'is required');
  return deps.store.transaction(async (tx) => {
    const region = await regionField(tx.db, regionCode, 'region');
    const fields = await clusterFields(tx.db, input);
    const id = await unusedId(
      slugId('cluster', `${region} ${fields.columns.name_en!}`, 80),
      async (candidate) =>
        Boolean(
          await tx.db
            .selectFrom('clusters')
            .select('id')
            .where('id', '=', candidate)
            .executeTakeFirst(),
        ),
    );
    await tx.db
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
    await writeClusterLists(tx.db, id, fields);
    const after = (await readCluster(tx.db, id))!;
    await recordAudit(
      tx.db,
      deps.actor,
      { action: 'create', entity: 'cluster', entityId: id, before: null, after },
      deps.now(),
    );
    return after;
  });
}

/** Changes to a cluster: the version last read and the fields to change. */
export interface ClusterChanges extends ClusterFieldsInput {
  readonly version: number;
}

/**
 * Changes a cluster (names, description, key areas, members) in one transaction and raises its
 * version by one; a stale version is refused with CONFLICT carrying the cluster as it is now.
 */
export async function updateCluster(
  deps: WriteDeps,
  id: string,
  changes: ClusterChanges,
): Promise<ClusterRecord> {
  const version = versionNumber(changes.version);
  return deps.store.transaction(async (tx) => {
    const fields = await clusterFields(tx.db, changes);
    const before = expectVersion('cluster', id, version, await readCluster(tx.db, id));
    const result = await tx.db
      .updateTable('clusters')
      .set({ ...fields.columns, version: version + 1 })
      .where('id', '=', id)
      .where('version', '=', version)
      .executeTakeFirst();
    if (Number(result.numUpdatedRows) !== 1)
      throw new VersionConflictError('cluster', id, version, (await readCluster(tx.db, id))!);
    await writeClusterLists(tx.db, id, fields);
    const after = (await readCluster(tx.db, id))!;
    await recordAudit(
      tx.db,
      deps.actor,
      { action: 'update', entity: 'cluster', entityId: id, before, after },
      deps.now(),
    );
    return after;
  });
}

/** Removes a cluster with its key areas and members; a stale version is refused with CONFLICT. */
export async function deleteCluster(deps: WriteDeps, id: string, sent: number): Promise<void> {
  const version = versionNumber(sent);
  await deps.store.transaction(async (tx) => {
    const before = expectVersion('cluster', id, version, await readCluster(tx.db, id));
    const result = await tx.db
      .deleteFrom('clusters')
      .where('id', '=', id)
      .where('version', '=', version)
      .executeTakeFirst();
    if (Number(result.numDeletedRows) !== 1)
      throw new VersionConflictError('cluster', id, version, (await readCluster(tx.db, id))!);
    await recordAudit(
      tx.db,
      deps.actor,
      { action: 'delete', entity: 'cluster', entityId: id, before, after: null },
      deps.now(),
    );
  });
}
