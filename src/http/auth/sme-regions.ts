import type { FastifyRequest } from 'fastify';
import type { Kysely } from 'kysely';
import type { Database } from '../../storage/schema.js';
import type { RequestRegions } from './access-rule.js';

const field = (from: unknown, name: string): unknown =>
  from && typeof from === 'object' ? (from as Record<string, unknown>)[name] : undefined;

const strings = (value: unknown): string[] =>
  Array.isArray(value) ? value.filter((v): v is string => typeof v === 'string') : [];

/** The NUTS3 regions of the municipalities named (a municipality counts as its NUTS3 region). */
async function municipalityRegions(db: Kysely<Database>, codes: readonly string[]) {
  if (codes.length === 0) return [];
  const rows = await db
    .selectFrom('municipalities')
    .select('nuts3_code')
    .where(
      'code',
      'in',
      codes.map((c) => c.trim().toUpperCase()),
    )
    .execute();
  return rows.flatMap((r) => (r.nuts3_code ? [r.nuts3_code] : []));
}

/** The regions a contact-point request touches: those in the body, and the stored ones of `:id`. */
export function contactPointRegions(): RequestRegions {
  return async (request: FastifyRequest, db) => {
    const body = [
      ...strings(field(request.body, 'regions')),
      ...(await municipalityRegions(db, strings(field(request.body, 'municipalities')))),
    ];
    const id = field(request.params, 'id');
    if (typeof id !== 'string') return body;
    const point = await db
      .selectFrom('contact_points')
      .select('id')
      .where('id', '=', id)
      .executeTakeFirst();
    if (!point) return null;
    const [regions, municipalities] = await Promise.all([
      db
        .selectFrom('contact_point_regions')
        .select('region_code')
        .where('contact_point_id', '=', id)
        .execute(),
      db
        .selectFrom('contact_point_municipalities as cm')
        .innerJoin('municipalities as m', 'm.code', 'cm.municipality_code')
        .select('m.nuts3_code')
        .where('cm.contact_point_id', '=', id)
        .execute(),
    ]);
    return [
      ...regions.map((r) => r.region_code),
      ...municipalities.flatMap((m) => (m.nuts3_code ? [m.nuts3_code] : [])),
      ...body,
    ];
  };
}

/** The regions a fund request touches: those in the body, and the stored ones of `:id`. */
export function fundRegions(): RequestRegions {
  return async (request: FastifyRequest, db) => {
    const body = strings(field(request.body, 'regions'));
    const id = field(request.params, 'id');
    if (typeof id !== 'string') return body;
    const fund = await db.selectFrom('funds').select('id').where('id', '=', id).executeTakeFirst();
    if (!fund) return null;
    const regions = await db
      .selectFrom('fund_regions')
      .select('region_code')
      .where('fund_id', '=', id)
      .execute();
    return [...regions.map((r) => r.region_code), ...body];
  };
}
