import type { Kysely } from 'kysely';
import type { Database } from '../../storage/schema.js';
import type { ContactPoint as ContactPointRecord } from '../../http/schemas/contact-points.js';
import { publishedReader } from '../shared/publication-status.js';
import type { VersionedKind } from '../shared/versioned-write.js';
import { splitList, type SmeContentStatus } from './sme-field-check.js';
import { contactPointsServing, listedStatus, type SmeListOptions } from './sme-served-areas.js';

export type { ContactPoint as ContactPointRecord } from '../../http/schemas/contact-points.js';

/** The contact points with these ids (any status), in the order of `ids`. */
export async function readContactPoints(
  db: Kysely<Database>,
  ids: readonly string[],
): Promise<ContactPointRecord[]> {
  if (ids.length === 0) return [];
  const [rows, regions, municipalities] = await Promise.all([
    db
      .selectFrom('contact_points as c')
      .leftJoin('actors as a', 'a.id', 'c.actor_id')
      .selectAll('c')
      .select('a.name as actor_name')
      .where('c.id', 'in', ids)
      .execute(),
    contactPointRegions(db, ids),
    db
      .selectFrom('contact_point_municipalities as cm')
      .innerJoin('municipalities as m', 'm.code', 'cm.municipality_code')
      .select(['cm.contact_point_id', 'm.code', 'm.name', 'm.nuts3_code'])
      .where('cm.contact_point_id', 'in', ids)
      .orderBy('m.name')
      .execute(),
  ]);
  const num = (v: number | null) => (v === null ? null : Number(v));
  const byId = new Map(rows.map((r) => [r.id, r]));
  return ids.flatMap((id) => {
    const r = byId.get(id);
    if (!r) return [];
    return [
      {
        id: r.id,
        name: r.name,
        organisation: r.organisation ?? r.actor_name,
        helps_with: r.helps_with,
        address: r.address,
        postcode: r.postcode,
        town: r.town,
        phone: r.phone,
        email: r.email,
        website: r.url,
        opening_hours: r.opening_hours,
        channels: splitList(r.channels),
        languages: splitList(r.languages),
        regions: regions
          .filter((x) => x.contact_point_id === id)
          .map(({ code, name_nl, name_en }) => ({ code, name_nl, name_en })),
        municipalities: municipalities
          .filter((x) => x.contact_point_id === id)
          .map((m) => ({ code: m.code, name: m.name, nuts3: m.nuts3_code })),
        smes_served_per_year: num(r.smes_served_per_year),
        smes_served_year: num(r.smes_served_year),
        source_url: r.source_url,
        // Only the SME services and importers write the status, one of SME_CONTENT_STATUSES.
        status: r.status as SmeContentStatus,
        created_at: r.created_at,
        updated_at: r.updated_at,
        version: Number(r.version),
      },
    ];
  });
}

/** The regions the contact points with these ids are registered for, by code. */
export function contactPointRegions(db: Kysely<Database>, ids: readonly string[]) {
  return db
    .selectFrom('contact_point_regions as cr')
    .innerJoin('regions as r', 'r.code', 'cr.region_code')
    .select(['cr.contact_point_id', 'r.code', 'r.name_nl', 'r.name_en'])
    .where('cr.contact_point_id', 'in', ids)
    .orderBy('r.code')
    .execute();
}

/** One contact point whatever its status; null when there is none. */
export async function readContactPoint(
  db: Kysely<Database>,
  id: string,
): Promise<ContactPointRecord | null> {
  return (await readContactPoints(db, [id]))[0] ?? null;
}

/** Contact points as versioned records: read whatever their status. */
export const CONTACT_POINT: VersionedKind<ContactPointRecord> = {
  table: 'contact_points',
  what: 'contact point',
  entity: 'contact-point',
  read: readContactPoint,
};

/** One contact point; anonymous readers see published ones only (others answer NOT_FOUND). */
export const getContactPoint = publishedReader(CONTACT_POINT);

/** Contact points by name; published only unless another status is asked for. */
export async function listContactPoints(
  db: Kysely<Database>,
  options: SmeListOptions,
): Promise<ContactPointRecord[]> {
  const code = options.region?.toUpperCase();
  let query = contactPointsServing(db, code ? { regions: [code], nuts3: [code] } : undefined);
  const status = listedStatus(options);
  if (status) query = query.where('c.status', '=', status);
  const ids = await query.select('c.id').orderBy('c.name').orderBy('c.id').execute();
  return readContactPoints(
    db,
    ids.map((r) => r.id),
  );
}
