import type { Kysely } from 'kysely';
import { postcodeWritten } from '../../domain/sme-content.js';
import type { ContactPointChanges } from '../../http/schemas/contact-points.js';
import type { ContactPointTable, Database } from '../../storage/schema.js';
import { invalid, optionalText, requiredText, webAddress } from '../visits/field-check.js';
import { municipalityCodes, regionCodes } from './sme-area-fields.js';
import {
  CONTACT_CHANNELS,
  emailAddress,
  joinList,
  languageCodes,
  listOf,
  phoneNumber,
  type BookkeepingColumns,
} from './sme-field-check.js';

/** The editable fields of a contact point, as a client sends them (absent = not given). */
export type ContactPointFieldsInput = Omit<ContactPointChanges, 'version'>;

/** The columns a client edits: all but the bookkeeping, the linked actor and the figures. */
type Columns = Partial<
  Omit<
    ContactPointTable,
    BookkeepingColumns | 'actor_id' | 'smes_served_per_year' | 'smes_served_year'
  >
>;

/** Checked columns of `contact_points` (only those given) and the areas served, when given. */
export interface ContactPointFields {
  readonly columns: Columns;
  readonly regions: string[] | undefined;
  readonly municipalities: string[] | undefined;
}

/** A postcode: Dutch ones written 1234 AB; other text of up to 12 characters as given. */
function postcode(value: unknown, field: string): string | null {
  const text = optionalText(value, field, 12);
  return text === null ? null : postcodeWritten(text);
}

/** Checks the given fields; every refusal names its field. */
export async function contactPointFields(
  db: Kysely<Database>,
  input: ContactPointFieldsInput,
): Promise<ContactPointFields> {
  const given = (key: keyof ContactPointFieldsInput) => input[key] !== undefined;
  const text = (key: keyof ContactPointFieldsInput, max: number) =>
    optionalText(input[key], key, max);
  const columns: Columns = {};
  if (given('name')) columns.name = requiredText(input.name, 'name', 300);
  if (given('organisation')) columns.organisation = text('organisation', 300);
  if (given('helps_with')) columns.helps_with = text('helps_with', 5000);
  if (given('address')) columns.address = text('address', 300);
  if (given('postcode')) columns.postcode = postcode(input.postcode, 'postcode');
  if (given('town')) columns.town = text('town', 120);
  if (given('phone')) columns.phone = phoneNumber(input.phone, 'phone');
  if (given('email')) columns.email = emailAddress(input.email, 'email');
  if (given('website')) columns.url = webAddress(input.website, 'website');
  if (given('opening_hours')) columns.opening_hours = text('opening_hours', 1000);
  if (given('channels'))
    columns.channels = joinList(listOf(input.channels, 'channels', CONTACT_CHANNELS));
  if (given('languages')) columns.languages = joinList(languageCodes(input.languages, 'languages'));
  if (given('source_url')) columns.source_url = webAddress(input.source_url, 'source_url');
  return {
    columns,
    regions: given('regions') ? await regionCodes(db, input.regions, 'regions') : undefined,
    municipalities: given('municipalities')
      ? await municipalityCodes(db, input.municipalities, 'municipalities')
      : undefined,
  };
}

/** Refuses a contact point that serves no region and no municipality. */
export function checkServesSomewhere(
  regions: readonly string[],
  municipalities: readonly string[],
) {
  if (regions.length === 0 && municipalities.length === 0)
    throw invalid('regions', 'name at least one region or municipality the contact point serves');
}

/** Replaces the regions and municipalities a contact point serves (only those given). */
export async function writeContactPointAreas(
  db: Kysely<Database>,
  id: string,
  regions: readonly string[] | undefined,
  municipalities: readonly string[] | undefined,
): Promise<void> {
  if (regions) {
    await db.deleteFrom('contact_point_regions').where('contact_point_id', '=', id).execute();
    if (regions.length)
      await db
        .insertInto('contact_point_regions')
        .values(regions.map((region_code) => ({ contact_point_id: id, region_code })))
        .execute();
  }
  if (municipalities) {
    await db
      .deleteFrom('contact_point_municipalities')
      .where('contact_point_id', '=', id)
      .execute();
    if (municipalities.length)
      await db
        .insertInto('contact_point_municipalities')
        .values(
          municipalities.map((municipality_code) => ({ contact_point_id: id, municipality_code })),
        )
        .execute();
  }
}
