import { expectVersion } from '../../domain/version-conflict-error.js';
import { recordAudit } from '../../storage/record-audit.js';
import { invalid, versionNumber } from '../visits/field-check.js';
import { slugId, unusedId } from '../visits/new-record-id.js';
import type { WriteDeps } from '../write-deps.js';
import {
  checkServesSomewhere,
  contactPointFields,
  writeContactPointAreas,
  type ContactPointFieldsInput,
} from './contact-point-fields.js';
import { readContactPoint, type ContactPointRecord } from './contact-point-records.js';
import { oneOf } from '../visits/field-check.js';
import { SME_CONTENT_STATUSES, type SmeContentStatus } from './sme-field-check.js';
import { setPublicationStatus } from './publication-status.js';
import { bumpVersion } from './versioned-row.js';

const WHAT = 'contact point';

/** A new contact point: a name and at least one region or municipality served. */
export interface NewContactPointInput extends ContactPointFieldsInput {
  readonly name: string;
  /** Default draft. */
  readonly status?: SmeContentStatus | undefined;
}

/** Changes to a contact point: the version last read and the fields to change. */
export interface ContactPointChanges extends ContactPointFieldsInput {
  readonly version: number;
}

/** Creates a contact point (a draft unless told otherwise) in one transaction, with its audit row. */
export async function createContactPoint(
  deps: WriteDeps,
  input: NewContactPointInput,
): Promise<ContactPointRecord> {
  if (input.name === undefined || input.name === null) throw invalid('name', 'is required');
  const status =
    input.status === undefined ? 'draft' : oneOf(input.status, 'status', SME_CONTENT_STATUSES);
  const now = deps.now().toISOString();
  return deps.store.transaction(async (tx) => {
    const { columns, regions, municipalities } = await contactPointFields(tx.db, input);
    checkServesSomewhere(regions ?? [], municipalities ?? []);
    const id = await unusedId(slugId('cp', columns.name!, 64), async (candidate) =>
      Boolean(
        await tx.db
          .selectFrom('contact_points')
          .select('id')
          .where('id', '=', candidate)
          .executeTakeFirst(),
      ),
    );
    await tx.db
      .insertInto('contact_points')
      .values({
        id,
        name: columns.name!,
        actor_id: null,
        smes_served_per_year: null,
        smes_served_year: null,
        source_id: null,
        organisation: null,
        helps_with: null,
        address: null,
        postcode: null,
        town: null,
        phone: null,
        email: null,
        url: null,
        opening_hours: null,
        channels: null,
        languages: null,
        source_url: null,
        ...columns,
        status,
        created_at: now,
        updated_at: now,
      })
      .execute();
    await writeContactPointAreas(tx.db, id, regions ?? [], municipalities ?? []);
    const after = (await readContactPoint(tx.db, id))!;
    await recordAudit(
      tx.db,
      deps.actor,
      { action: 'create', entity: 'contact-point', entityId: id, before: null, after },
      deps.now(),
    );
    return after;
  });
}

/** Changes a contact point, raising its version; a stale version is refused (CONFLICT). */
export async function updateContactPoint(
  deps: WriteDeps,
  id: string,
  changes: ContactPointChanges,
): Promise<ContactPointRecord> {
  const version = versionNumber(changes.version);
  return deps.store.transaction(async (tx) => {
    const { columns, regions, municipalities } = await contactPointFields(tx.db, changes);
    const before = expectVersion(WHAT, id, version, await readContactPoint(tx.db, id));
    checkServesSomewhere(
      regions ?? before.regions.map((r) => r.code),
      municipalities ?? before.municipalities.map((m) => m.code),
    );
    await bumpVersion(
      tx.db,
      'contact_points',
      WHAT,
      id,
      version,
      {
        ...columns,
        updated_at: deps.now().toISOString(),
      },
      readContactPoint,
    );
    await writeContactPointAreas(tx.db, id, regions, municipalities);
    const after = (await readContactPoint(tx.db, id))!;
    await recordAudit(
      tx.db,
      deps.actor,
      { action: 'update', entity: 'contact-point', entityId: id, before, after },
      deps.now(),
    );
    return after;
  });
}

/**
 * Publishes (readers see it) or retires (kept, no longer shown to readers) a contact point. With
 * `version`, refuses a stale one (CONFLICT); setting the status it already has changes nothing.
 */
export function setContactPointStatus(
  deps: WriteDeps,
  id: string,
  status: 'published' | 'retired',
  options: { readonly version?: number | undefined } = {},
): Promise<ContactPointRecord> {
  return setPublicationStatus(
    deps,
    { table: 'contact_points', what: WHAT, entity: 'contact-point', read: readContactPoint },
    id,
    status,
    options,
  );
}
