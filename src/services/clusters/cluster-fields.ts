import type { Kysely } from 'kysely';
import type { ClusterChanges } from '../../http/schemas/clusters.js';
import type { Database } from '../../storage/schema.js';
import { invalid, optionalText, requiredText } from '../visits/field-check.js';

/** The editable fields of a cluster as a client sends them (absent = not given). */
export type ClusterFieldsInput = Omit<ClusterChanges, 'version'>;

/** Checked columns (only those given) and the lists, when given. */
export interface ClusterFields {
  readonly columns: Partial<{ name_nl: string; name_en: string; description: string | null }>;
  readonly keyAreas: { key_area_id: string; weight: number }[] | undefined;
  readonly members: { actor_id: string; role: string | null }[] | undefined;
}

/** Checks the given fields; every refusal names its field. Reads key areas and actors to check references. */
export async function clusterFields(
  db: Kysely<Database>,
  input: ClusterFieldsInput,
): Promise<ClusterFields> {
  const columns: ClusterFields['columns'] = {
    ...(input.name_nl !== undefined
      ? { name_nl: requiredText(input.name_nl, 'name_nl', 300) }
      : {}),
    ...(input.name_en !== undefined
      ? { name_en: requiredText(input.name_en, 'name_en', 300) }
      : {}),
    ...(input.description !== undefined
      ? { description: optionalText(input.description, 'description', 10_000) }
      : {}),
  };
  let keyAreas: ClusterFields['keyAreas'];
  if (input.key_areas !== undefined) {
    keyAreas = [];
    const checkKeyArea = referenceCheck(
      db,
      'key_areas',
      (id) => `no key area ${id}; e.g. topsectoren-2011/htsm`,
    );
    for (const [i, k] of input.key_areas.entries()) {
      const weight = k.weight ?? 1;
      if (!Number.isFinite(weight) || weight <= 0 || weight > 1)
        throw invalid(`key_areas[${i}].weight`, `${weight} is not a weight in (0, 1]`);
      await checkKeyArea(k.id, `key_areas[${i}].id`);
      keyAreas.push({ key_area_id: k.id, weight });
    }
  }
  let members: ClusterFields['members'];
  if (input.members !== undefined) {
    members = [];
    const checkActor = referenceCheck(db, 'actors', (id) => `no organisation ${id}`);
    for (const [i, m] of input.members.entries()) {
      await checkActor(m.actor_id, `members[${i}].actor_id`);
      members.push({ actor_id: m.actor_id, role: optionalText(m.role, `members[${i}].role`, 200) });
    }
  }
  return { columns, keyAreas, members };
}

/**
 * A check for the ids of one list: each must be named once and be in `table`; a refusal names the
 * field, and for an id `table` does not have says `missing(id)`.
 */
function referenceCheck(
  db: Kysely<Database>,
  table: 'key_areas' | 'actors',
  missing: (id: string) => string,
): (id: string, field: string) => Promise<void> {
  const seen = new Set<string>();
  return async (id, field) => {
    if (seen.has(id)) throw invalid(field, `${id} is named twice`);
    seen.add(id);
    const found = await db.selectFrom(table).select('id').where('id', '=', id).executeTakeFirst();
    if (!found) throw invalid(field, missing(id));
  };
}

/** Replaces a cluster's key areas and members with the given lists (those given). */
export async function writeClusterLists(
  db: Kysely<Database>,
  id: string,
  fields: Pick<ClusterFields, 'keyAreas' | 'members'>,
): Promise<void> {
  if (fields.keyAreas) {
    await db.deleteFrom('cluster_key_areas').where('cluster_id', '=', id).execute();
    if (fields.keyAreas.length > 0)
      await db
        .insertInto('cluster_key_areas')
        .values(fields.keyAreas.map((k) => ({ cluster_id: id, ...k })))
        .execute();
  }
  if (fields.members) {
    await db.deleteFrom('cluster_members').where('cluster_id', '=', id).execute();
    if (fields.members.length > 0)
      await db
        .insertInto('cluster_members')
        .values(fields.members.map((m) => ({ cluster_id: id, ...m })))
        .execute();
  }
}
