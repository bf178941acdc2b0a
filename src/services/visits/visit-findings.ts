import { requiredText, topicNumber } from './field-check.js';
import { newRecordId } from './new-record-id.js';
import type { VisitDeps } from './visit-deps.js';
import { FINDING, requireVisit, type Finding } from './visit-records.js';
import { versionedCreate, versionedWrite } from '../shared/versioned-write.js';

/** A finding to record: its topic (1-3) and what was learned. */
export interface FindingInput {
  readonly topic: number;
  readonly text: string;
}

/** Records a finding of a visit. */
export async function addFinding(
  deps: VisitDeps,
  visitId: string,
  input: FindingInput,
): Promise<Finding> {
  const topic = topicNumber(input.topic, 'topic');
  const text = requiredText(input.text, 'text', 20_000);
  return versionedCreate(deps, FINDING, async (db) => {
    await requireVisit(db, visitId);
    const id = newRecordId('finding');
    await db
      .insertInto('visit_findings')
      .values({ id, visit_id: visitId, topic, text, created_at: deps.now().toISOString() })
      .execute();
    return id;
  });
}

/** Changes a finding's topic or text; refuses a stale version with CONFLICT and the finding as it is. */
export function updateFinding(
  deps: VisitDeps,
  id: string,
  changes: { readonly version: number; readonly topic?: number; readonly text?: string },
): Promise<Finding> {
  const set = {
    ...(changes.topic !== undefined ? { topic: topicNumber(changes.topic, 'topic') } : {}),
    ...(changes.text !== undefined ? { text: requiredText(changes.text, 'text', 20_000) } : {}),
  };
  return versionedWrite(deps, FINDING, id, changes.version, { set: () => set });
}
