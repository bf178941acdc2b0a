import type { NextVisitWeights } from '../../core/connect/region-next-visit-scores.js';
import type { AuditActor } from '../../domain/audit-actor.js';
import { recordAudit } from '../../storage/record-audit.js';
import type { Store } from '../../storage/store.js';
import { NEXT_VISIT_SETTING, parseNextVisitWeights } from './next-visit.js';
import { nextVisitWeightsCheck } from './next-visit-weights-check.js';

/** The saved weights of the next-visit score (the defaults until someone saves others). */
export async function readNextVisitWeights(store: Store): Promise<NextVisitWeights> {
  const row = await store.db
    .selectFrom('settings')
    .select('value')
    .where('key', '=', NEXT_VISIT_SETTING)
    .executeTakeFirst();
  return parseNextVisitWeights(row?.value);
}

/** Saves the weights of the next-visit score; the audit trail names `actor`. */
export async function saveNextVisitWeights(
  store: Store,
  weights: NextVisitWeights,
  actor: AuditActor | undefined,
  now: Date,
): Promise<void> {
  nextVisitWeightsCheck(weights);
  await store.transaction(async (tx) => {
    const before = await tx.db
      .selectFrom('settings')
      .select('value')
      .where('key', '=', NEXT_VISIT_SETTING)
      .executeTakeFirst();
    await tx.upsert(
      'settings',
      ['key'],
      [{ key: NEXT_VISIT_SETTING, value: JSON.stringify(weights) }],
    );
    await recordAudit(
      tx.db,
      actor,
      {
        action: 'update',
        entity: 'setting',
        entityId: NEXT_VISIT_SETTING,
        before: before ? (JSON.parse(before.value) as unknown) : null,
        after: weights,
      },
      now,
    );
  });
}
