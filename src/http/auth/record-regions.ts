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

export const visitRegionOf: Lookup = async (db, id) =>
  (await db.selectFrom('visits').select('region_code').where('id', '=', id).executeTakeFirst())
    ?.region_code;

export const findingRegionOf: Lookup = async (db, id) =>
  (
    await db
      .selectFrom('visit_findings as f')
      .innerJoin('visits as v', 'v.id', 'f.visit_id')
      .select('v.region_code')
      .where('f.id', '=', id)
      .executeTakeFirst()
  )?.region_code;

export const commitmentRegionOf: Lookup = async (db, id) =>
  (
    await db
      .selectFrom('commitments as c')
      .innerJoin('visits as v', 'v.id', 'c.visit_id')
      .select('v.region_code')
      .where('c.id', '=', id)
      .executeTakeFirst()
  )?.region_code;

export const practiceRegionOf: Lookup = async (db, id) =>
  (
    await db
      .selectFrom('good_practices')
      .select('region_code')
      .where('id', '=', id)
      .executeTakeFirst()
  )?.region_code;

export const clusterRegionOf: Lookup = async (db, id) =>
  (await db.selectFrom('clusters').select('region_code').where('id', '=', id).executeTakeFirst())
    ?.region_code;
