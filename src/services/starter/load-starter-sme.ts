import type { Row, StoreTx, UpsertCount } from '../../storage/store.js';
import {
  STARTER_CONTACT_POINTS,
  STARTER_FUNDS,
  type StarterContactPoint,
  type StarterFund,
} from './starter-sme.js';
import { firstPublished, loadedRegions, presentIds, sumCounts } from './starter-written-once.js';

/**
 * The SME contact points and funds named in public sources, published. Each is written once: a
 * later run keeps what editors changed (or retired). One whose regions are not all loaded waits
 * for a later run.
 */
export async function addStarterSme(tx: StoreTx, now: () => Date): Promise<UpsertCount> {
  const regionCodes = [
    ...new Set([...STARTER_CONTACT_POINTS, ...STARTER_FUNDS].flatMap((e) => e.regions)),
  ];
  const written = { at: now().toISOString(), loaded: await loadedRegions(tx, regionCodes) };
  return sumCounts([
    ...(await addWithRegions(tx, written, CONTACT_POINT_TABLES, STARTER_CONTACT_POINTS)),
    ...(await addWithRegions(tx, written, FUND_TABLES, STARTER_FUNDS)),
  ]);
}

/** A starter record that serves regions and names the public address its facts come from. */
interface StarterSmeRecord {
  readonly id: string;
  readonly regions: readonly string[];
  readonly source_url: string;
}

/** Where one kind of SME record is stored, and its own columns. */
interface SmeTables<T extends StarterSmeRecord> {
  readonly table: 'contact_points' | 'funds';
  readonly regionsTable: 'contact_point_regions' | 'fund_regions';
  /** The column of `regionsTable` that names the record. */
  readonly recordColumn: 'contact_point_id' | 'fund_id';
  /** The columns between the id and the source, status, dates and version. */
  readonly columns: (entry: T) => Row;
}

const CONTACT_POINT_TABLES: SmeTables<StarterContactPoint> = {
  table: 'contact_points',
  regionsTable: 'contact_point_regions',
  recordColumn: 'contact_point_id',
  columns: (p) => ({
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
  }),
};

const FUND_TABLES: SmeTables<StarterFund> = {
  table: 'funds',
  regionsTable: 'fund_regions',
  recordColumn: 'fund_id',
  columns: (f) => ({
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
  }),
};

/**
 * Writes the entries not yet in their table whose regions are all loaded, published at `at`, with
 * the regions each serves.
 */
async function addWithRegions<T extends StarterSmeRecord>(
  tx: StoreTx,
  written: { readonly at: string; readonly loaded: ReadonlySet<string> },
  tables: SmeTables<T>,
  entries: readonly T[],
): Promise<UpsertCount[]> {
  const present = await presentIds(
    tx,
    tables.table,
    entries.map((e) => e.id),
  );
  const ready = entries.filter(
    (e) => !present.has(e.id) && e.regions.every((r) => written.loaded.has(r)),
  );
  if (ready.length === 0) return [];
  return [
    await tx.upsert(
      tables.table,
      ['id'],
      ready.map((e) => ({
        id: e.id,
        ...tables.columns(e),
        source_id: null,
        source_url: e.source_url,
        ...firstPublished(written.at),
      })),
    ),
    await tx.upsert(
      tables.regionsTable,
      [tables.recordColumn, 'region_code'],
      ready.flatMap((e) => e.regions.map((r) => ({ [tables.recordColumn]: e.id, region_code: r }))),
    ),
  ];
}
