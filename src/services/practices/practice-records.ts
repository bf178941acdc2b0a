import type { Kysely, Selectable } from 'kysely';
import type { Database, GoodPracticeTable } from '../../storage/schema.js';
import type { Practice, PracticeStatus } from '../../http/schemas/practices.js';
import { publishedReader } from '../shared/publication-status.js';
import type { VersionedKind } from '../shared/versioned-write.js';

/** Good practices (`g`) joined with their regions (`r`), for the names. */
export function practicesWithRegion(db: Kysely<Database>) {
  return db.selectFrom('good_practices as g').innerJoin('regions as r', 'r.code', 'g.region_code');
}

/** The columns that name a practice and its region, from {@link practicesWithRegion}. */
export const PRACTICE_NAMING = [
  'g.id',
  'g.title',
  'g.region_code',
  'r.name_nl as region_name_nl',
  'r.name_en as region_name_en',
] as const;

/** The columns a practice is read with, from {@link practicesWithRegion}. */
export const PRACTICE_COLUMNS = [
  ...PRACTICE_NAMING,
  'g.topic',
  'g.period_start',
  'g.period_end',
  'g.description',
  'g.resources',
  'g.evidence',
  'g.transfer_potential',
  'g.contact',
  'g.source_url',
  'g.language',
  'g.status',
  'g.created_at',
  'g.updated_at',
  'g.version',
] as const;

/** A practice row as {@link PRACTICE_COLUMNS} reads it. */
export type PracticeRow = Omit<Selectable<GoodPracticeTable>, 'version'> & {
  region_name_nl: string;
  region_name_en: string;
  version: number;
};

/** Practice rows with their key areas and transfers. */
export async function practiceViews(
  db: Kysely<Database>,
  rows: readonly PracticeRow[],
): Promise<Practice[]> {
  const ids = rows.map((r) => r.id);
  const [keyAreas, transfers] = ids.length
    ? await Promise.all([
        db
          .selectFrom('good_practice_key_areas as gk')
          .innerJoin('key_areas as k', 'k.id', 'gk.key_area_id')
          .select(['gk.practice_id', 'k.id', 'k.name_nl', 'k.name_en'])
          .where('gk.practice_id', 'in', ids)
          .orderBy('k.taxonomy_id', 'desc')
          .orderBy('k.position')
          .execute(),
        db
          .selectFrom('practice_transfers as t')
          .innerJoin('regions as r', 'r.code', 't.to_region_code')
          .select([
            't.id',
            't.practice_id',
            'r.code',
            'r.name_nl',
            'r.name_en',
            't.year',
            't.outcome',
          ])
          .where('t.practice_id', 'in', ids)
          .orderBy('t.year')
          .orderBy('t.id')
          .execute(),
      ])
    : [[], []];
  return rows.map((r) => ({
    id: r.id,
    title: r.title,
    region: { code: r.region_code, name_nl: r.region_name_nl, name_en: r.region_name_en },
    topic: Number(r.topic),
    period_start: r.period_start,
    period_end: r.period_end,
    description: r.description,
    resources: r.resources,
    evidence: r.evidence,
    transfer_potential: r.transfer_potential,
    contact: r.contact,
    source_url: r.source_url,
    language: r.language,
    // Only the practice services write the status, one of PRACTICE_STATUSES.
    status: r.status as PracticeStatus,
    created_at: r.created_at,
    updated_at: r.updated_at,
    version: Number(r.version),
    key_areas: keyAreas
      .filter((k) => k.practice_id === r.id)
      .map(({ id, name_nl, name_en }) => ({ id, name_nl, name_en })),
    transfers: transfers
      .filter((t) => t.practice_id === r.id)
      .map((t) => ({ id: t.id, ...transferTo(t) })),
  }));
}

/** Where a transfer went (a row of `practice_transfers` joined with its region), when and how. */
export function transferTo(t: {
  readonly code: string;
  readonly name_nl: string;
  readonly name_en: string;
  readonly year: number | null;
  readonly outcome: string | null;
}) {
  return {
    region: t.code,
    name_nl: t.name_nl,
    name_en: t.name_en,
    year: t.year === null ? null : Number(t.year),
    outcome: t.outcome,
  };
}

/** One good practice whatever its status, with key areas and transfers; null when there is none. */
export async function readPractice(db: Kysely<Database>, id: string): Promise<Practice | null> {
  const row = await practicesWithRegion(db)
    .select(PRACTICE_COLUMNS)
    .where('g.id', '=', id)
    .executeTakeFirst();
  return row ? ((await practiceViews(db, [row]))[0] ?? null) : null;
}

/** Good practices as versioned records: read whatever their status. */
export const PRACTICE: VersionedKind<Practice> = {
  table: 'good_practices',
  what: 'good practice',
  entity: 'practice',
  read: readPractice,
};

/**
 * One good practice. Drafts are only returned when asked for: anonymous readers see published
 * practices only (a draft answers NOT_FOUND, as if it were not there).
 */
export const getPractice = publishedReader(PRACTICE);
