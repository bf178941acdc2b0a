import type { Store } from '../../storage/store.js';
import { enclosingRegions } from '../analytics/derived-data.js';
import { contactPointRegions } from '../sme/contact-point-records.js';
import { splitList } from '../sme/sme-field-check.js';
import type { DossierContactPointInput } from './dossier-inputs.js';

/** SME contact points registered for the region or any region it lies in. */
export async function readDossierContactPoints(
  store: Store,
  region: string,
): Promise<(DossierContactPointInput & { source_id: string | null })[]> {
  const chain = enclosingRegions(region);
  const points = await store.db
    .selectFrom('contact_points as c')
    .leftJoin('actors as a', 'a.id', 'c.actor_id')
    .select([
      'c.id',
      'c.name',
      'a.name as organisation',
      'c.channels',
      'c.url',
      'c.smes_served_per_year',
      'c.smes_served_year',
      'c.source_id',
      'c.source_url',
    ])
    .where('c.status', '=', 'published')
    .where((eb) =>
      eb.exists(
        eb
          .selectFrom('contact_point_regions as cr')
          .select('cr.contact_point_id')
          .whereRef('cr.contact_point_id', '=', 'c.id')
          .where('cr.region_code', 'in', chain),
      ),
    )
    .orderBy('c.name')
    .orderBy('c.id')
    .execute();
  if (points.length === 0) return [];
  const regions = await contactPointRegions(
    store.db,
    points.map((p) => p.id),
  );
  return points.map((p) => ({
    ...p,
    channels: splitList(p.channels),
    smes_served_per_year: p.smes_served_per_year === null ? null : Number(p.smes_served_per_year),
    smes_served_year: p.smes_served_year === null ? null : Number(p.smes_served_year),
    regions: regions
      .filter((r) => r.contact_point_id === p.id)
      .map(({ code, name_nl, name_en }) => ({ code, name_nl, name_en })),
  }));
}
