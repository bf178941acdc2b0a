import type { Kysely } from 'kysely';
import type { Database } from '../../storage/schema.js';
import type { SmeContentStatus } from './sme-field-check.js';

/** What a list of contact points or funds may be asked for; all optional. */
export interface SmeListOptions {
  /** published (the default: what anonymous readers see), draft, retired, or all. */
  readonly status?: SmeContentStatus | 'all' | undefined;
  /** A region code: the records that serve it. */
  readonly region?: string | undefined;
}

/** The status a list asks for: published unless told otherwise; undefined for all. */
export function listedStatus(options: SmeListOptions): SmeContentStatus | undefined {
  const status = options.status ?? 'published';
  return status === 'all' ? undefined : status;
}

/**
 * Contact points (`c`); with `area`, those that serve a region of `area.regions` or a
 * municipality whose NUTS3 region is in `area.nuts3`.
 */
export function contactPointsServing(
  db: Kysely<Database>,
  area?: { readonly regions: readonly string[]; readonly nuts3: readonly string[] },
) {
  const points = db.selectFrom('contact_points as c');
  if (!area) return points;
  return points.where((eb) =>
    eb.or([
      eb.exists(
        eb
          .selectFrom('contact_point_regions as cr')
          .select('cr.contact_point_id')
          .whereRef('cr.contact_point_id', '=', 'c.id')
          .where('cr.region_code', 'in', area.regions),
      ),
      eb.exists(
        eb
          .selectFrom('contact_point_municipalities as cm')
          .innerJoin('municipalities as m', 'm.code', 'cm.municipality_code')
          .select('cm.contact_point_id')
          .whereRef('cm.contact_point_id', '=', 'c.id')
          .where('m.nuts3_code', 'in', area.nuts3),
      ),
    ]),
  );
}

/**
 * Funds (`f`); with `regions`, those that serve one of them. A fund's first region is kept on the
 * row too, so a row written without its links counts.
 */
export function fundsServing(db: Kysely<Database>, regions?: readonly string[]) {
  const funds = db.selectFrom('funds as f');
  if (!regions) return funds;
  return funds.where((eb) =>
    eb.or([
      eb('f.region_code', 'in', regions),
      eb.exists(
        eb
          .selectFrom('fund_regions as fr')
          .select('fr.fund_id')
          .whereRef('fr.fund_id', '=', 'f.id')
          .where('fr.region_code', 'in', regions),
      ),
    ]),
  );
}
