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
  await replaceList(db, 'cluster_key_areas', id, fields.keyAreas);
  await replaceList(db, 'cluster_members', id, fields.members);
}

/** A cluster's lists by the table that holds them, as {@link clusterFields} checks them. */
interface ClusterLists {
  readonly cluster_key_areas: NonNullable<ClusterFields['keyAreas']>;
  readonly cluster_members: NonNullable<ClusterFields['members']>;
}

/** Replaces the rows of one of a cluster's lists, when the list is given. */
async function replaceList(
  db: Kysely<Database>,
  table: keyof ClusterLists,
  id: string,
  rows: ClusterLists[keyof ClusterLists] | undefined,
): Promise<void> {
  if (!rows) return;
  await db.deleteFrom(table).where('cluster_id', '=', id).execute();
  if (rows.length > 0)
    await db
      .insertInto(table)
      .values(rows.map((row) => ({ cluster_id: id, ...row })))
      .execute();
}
