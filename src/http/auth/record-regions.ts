import type { FastifyRequest } from 'fastify';
import type { Kysely } from 'kysely';
import type { Database } from '../../storage/schema.js';
import type { RequestRegions } from './access-rule.js';

type Lookup = (db: Kysely<Database>, id: string) => Promise<string | undefined>;

const field = (from: unknown, name: string): unknown =>
  from && typeof from === 'object' ? (from as Record<string, unknown>)[name] : undefined;

/** The region named in a body field (a new record's region). */
export function bodyRegion(name: string): RequestRegions {
  return (request) => {
    const value = field(request.body, name);
    return Promise.resolve(typeof value === 'string' ? [value] : []);
  };
}

/** The region named in a path parameter (`/api/regions/:code/...`). */
export function paramRegion(name: string): RequestRegions {
  return (request) => {
    const value = field(request.params, name);
    return Promise.resolve(typeof value === 'string' ? [value] : []);
  };
}

/**
 * The region of the record whose id is in the path parameter `param`, looked up by `lookup`;
 * with `movedBy`, also the region a change moves it to (body field).
 */
export function recordRegion(lookup: Lookup, param = 'id', movedBy?: string): RequestRegions {
  return async (request: FastifyRequest, db) => {
    const id = field(request.params, param);
    if (typeof id !== 'string') return null;
    const region = await lookup(db, id);
    if (region === undefined) return null;
    const moved = movedBy ? field(request.body, movedBy) : undefined;
    return typeof moved === 'string' ? [region, moved] : [region];
  };
}

/** The region of a record that has a region of its own (`region_code`). */
const ownRegion =
  (table: 'visits' | 'good_practices' | 'clusters'): Lookup =>
  async (db, id) =>
    (await db.selectFrom(table).select('region_code').where('id', '=', id).executeTakeFirst())
      ?.region_code;

export const visitRegionOf = ownRegion('visits');
export const practiceRegionOf = ownRegion('good_practices');
export const clusterRegionOf = ownRegion('clusters');

/** The region of a record of a visit (a finding, a commitment): that of its visit. */
const visitRecordRegion =
  (table: 'visit_findings' | 'commitments'): Lookup =>
  async (db, id) => {
    const row = await db
      .selectFrom(table)
      .select('visit_id')
      .where('id', '=', id)
      .executeTakeFirst();
    return row && visitRegionOf(db, row.visit_id);
  };

export const findingRegionOf = visitRecordRegion('visit_findings');
export const commitmentRegionOf = visitRecordRegion('commitments');
