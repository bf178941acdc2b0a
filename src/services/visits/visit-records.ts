import type { Kysely } from 'kysely';
import { RegiokrachtError } from '../../domain/errors.js';
import type { Database } from '../../storage/schema.js';
import { VISIT_COLUMNS, visitsWithRegion, withAgenda } from './visit-service.js';
import type { VersionedKind } from '../shared/versioned-write.js';
import type {
  Commitment,
  CommitmentStatus,
  Finding,
  VisitDetail,
} from '../../http/schemas/visits.js';

export type { Commitment, Finding, VisitDetail };

/** The visit with its agenda, findings (by topic, oldest first) and commitments (by due date); null when there is none. */
export async function readVisit(
  db: Kysely<Database>,
  id: string,
  today: string,
): Promise<VisitDetail | null> {
  const row = await visitsWithRegion(db)
    .select([...VISIT_COLUMNS, 'v.version'])
    .where('v.id', '=', id)
    .executeTakeFirst();
  if (!row) return null;
  const [summary] = await withAgenda(db, [row]);
  const [findings, commitments] = await Promise.all([
    db
      .selectFrom('visit_findings')
      .selectAll()
      .where('visit_id', '=', id)
      .orderBy('topic')
      .orderBy('created_at')
      .orderBy('id')
      .execute(),
    db
      .selectFrom('commitments')
      .selectAll()
      .where('visit_id', '=', id)
      .orderBy((eb) => eb.case().when('due_date', 'is', null).then(1).else(0).end())
      .orderBy('due_date')
      .orderBy('created_at')
      .orderBy('id')
      .execute(),
  ]);
  return {
    ...summary!,
    version: Number(row.version),
    findings: findings.map(findingView),
    commitments: commitments.map((c) => commitmentView(c, today)),
  };
}

/** One finding; null when there is none. */
export async function readFinding(db: Kysely<Database>, id: string): Promise<Finding | null> {
  const row = await db
    .selectFrom('visit_findings')
    .selectAll()
    .where('id', '=', id)
    .executeTakeFirst();
  return row ? findingView(row) : null;
}

/** One commitment; null when there is none. */
export async function readCommitment(
  db: Kysely<Database>,
  id: string,
  today: string,
): Promise<Commitment | null> {
  const row = await db
    .selectFrom('commitments')
    .selectAll()
    .where('id', '=', id)
    .executeTakeFirst();
  return row ? commitmentView(row, today) : null;
}

/** Visits as versioned records, their commitments overdue as of `today` (YYYY-MM-DD). */
export function visitKind(today: string): VersionedKind<VisitDetail> {
  return {
    table: 'visits',
    what: 'visit',
    entity: 'visit',
    read: (db, id) => readVisit(db, id, today),
  };
}

/** Findings as versioned records. */
export const FINDING: VersionedKind<Finding> = {
  table: 'visit_findings',
  what: 'finding',
  entity: 'finding',
  read: readFinding,
};

/** Commitments as versioned records, overdue as of `today` (YYYY-MM-DD). */
export function commitmentKind(today: string): VersionedKind<Commitment> {
  return {
    table: 'commitments',
    what: 'commitment',
    entity: 'commitment',
    read: (db, id) => readCommitment(db, id, today),
  };
}

type FindingRow = Omit<Finding, 'version' | 'topic'> & { topic: number; version: number };
type CommitmentRow = Omit<Commitment, 'overdue' | 'version' | 'status'> & {
  status: string;
  version: number;
};

export function findingView(row: FindingRow): Finding {
  return {
    id: row.id,
    visit_id: row.visit_id,
    topic: Number(row.topic),
    text: row.text,
    created_at: row.created_at,
    version: Number(row.version),
  };
}

/** A commitment is overdue when it is open and its due date lies before `today` (YYYY-MM-DD). */
export function commitmentView(row: CommitmentRow, today: string): Commitment {
  return {
    id: row.id,
    visit_id: row.visit_id,
    description: row.description,
    owner: row.owner,
    due_date: row.due_date,
    // The table's check constraint keeps the status to the three the contract names.
    status: row.status as CommitmentStatus,
    overdue: row.status === 'open' && row.due_date !== null && row.due_date < today,
    created_at: row.created_at,
    version: Number(row.version),
  };
}

/** NOT_FOUND unless the visit exists. */
export async function requireVisit(db: Kysely<Database>, visitId: string): Promise<void> {
  const found = await db
    .selectFrom('visits')
    .select('id')
    .where('id', '=', visitId)
    .executeTakeFirst();
  if (!found)
    throw new RegiokrachtError(
      'NOT_FOUND',
      `no visit with id ${visitId}; \`regiokracht visit list\` shows the visits`,
    );
}
