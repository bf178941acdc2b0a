import type { Kysely } from 'kysely';
import type { Database } from '../../storage/schema.js';
import type { RegionName } from '../../http/schemas/common.js';
import type { Fund as FundRecord } from '../../http/schemas/funds.js';
import { publishedReader } from '../shared/publication-status.js';
import type { VersionedKind } from '../shared/versioned-write.js';
import { splitList, type SmeContentStatus } from './sme-field-check.js';
import { fundsServing, listedStatus, type SmeListOptions } from './sme-served-areas.js';

export type { Fund as FundRecord } from '../../http/schemas/funds.js';

/** The funds with these ids (any status), in the order of `ids`. */
export async function readFunds(
  db: Kysely<Database>,
  ids: readonly string[],
): Promise<FundRecord[]> {
  if (ids.length === 0) return [];
  const [rows, regions] = await Promise.all([
    db.selectFrom('funds').selectAll().where('id', 'in', ids).execute(),
    db
      .selectFrom('fund_regions as fr')
      .innerJoin('regions as r', 'r.code', 'fr.region_code')
      .select(['fr.fund_id', 'r.code', 'r.name_nl', 'r.name_en'])
      .where('fr.fund_id', 'in', ids)
      .orderBy('r.code')
      .execute(),
  ]);
  const byId = new Map(rows.map((r) => [r.id, r]));
  const linked = new Map<string, RegionName[]>();
  for (const { fund_id, code, name_nl, name_en } of regions)
    linked.set(fund_id, [...(linked.get(fund_id) ?? []), { code, name_nl, name_en }]);
  // A row written without its links (before they existed) serves its own region.
  const unlinked = rows.filter((r) => !linked.has(r.id)).map((r) => r.region_code);
  const primary = new Map(
    (unlinked.length
      ? await db
          .selectFrom('regions')
          .select(['code', 'name_nl', 'name_en'])
          .where('code', 'in', unlinked)
          .execute()
      : []
    ).map((r) => [r.code, r]),
  );
  return ids.flatMap((id) => {
    const r = byId.get(id);
    if (!r) return [];
    const size = r.size ?? r.size_eur;
    return [
      {
        id: r.id,
        name: r.name,
        manager: r.manager,
        size: size === null ? null : Number(size),
        currency: size === null ? r.currency : (r.currency ?? 'EUR'),
        instruments: splitList(r.instruments),
        targets: splitList(r.targets),
        target_sectors: splitList(r.target_sectors),
        regions:
          linked.get(id) ?? (primary.has(r.region_code) ? [primary.get(r.region_code)!] : []),
        period_start: r.period_start,
        period_end: r.period_end,
        website: r.url,
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

/** One fund whatever its status; null when there is none. */
export async function readFund(db: Kysely<Database>, id: string): Promise<FundRecord | null> {
  return (await readFunds(db, [id]))[0] ?? null;
}

/** Funds as versioned records: read whatever their status. */
export const FUND: VersionedKind<FundRecord> = {
  table: 'funds',
  what: 'fund',
  entity: 'fund',
  read: readFund,
};

/** One fund; anonymous readers see published ones only (others answer NOT_FOUND). */
export const getFund = publishedReader(FUND);

/** Funds by name; published only unless another status is asked for; of one region when given. */
export async function listFunds(
  db: Kysely<Database>,
  options: SmeListOptions,
): Promise<FundRecord[]> {
  const code = options.region?.toUpperCase();
  let query = fundsServing(db, code ? [code] : undefined);
  const status = listedStatus(options);
  if (status) query = query.where('f.status', '=', status);
  const ids = await query.select('f.id').orderBy('f.name').orderBy('f.id').execute();
  return readFunds(
    db,
    ids.map((r) => r.id),
  );
}
