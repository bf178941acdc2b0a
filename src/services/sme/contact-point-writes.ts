import { requireFields, startStatus } from '../shared/new-record.js';
import type {
  ContactPointChanges,
  NewContactPointBody,
} from '../../http/schemas/contact-points.js';
import { publicationStatusSetter } from '../shared/publication-status.js';
import { versionedUpdate } from '../shared/versioned-update.js';
import { versionedCreate } from '../shared/versioned-write.js';
import { slugId, unusedRowId } from '../visits/new-record-id.js';
import type { WriteDeps } from '../write-deps.js';
import {
  checkServesSomewhere,
  contactPointFields,
  type ContactPointFields,
  writeContactPointAreas,
} from './contact-point-fields.js';
import { CONTACT_POINT, type ContactPointRecord } from './contact-point-records.js';
import { SME_CONTENT_STATUSES } from './sme-field-check.js';

/** Creates a contact point (a draft unless told otherwise) in one transaction, with its audit row. */
export async function createContactPoint(
  deps: WriteDeps,
  input: NewContactPointBody,
): Promise<ContactPointRecord> {
  requireFields(input, ['name']);
  const status = startStatus(input.status, SME_CONTENT_STATUSES);
  const now = deps.now().toISOString();
  return versionedCreate(deps, CONTACT_POINT, async (db) => {
    const { columns, regions, municipalities } = await contactPointFields(db, input);
    checkServesSomewhere(regions ?? [], municipalities ?? []);
    const id = await unusedRowId(db, 'contact_points', slugId('cp', columns.name!, 64));
    await db
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
    await writeContactPointAreas(db, id, regions ?? [], municipalities ?? []);
    return id;
  });
}

/** Changes a contact point, raising its version; a stale version is refused (CONFLICT). */
export const updateContactPoint = versionedUpdate<
  ContactPointRecord,
  ContactPointChanges,
  ContactPointFields
>(CONTACT_POINT, {
  fields: contactPointFields,
  set: (before, { columns, regions, municipalities }, now) => {
    checkServesSomewhere(
      regions ?? before.regions.map((r) => r.code),
      municipalities ?? before.municipalities.map((m) => m.code),
    );
    return { ...columns, updated_at: now };
  },
  then: (db, id, { regions, municipalities }) =>
    writeContactPointAreas(db, id, regions, municipalities),
});

/**
 * Publishes (readers see it) or retires (kept, no longer shown to readers) a contact point. With
 * `version`, refuses a stale one (CONFLICT); setting the status it already has changes nothing.
 */
export const setContactPointStatus = publicationStatusSetter(CONTACT_POINT);
