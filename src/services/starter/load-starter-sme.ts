import type { Store } from '../../storage/store.js';
import { STARTER_CONTACT_POINTS, STARTER_FUNDS } from './starter-sme.js';

type Tx = Parameters<Parameters<Store['transaction']>[0]>[0];

/** The ids among `ids` already in `table`. */
async function present(tx: Tx, table: 'contact_points' | 'funds', ids: readonly string[]) {
  const rows = await tx.db.selectFrom(table).select('id').where('id', 'in', ids).execute();
  return new Set(rows.map((r) => r.id));
}

/**
 * The SME contact points and funds named in public sources, published. Each is written once: a
 * later run keeps what editors changed (or retired). One whose regions are not all loaded waits
 * for a later run.
 */
export async function addStarterSme(
  tx: Tx,
  now: () => Date,
): Promise<{ inserted: number; updated: number }> {
  const regionCodes = [
    ...new Set([...STARTER_CONTACT_POINTS, ...STARTER_FUNDS].flatMap((e) => e.regions)),
  ];
  const loaded = new Set(
    (
      await tx.db.selectFrom('regions').select('code').where('code', 'in', regionCodes).execute()
    ).map((r) => r.code),
  );
  const ready = <T extends { id: string; regions: readonly string[] }>(
    entries: readonly T[],
    have: ReadonlySet<string>,
  ) => entries.filter((e) => !have.has(e.id) && e.regions.every((r) => loaded.has(r)));
  const points = ready(
    STARTER_CONTACT_POINTS,
    await present(
      tx,
      'contact_points',
      STARTER_CONTACT_POINTS.map((p) => p.id),
    ),
  );
  const funds = ready(
    STARTER_FUNDS,
    await present(
      tx,
      'funds',
      STARTER_FUNDS.map((f) => f.id),
    ),
  );
  if (points.length === 0 && funds.length === 0) return { inserted: 0, updated: 0 };
  const at = now().toISOString();
  const counts = [
    await tx.upsert(
      'contact_points',
      ['id'],
      points.map((p) => ({
        id: p.id,
        name: p.name,
        actor_id: null,
        organisation: p.organisation,
        helps_with: p.helps_with,
        address: null,
        postcode: null,
        town: null,
        phone: p.phone,
        email: null,
        url: p.url,
        opening_hours: p.opening_hours,
        channels: p.channels.join('|') || null,
        languages: null,
        smes_served_per_year: null,
        smes_served_year: null,
        source_id: null,
        source_url: p.source_url,
        status: 'published',
        created_at: at,
        updated_at: at,
        version: 1,
      })),
    ),
    await tx.upsert(
      'contact_point_regions',
      ['contact_point_id', 'region_code'],
      points.flatMap((p) => p.regions.map((r) => ({ contact_point_id: p.id, region_code: r }))),
    ),
    await tx.upsert(
      'funds',
      ['id'],
      funds.map((f) => ({
        id: f.id,
        region_code: f.regions[0]!,
        name: f.name,
        size_eur: f.size,
        size: f.size,
        currency: f.size === null ? null : 'EUR',
        instruments: f.instruments.join('|') || null,
        targets: f.targets.join('|') || null,
        target_sectors: f.target_sectors.join('|') || null,
        manager: f.manager,
        url: null,
        period_start: f.period_start,
        period_end: f.period_end,
        source_id: null,
        source_url: f.source_url,
        status: 'published',
        created_at: at,
        updated_at: at,
        version: 1,
      })),
    ),
    await tx.upsert(
      'fund_regions',
      ['fund_id', 'region_code'],
      funds.flatMap((f) => f.regions.map((r) => ({ fund_id: f.id, region_code: r }))),
    ),
  ];
  return {
    inserted: counts.reduce((n, c) => n + c.inserted, 0),
    updated: counts.reduce((n, c) => n + c.updated, 0),
  };
}
